import { useTranslation } from 'react-i18next';
import type { Service } from '../../../content/servicesSchema';
import { useHelpLanguage } from '../hooks/useHelpLanguage';
import { formatListDate } from '../model/dates';

/**
 * Honest dates: when the source page was dated (or that it was not), when the entry was compiled
 * from it and, if so, when a detail was corrected. Never "checked": nobody checked the live service.
 */
export function ServiceDates({ service }: { service: Service }) {
  const { t } = useTranslation('help');
  const language = useHelpLanguage();
  const seen = formatListDate(service.sourceSeen, language);
  const compiled = formatListDate(service.compiledOn, language) ?? service.compiledOn;
  const corrected = service.correctedOn ? (formatListDate(service.correctedOn, language) ?? service.correctedOn) : null;
  return (
    <p className="source__dates">
      {seen ? t('service.source-dated', { date: seen }) : t('service.source-undated')} {t('service.compiled', { date: compiled })}
      {corrected ? ` ${t('service.corrected', { date: corrected })}` : ''} {t('service.confirm')}
    </p>
  );
}
