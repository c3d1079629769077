import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../ui/Button';
import type { Service } from '../../../content/servicesSchema';
import type { FinderAnswers, Suggestion } from '../model/finder';
import { catalogue } from '../model/catalogue';
import { SaveShortlist } from './SaveShortlist';
import { ServiceCard } from './ServiceCard';
import { SuggestionReasons } from './SuggestionReasons';
import { UrgentRoutes } from './UrgentRoutes';

const FIRST = 5;

const GUIDE_FOR: Record<FinderAnswers['who'], { to: string; key: 'finder.youth-page' | 'finder.harmed-page' | 'finder.family-page' | 'finder.professionals-page' } | null> = {
  self: null,
  family: { to: '/help/family', key: 'finder.family-page' },
  professional: { to: '/help/professionals', key: 'finder.professionals-page' },
  harmed: { to: '/help/harmed', key: 'finder.harmed-page' },
  youth: { to: '/help/youth', key: 'finder.youth-page' },
};

export type FinderResultsProps = {
  answers: FinderAnswers;
  suggestions: readonly Suggestion[];
  /** Crisis routes to open the results with, or null when help is not urgent. */
  urgent: readonly Service[] | null;
  onChangeAnswers: () => void;
};

/** The ranked shortlist with the reasons each suggestion fits; never a dead end. */
export function FinderResults({ answers, suggestions, urgent, onChangeAnswers }: FinderResultsProps) {
  const { t } = useTranslation('help');
  const heading = useRef<HTMLHeadingElement>(null);
  const [showAll, setShowAll] = useState(false);
  useEffect(() => {
    heading.current?.focus();
  }, [suggestions]);

  const shown = showAll ? suggestions : suggestions.slice(0, FIRST);
  const guide = GUIDE_FOR[answers.who];
  // Get help now has crisis numbers only for the countries in our routes; for any other country it
  // can only say to call the local emergency number, so the text must not point there for them.
  const hasRoutes = catalogue().routes.some((r) => r.code === answers.country);

  return (
    <section className="finder-results" aria-labelledby="finder-results-title">
      <h2 id="finder-results-title" ref={heading} tabIndex={-1}>
        {t('finder.results')}
      </h2>
      {urgent ? <UrgentRoutes services={urgent} /> : null}
      <p className="results__count" role="status">
        {t('finder.count', { count: suggestions.length })}
      </p>
      {urgent ? null : (
        <p className="finder-results__urgent">
          {hasRoutes ? (
            <>
              {t('finder.crisis-first')} <Link to="/help">{t('nav.home')}</Link>
            </>
          ) : (
            t('finder.crisis-first-other')
          )}
        </p>
      )}
      {suggestions.length === 0 ? (
        <p className="finder-results__none">
          {t('finder.none')}
          {answers.kind !== 'any' ? ` ${t('finder.none-kind')}` : null}
          {answers.anonymity === 'must' ? ` ${t('finder.none-anonymous')}` : null}{' '}
          {hasRoutes ? (
            <>
              {t('finder.none-crisis')} <Link to="/help">{t('nav.home')}</Link>
            </>
          ) : (
            t('finder.none-crisis-other')
          )}
        </p>
      ) : null}
      <ol className="service-list">
        {shown.map((suggestion) => (
          <li key={suggestion.service.id}>
            <ServiceCard service={suggestion.service}>
              <SuggestionReasons reasons={suggestion.reasons} cautions={suggestion.cautions} />
            </ServiceCard>
          </li>
        ))}
      </ol>
      <div className="page__actions">
        {!showAll && suggestions.length > FIRST ? (
          <Button onClick={() => setShowAll(true)}>{t('finder.show-more', { count: suggestions.length })}</Button>
        ) : null}
        <Button variant="quiet" onClick={onChangeAnswers}>
          {t('finder.change')}
        </Button>
        {guide ? <Link to={guide.to}>{t(guide.key)}</Link> : null}
      </div>
      {suggestions.length > 0 ? <SaveShortlist country={answers.country} serviceIds={shown.map((s) => s.service.id)} /> : null}
    </section>
  );
}
