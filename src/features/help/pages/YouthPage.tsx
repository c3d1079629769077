import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../ui/Page';
import { BackToHelp } from '../components/BackToHelp';
import { Prose } from '../components/Prose';
import { ServiceCard } from '../components/ServiceCard';
import { ServiceSummary } from '../components/ServiceSummary';
import { helpPageText } from '../content/helpPages';
import { useCountry } from '../hooks/useCountry';
import { useHelpLanguage } from '../hooks/useHelpLanguage';
import { useNames } from '../hooks/useNames';
import { catalogue, servicesByIds } from '../model/catalogue';
import { suggestServices } from '../model/finder';

/**
 * For a person under 18, reached from the first-run age question: a kind message, services that
 * take young people in their country, and the emergency and crisis numbers. Never a dead end.
 */
export function YouthPage() {
  const { t } = useTranslation('help');
  const language = useHelpLanguage();
  const { countryName } = useNames();
  const { country } = useCountry();
  const { services, routes } = catalogue();
  const route = routes.find((r) => r.code === country);
  const youth = useMemo(
    () => suggestServices(services, { who: 'youth', urgent: 'no', country, language, kind: 'any', anonymity: 'no-matter' }).map((s) => s.service),
    [services, country, language],
  );
  const urgent = route ? servicesByIds([...new Set([...route.emergency, ...route.youthLines, ...route.crisisLines])]) : [];

  return (
    <Page title={t('youth.title')}>
      <BackToHelp />
      <Prose text={helpPageText('youth', language)} />
      {urgent.length > 0 ? (
        <section className="crisis crisis--compact" aria-label={t('crisis.label')}>
          <h2>{t('crisis.emergency-title')}</h2>
          {urgent.map((service) => (
            <ServiceSummary key={service.id} service={service} phoneVariant="crisis" />
          ))}
        </section>
      ) : null}
      <h2>{t('youth.services-title', { country: countryName(country) })}</h2>
      {youth.length === 0 ? <p>{t('youth.services-none')}</p> : null}
      <ul className="service-list">
        {youth.map((service) => (
          <li key={service.id}>
            <ServiceCard service={service} />
          </li>
        ))}
      </ul>
      <p className="page__actions">
        <Link to="/help">{t('nav.home')}</Link>
        <Link to="/help/finder">{t('guide.finder-link')}</Link>
      </p>
    </Page>
  );
}
