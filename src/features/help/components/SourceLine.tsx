import { useTranslation } from 'react-i18next';
import type { Service } from '../../../content/servicesSchema';
import { useHelpLanguage } from '../hooks/useHelpLanguage';
import { formatListDate, siteName } from '../model/dates';
import { ExternalLink } from './ExternalLink';

/** Where an entry comes from, the date its source showed, when it was checked, and a reminder. */
export function SourceLine({ service }: { service: Service }) {
  const { t } = useTranslation('help');
  const language = useHelpLanguage();
  const seen = formatListDate(service.sourceSeen, language);
  const checked = formatListDate(service.checkedOn, language) ?? service.checkedOn;
  return (
    <div className="source">
      <p className="source__text">
        {seen ? t('service.source-dated', { date: seen }) : t('service.source-undated')} {t('service.checked', { date: checked })}{' '}
        {t('service.confirm')}
      </p>
      <ExternalLink url={service.sourceUrl} label={`${t('service.source')}: ${siteName(service.sourceUrl)}`} />
    </div>
  );
}
