import { useTranslation } from 'react-i18next';
import type { Service } from '../../../content/servicesSchema';
import { useCountry } from '../hooks/useCountry';
import { useHelpLanguage } from '../hooks/useHelpLanguage';
import { helpPageText } from '../content/helpPages';
import { catalogue, servicesByIds } from '../model/catalogue';
import { CountryPicker } from './CountryPicker';
import { Prose } from './Prose';
import { ServiceSummary } from './ServiceSummary';

/** Online programmes open to everyone, for a country with no prevention service in the list. */
const INTERNATIONAL_PREVENTION = ['int-redirection', 'int-troubled-desire'];

type SummaryListProps = { services: readonly Service[]; crisis?: boolean; level?: 3 | 4 };

function SummaryList({ services, crisis = false, level = 3 }: SummaryListProps) {
  return (
    <ul className="summary-list">
      {services.map((service) => (
        <li key={service.id}>
          <ServiceSummary service={service} phoneVariant={crisis ? 'crisis' : 'secondary'} level={level} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The first thing on the help page: the emergency number and crisis lines for the person's
 * country, and what to do right now about an urge or thoughts of self-harm. Works locked and
 * offline: everything here is bundled content.
 */
export function CrisisBlock() {
  const { t } = useTranslation('help');
  const language = useHelpLanguage();
  const { country, setCountry } = useCountry();
  const { routes } = catalogue();
  const route = routes.find((r) => r.code === country);
  const emergency = route ? servicesByIds(route.emergency) : [];
  const crisisLines = route ? servicesByIds(route.crisisLines) : [];
  const prevention = servicesByIds(route && route.preventionLines.length > 0 ? route.preventionLines : INTERNATIONAL_PREVENTION);

  return (
    <section className="crisis" aria-label={t('crisis.label')}>
      <CountryPicker
        value={country}
        onChange={setCountry}
        countries={routes.map((r) => r.code)}
        label={t('crisis.country-label')}
        hint={t('crisis.country-hint')}
      />

      <div className="crisis__emergency">
        <h2>{t('crisis.emergency-title')}</h2>
        <p>{route ? t('crisis.emergency-body') : t('crisis.emergency-other')}</p>
        {emergency.map((service) => (
          <ServiceSummary key={service.id} service={service} phoneVariant="crisis" />
        ))}
        <nav className="crisis__jump" aria-label={t('crisis.jump')}>
          <a href="#crisis-urge">{t('crisis.urge-title')}</a>
          <a href="#crisis-harm">{t('crisis.harm-title')}</a>
        </nav>
      </div>

      {crisisLines.length > 0 ? (
        <div className="crisis__section">
          <h2>{t('crisis.lines-title')}</h2>
          <p>{t('crisis.lines-body')}</p>
          <SummaryList services={crisisLines} crisis />
        </div>
      ) : null}

      <div className="crisis__section">
        <h2 id="crisis-harm" tabIndex={-1}>
          {t('crisis.harm-title')}
        </h2>
        <Prose text={helpPageText('harm-now', language)} />
      </div>
      <div className="crisis__section">
        <h2 id="crisis-urge" tabIndex={-1}>
          {t('crisis.urge-title')}
        </h2>
        <Prose text={helpPageText('urge-now', language)} />
        <h3>{t('crisis.prevention-title')}</h3>
        {route && route.preventionLines.length === 0 ? <p>{t('crisis.prevention-none')}</p> : null}
        <SummaryList services={prevention} level={4} />
      </div>
    </section>
  );
}
