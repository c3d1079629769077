import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_AUDIENCES, SERVICE_CATEGORIES } from '../../../content/servicesSchema';
import { Button } from '../../../ui/Button';
import { useNames } from '../hooks/useNames';
import { ALL, DIRECTORY_MODES, type DirectoryFilters as Filters } from '../model/filterServices';

export type DirectoryFiltersProps = {
  filters: Filters;
  onChange: (filters: Filters) => void;
  onClear: () => void;
  canClear: boolean;
  countries: readonly string[];
  languages: readonly string[];
};

function Select({ label, value, onChange, children }: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** Search and the filters of the directory; every control is labelled and works by keyboard. */
export function DirectoryFilters({ filters, onChange, onClear, canClear, countries, languages }: DirectoryFiltersProps) {
  const { t, i18n } = useTranslation('help');
  const { countryName, languageName } = useNames();
  const searchId = useId();
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  const byName = (name: (code: string) => string) => (a: string, b: string) => name(a).localeCompare(name(b), i18n.language);

  return (
    <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="field field--wide">
        <label htmlFor={searchId}>{t('directory.search')}</label>
        <p className="field__hint" id={`${searchId}-hint`}>
          {t('directory.search-hint')}
        </p>
        <input
          id={searchId}
          type="search"
          value={filters.query}
          onChange={(e) => set('query', e.target.value)}
          aria-describedby={`${searchId}-hint`}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <fieldset className="filters__group">
        <legend>{t('directory.filters')}</legend>
        <Select label={t('directory.country')} value={filters.country} onChange={(v) => set('country', v)}>
          <option value={ALL}>{t('directory.all-countries')}</option>
          {[...countries].sort(byName(countryName)).map((code) => (
            <option key={code} value={code}>
              {countryName(code)}
            </option>
          ))}
        </Select>
        <Select label={t('directory.language')} value={filters.language} onChange={(v) => set('language', v)}>
          <option value={ALL}>{t('directory.any-language')}</option>
          {[...languages].sort(byName(languageName)).map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </Select>
        <Select label={t('directory.category')} value={filters.category} onChange={(v) => set('category', v as Filters['category'])}>
          <option value={ALL}>{t('directory.any-category')}</option>
          {SERVICE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`service.category.${c}`)}
            </option>
          ))}
        </Select>
        <Select label={t('directory.audience')} value={filters.audience} onChange={(v) => set('audience', v as Filters['audience'])}>
          <option value={ALL}>{t('directory.any-audience')}</option>
          {SERVICE_AUDIENCES.map((a) => (
            <option key={a} value={a}>
              {t(`directory.audience-option.${a}`)}
            </option>
          ))}
        </Select>
        <Select label={t('directory.mode')} value={filters.mode} onChange={(v) => set('mode', v as Filters['mode'])}>
          <option value={ALL}>{t('directory.any-mode')}</option>
          {DIRECTORY_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`service.mode.${m}`)}
            </option>
          ))}
        </Select>
        {filters.country !== ALL ? (
          <Check label={t('directory.include-international')} checked={filters.includeInternational} onChange={(v) => set('includeInternational', v)} />
        ) : null}
        <Check label={t('directory.anonymous-only')} checked={filters.anonymousOnly} onChange={(v) => set('anonymousOnly', v)} />
        <Check label={t('directory.free-only')} checked={filters.freeOnly} onChange={(v) => set('freeOnly', v)} />
      </fieldset>
      {canClear ? (
        <Button variant="quiet" onClick={onClear}>
          {t('directory.clear')}
        </Button>
      ) : null}
    </form>
  );
}
