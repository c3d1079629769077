/**
 * Home's check-in card: not yet, one tap to check in; done, what was entered in a word or two and
 * "Edit". PRIVACY: only neutral figures (mood, stress, loneliness) are shown on home, never the
 * person's own tags or notes, and nothing about use or urges.
 */
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../ui/LinkButton';
import { formatNumber } from '../components/format';
import type { Checkin } from '../data/checkinRecord';
import { useTrackerData } from '../data/useTrackerData';
import { todayIso } from '../model/dates';

const SHOWN = ['mood', 'stress', 'lonely'] as const;

/** Pure: up to two neutral figures of a check-in, e.g. ['mood', 7], ['stress', 3]. */
export function checkinFigures(checkin: Checkin): [(typeof SHOWN)[number], number][] {
  return SHOWN.flatMap((item): [(typeof SHOWN)[number], number][] => {
    const value = checkin[item];
    return value === null ? [] : [[item, value]];
  }).slice(0, 2);
}

export function TodayCheckinCard() {
  const { t, i18n } = useTranslation('home');
  const state = useTrackerData();
  const todays = state.status === 'ready' ? state.data.checkins.get(todayIso()) : undefined;

  let body;
  if (state.status === 'loading') {
    body = <p role="status">{t('loading')}</p>;
  } else if (state.status === 'error') {
    // The check-in itself may still open; say nothing about today that is not known.
    body = <LinkButton to="/tracker/today">{t('checkin.open')}</LinkButton>;
  } else if (todays) {
    const figures = checkinFigures(todays).map(([item, value]) => t(`checkin.${item}`, { value: formatNumber(value, i18n.language) }));
    body = (
      <>
        <p>{figures.length > 0 ? t('checkin.done-with', { figures: figures.join(' · ') }) : t('checkin.done')}</p>
        <LinkButton to="/tracker/today">
          {t('checkin.edit')}
          <span className="visually-hidden"> {t('checkin.edit-what')}</span>
        </LinkButton>
      </>
    );
  } else {
    body = (
      <>
        <p>{t('checkin.not-yet')}</p>
        <LinkButton to="/tracker/today">{t('checkin.open')}</LinkButton>
      </>
    );
  }

  return (
    <section className="card" aria-labelledby="home-checkin-heading">
      <h2 id="home-checkin-heading">{t('checkin.heading')}</h2>
      {body}
    </section>
  );
}
