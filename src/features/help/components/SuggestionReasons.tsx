import { useTranslation } from 'react-i18next';
import { useNames } from '../hooks/useNames';
import type { Caution, Reason } from '../model/finder';

/** Why a suggestion fits the answers, and what is worth knowing before contacting it. */
export function SuggestionReasons({ reasons, cautions }: { reasons: readonly Reason[]; cautions: readonly Caution[] }) {
  const { t } = useTranslation('help');
  const { countryName, languageName } = useNames();

  const reasonText = (reason: Reason): string => {
    switch (reason.type) {
      case 'audience':
        return t(`reason.audience.${reason.audience}`);
      case 'age':
        return reason.minAge === 0 ? t('reason.any-age') : t('reason.age', { age: reason.minAge });
      case 'country':
        return t('reason.country', { country: countryName(reason.country) });
      case 'international':
        return t('reason.international');
      case 'language':
        return t('reason.language', { language: languageName(reason.language) });
      case 'kind':
        return t(`reason.kind.${reason.kind}`);
      case 'anonymous':
        return t('reason.anonymous');
      case 'free':
        return t('reason.free');
      case 'all-hours':
        return t('reason.all-hours');
      case 'client':
        return t('reason.client');
      case 'recent-harm':
        return t('reason.recent-harm');
      case 'child-protection':
        return t('reason.child-protection');
    }
  };
  const cautionText = (caution: Caution): string =>
    caution.type === 'other-language'
      ? t('caution.other-language', { languages: caution.languages.map(languageName).join(', ') })
      : t(`caution.${caution.type}`);

  return (
    <div className="why">
      <p className="why__title">{t('finder.why')}</p>
      <ul className="why__list">
        {reasons.map((reason) => (
          <li key={JSON.stringify(reason)}>{reasonText(reason)}</li>
        ))}
      </ul>
      {cautions.length > 0 ? (
        <>
          <p className="why__title">{t('finder.cautions')}</p>
          <ul className="why__list why__list--cautions">
            {cautions.map((caution) => (
              <li key={caution.type}>{cautionText(caution)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
