import { useTranslation } from 'react-i18next';
import type { Service } from '../../../content/servicesSchema';
import { ServiceSummary } from './ServiceSummary';

/**
 * The crisis numbers that open the finder's results when help is urgent, as direct call links.
 * For "another country" there is no number to give, so it says to call the local one.
 */
export function UrgentRoutes({ services }: { services: readonly Service[] }) {
  const { t } = useTranslation('help');
  return (
    <section className="finder-urgent" aria-labelledby="finder-urgent-title">
      <h3 id="finder-urgent-title">{t('finder.urgent-title')}</h3>
      <p>{services.length > 0 ? t('finder.urgent-body') : t('finder.urgent-other')}</p>
      {services.map((service) => (
        <ServiceSummary key={service.id} service={service} phoneVariant="crisis" level={4} />
      ))}
    </section>
  );
}
