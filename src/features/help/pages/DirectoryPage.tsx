import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page';
import { BackToHelp } from '../components/BackToHelp';
import { DirectoryFilters } from '../components/DirectoryFilters';
import { ServiceCard } from '../components/ServiceCard';
import { useCountry } from '../hooks/useCountry';
import { useHelpLanguage } from '../hooks/useHelpLanguage';
import { useNames } from '../hooks/useNames';
import { catalogue } from '../model/catalogue';
import { OTHER_COUNTRY } from '../model/countryPreference';
import { activeFilterCount, ALL, buildSearchIndex, emptyFilters, filterServices } from '../model/filterServices';

/**
 * The whole directory, searchable and filterable offline. PRIVACY: the search text and filters
 * live in this component's state only; they are not put in the address or stored.
 */
export function DirectoryPage() {
  const { t } = useTranslation('help');
  const language = useHelpLanguage();
  const { countryName, languageName } = useNames();
  const { country } = useCountry();
  const { services, serviceCountries, serviceLanguages } = catalogue();
  const defaults = useMemo(() => emptyFilters(country === OTHER_COUNTRY ? ALL : country), [country]);
  const [filters, setFilters] = useState(defaults);

  const index = useMemo(
    () =>
      buildSearchIndex(services, language, (s) => [
        ...s.countries.map(countryName),
        ...s.languages.map(languageName),
        t(`service.category.${s.category}`),
        ...s.modes.map((m) => t(`service.mode.${m}`)),
      ]),
    [services, language, countryName, languageName, t],
  );
  const found = useMemo(() => filterServices(services, filters, index), [services, filters, index]);

  return (
    <Page title={t('directory.title')} lead={t('directory.lead')}>
      <BackToHelp />
      <DirectoryFilters
        filters={filters}
        onChange={setFilters}
        onClear={() => setFilters(defaults)}
        canClear={activeFilterCount(filters, defaults) > 0}
        countries={serviceCountries}
        languages={serviceLanguages}
      />
      <h2 className="results__title">{t('directory.results')}</h2>
      <p className="results__count" role="status">
        {t('directory.count', { count: found.length })}
      </p>
      {found.length === 0 ? <p>{t('directory.none')}</p> : null}
      <ul className="service-list">
        {found.map((service) => (
          <li key={service.id}>
            <ServiceCard service={service} />
          </li>
        ))}
      </ul>
    </Page>
  );
}
