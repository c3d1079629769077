import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../content/servicesSchema';
import { useHelpLanguage } from '../hooks/useHelpLanguage';
import { useNames } from '../hooks/useNames';
import { isUnverified, organisationName, serviceName } from '../model/serviceFacts';
import { ServiceContacts } from './ServiceContacts';
import { ServiceDates } from './ServiceDates';
import { SourceDisclosure } from './SourceDisclosure';

export type ServiceCardProps = {
  service: Service;
  /** Heading level of the service name inside its list. */
  level?: 2 | 3;
  /** Extra content under the description, such as the finder's reasons. */
  children?: ReactNode;
};

/** One service: what it is, for whom, how to reach it, what to check first, and where it comes from. */
export function ServiceCard({ service, level = 3, children }: ServiceCardProps) {
  const { t } = useTranslation('help');
  const language = useHelpLanguage();
  const { countryName, languageName } = useNames();
  const Heading = level === 2 ? 'h2' : 'h3';
  const headingId = `service-${service.id}`;

  const badges = [
    service.anonymous === 'yes' ? t('service.anonymous.yes') : null,
    service.cost === 'free' ? t('service.cost.free') : null,
    service.minAge === 0 ? t('service.any-age') : null,
    service.minAge ? t('service.from-age', { age: service.minAge }) : null,
  ].filter((badge): badge is string => badge !== null);

  return (
    <article className="service" aria-labelledby={headingId}>
      <Heading id={headingId} className="service__name">
        {serviceName(service, language)}
      </Heading>
      <p className="service__meta">
        <span className="service__category">{t(`service.category.${service.category}`)}</span>
        <span aria-hidden="true"> · </span>
        <span>{organisationName(service, language)}</span>
      </p>
      {isUnverified(service) ? <p className="caveat service__unverified">{t('service.unverified')}</p> : null}
      <p>{service.description[language]}</p>
      {badges.length > 0 ? (
        <ul className="service__badges">
          {badges.map((badge) => (
            <li key={badge}>{badge}</li>
          ))}
        </ul>
      ) : null}
      {children}
      <dl className="service__facts">
        <dt>{t('service.for-whom')}</dt>
        <dd>{service.audiences.map((a) => t(`directory.audience-option.${a}`)).join(', ')}</dd>
        <dt>{t('service.ways')}</dt>
        <dd>{service.modes.map((m) => t(`service.mode.${m}`)).join(', ')}</dd>
        <dt>{t('service.where')}</dt>
        <dd>{service.countries.map(countryName).join(', ')}</dd>
        <dt>{t('service.languages')}</dt>
        <dd>{service.languages.map(languageName).join(', ')}</dd>
        {service.hours ? (
          <>
            <dt>{t('service.hours')}</dt>
            <dd>{service.hours[language]}</dd>
          </>
        ) : null}
        {service.address ? (
          <>
            <dt>{t('service.address')}</dt>
            <dd>{service.address}</dd>
          </>
        ) : null}
        {service.anonymous !== 'yes' ? (
          <>
            <dt>{t('service.anonymity')}</dt>
            <dd>{t(`service.anonymous.${service.anonymous}`)}</dd>
          </>
        ) : null}
      </dl>
      {service.caveats.map((caveat) => (
        <p key={caveat.text.en} className={`caveat caveat--${caveat.kind}`}>
          <strong>{t(`service.caveat.${caveat.kind}`)}:</strong> {caveat.text[language]}
        </p>
      ))}
      <ServiceContacts service={service} />
      <ServiceDates service={service} />
      <SourceDisclosure service={service} />
    </article>
  );
}
