/**
 * Shown at once when an answer says the person may be in danger (PHQ-9 item 9 above 0), or when
 * the person says "I might act now" in the check-in: the same
 * crisis routes as the help page for the person's country (emergency number, crisis lines,
 * prevention lines, each a tel: link) and the help page's "what to do right now". The country is
 * the one chosen on the help page, else the same default the help page uses; it can be changed
 * here, and the change is the help page's choice too.
 */
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { crisisGuidanceText } from '../../../content/crisisGuidance';
import { crisisLinesFor } from '../../../content/crisisLines';
import { OTHER_COUNTRY, defaultCountry, getCountryPreference, setCountryPreference, subscribeCountryPreference } from '../../../content/countryPreference';
import { loadDirectory, type LoadedDirectory } from '../../../content/servicesDirectory';
import { isLanguage } from '../../../i18n/languages';
import { buttonClass } from '../../../ui/Button';
import { CrisisRoutes as Routes } from '../../../ui/crisis/CrisisRoutes';

function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * `harm`: PHQ-9 item 9 above 0, announced at once (role alert). `urge`: the person said "I might act
 * now" in the check-in; the urge guidance comes first.
 */
export function CrisisRoutes({ reason = 'harm', id }: { reason?: 'harm' | 'urge'; id?: string }) {
  const { t, i18n } = useTranslation('tracker');
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  const language = isLanguage(resolved) ? resolved : 'en';
  const selectId = useId();
  const [directory, setDirectory] = useState<LoadedDirectory | null>(null);
  const stored = useSyncExternalStore(subscribeCountryPreference, getCountryPreference, () => null);

  useEffect(() => {
    let live = true;
    void loadDirectory().then((loaded) => {
      if (live) setDirectory(loaded);
    });
    return () => {
      live = false;
    };
  }, []);

  const country = directory
    ? (stored ?? defaultCountry(language, typeof navigator === 'undefined' ? [] : (navigator.languages ?? []), directory.countries, directory.defaults))
    : null;
  const lines = directory && country ? crisisLinesFor(country, directory, language) : [];
  const harm = { title: t('crisis.harm-title'), markdown: crisisGuidanceText('harm-now', language) };
  const urge = { title: t('crisis.urge-title'), markdown: crisisGuidanceText('urge-now', language) };

  return (
    <section id={id} className="tracker-crisis" role={reason === 'harm' ? 'alert' : 'region'} aria-labelledby={`${selectId}-title`}>
      <h2 id={`${selectId}-title`}>{reason === 'harm' ? t('crisis.title') : t('crisis.urge.title')}</h2>
      <p>{reason === 'harm' ? t('crisis.body') : t('crisis.urge.body')}</p>
      {directory && country ? (
        <>
          <div className="field">
            <label htmlFor={selectId}>{t('crisis.country')}</label>
            <select id={selectId} value={country} onChange={(event) => setCountryPreference(event.target.value)}>
              {[...directory.countries, OTHER_COUNTRY].map((code) => (
                <option key={code} value={code}>
                  {code === OTHER_COUNTRY ? t('crisis.other-country') : countryName(code, language)}
                </option>
              ))}
            </select>
          </div>
          <Routes
            lines={lines}
            text={{
              kinds: { emergency: t('crisis.kinds.emergency'), crisis: t('crisis.kinds.crisis'), prevention: t('crisis.kinds.prevention') },
              call: (line) => t('crisis.call', { name: line.name, number: line.display }),
              noLines: t('crisis.no-lines'),
            }}
            guidance={reason === 'harm' ? [harm, urge] : [urge, harm]}
          >
            <div className="page__actions">
              <Link className={buttonClass('secondary')} to="/help">
                {t('crisis.help')}
              </Link>
            </div>
          </Routes>
        </>
      ) : (
        <>
          <p role="status">{t('crisis.loading')}</p>
          <div className="page__actions">
            <Link className={buttonClass('crisis')} to="/help">
              {t('crisis.help')}
            </Link>
          </div>
        </>
      )}
      <p>{reason === 'harm' ? t('crisis.plan') : t('crisis.urge.plan')}</p>
    </section>
  );
}
