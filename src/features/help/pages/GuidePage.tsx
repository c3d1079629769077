import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceAudience } from '../../../content/servicesSchema';
import { Page } from '../../../ui/Page';
import { BackToHelp } from '../components/BackToHelp';
import { HelpNav } from '../components/HelpNav';
import { OnThisPage, proseSections } from '../components/OnThisPage';
import { Prose } from '../components/Prose';
import { ServiceCard } from '../components/ServiceCard';
import { helpPageText } from '../content/helpPages';
import { useCountry } from '../hooks/useCountry';
import { useHelpLanguage } from '../hooks/useHelpLanguage';
import { useNames } from '../hooks/useNames';
import { catalogue } from '../model/catalogue';
import { OTHER_COUNTRY } from '../model/countryPreference';
import { ALL, emptyFilters, filterServices } from '../model/filterServices';

export type GuideName = 'family' | 'professionals' | 'harmed';

const AUDIENCE: Record<GuideName, ServiceAudience> = { family: 'family', professionals: 'professional', harmed: 'harmed' };

/** A page for family and friends, professionals, or people harmed: prose, then services for them. */
export function GuidePage({ page }: { page: GuideName }) {
  const { t } = useTranslation('help');
  const language = useHelpLanguage();
  const { countryName } = useNames();
  const { country } = useCountry();
  const { services } = catalogue();
  const international = country === OTHER_COUNTRY;

  const list = useMemo(() => {
    const filters = { ...emptyFilters(international ? ALL : country), audience: AUDIENCE[page] };
    const found = filterServices(services, filters, new Map());
    // Crisis lines are on the first help page; families of people with this interest look for prevention help.
    return found.filter(
      (s) => s.category !== 'crisis' && (page !== 'family' || s.category !== 'victim-support') && (!international || s.countries.includes('INT')),
    );
  }, [services, country, international, page]);

  const text = helpPageText(page, language);
  const servicesTitle = international ? t('guide.services-other') : t('guide.services-title', { country: countryName(country) });
  const sections = [...proseSections(text), { id: 'section-services', title: servicesTitle }];

  return (
    <Page title={t(`nav.${page}`)}>
      <BackToHelp />
      <OnThisPage sections={sections} />
      <Prose text={text} sections={sections} />
      <h2 id="section-services" tabIndex={-1}>
        {servicesTitle}
      </h2>
      <ul className="service-list">
        {list.map((service) => (
          <li key={service.id}>
            <ServiceCard service={service} />
          </li>
        ))}
      </ul>
      <p className="page__actions">
        <Link to="/help/finder">{t('guide.finder-link')}</Link>
        <Link to="/help/services">{t('guide.services-more')}</Link>
      </p>
      <HelpNav current={page} />
    </Page>
  );
}
