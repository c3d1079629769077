import { useTranslation } from 'react-i18next';
import type { Service } from '../../../content/servicesSchema';
import type { ButtonVariant } from '../../../ui/Button';
import { useHelpLanguage } from '../hooks/useHelpLanguage';
import { serviceName } from '../model/serviceFacts';
import { ServiceContacts } from './ServiceContacts';
import { ServiceDates } from './ServiceDates';
import { SourceDisclosure } from './SourceDisclosure';

export type ServiceSummaryProps = { service: Service; phoneVariant?: ButtonVariant; level?: 3 | 4 };

/** A short entry for the crisis block: name, hours, what to know, how to reach it, its source. */
export function ServiceSummary({ service, phoneVariant, level = 3 }: ServiceSummaryProps) {
  const { t } = useTranslation('help');
  const language = useHelpLanguage();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="summary">
      <Heading className="summary__name">{serviceName(service, language)}</Heading>
      <p className="summary__text">
        {service.description[language]}
        {service.hours ? ` ${t('service.hours')}: ${service.hours[language]}.` : ''}
      </p>
      {service.caveats
        .filter((c) => c.kind !== 'details')
        .map((caveat) => (
          <p key={caveat.text.en} className={`caveat caveat--${caveat.kind}`}>
            <strong>{t(`service.caveat.${caveat.kind}`)}:</strong> {caveat.text[language]}
          </p>
        ))}
      <ServiceContacts service={service} phoneVariant={phoneVariant} />
      <ServiceDates service={service} />
      <SourceDisclosure service={service} />
    </div>
  );
}
