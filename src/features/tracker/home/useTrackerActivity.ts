/**
 * The tracker's part of home's "recently": check-ins and weekly reviews, by kind and day only
 * (PRIVACY: nothing the person entered). Today's check-in opens for editing; older ones open the
 * tracker, where each day can be changed.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityItem } from '../../../lib/noteItem';
import { useTrackerData } from '../data/useTrackerData';
import { todayIso } from '../model/dates';

export function useTrackerActivity(count: number): ActivityItem[] | undefined {
  const { t } = useTranslation('home');
  const state = useTrackerData();
  return useMemo(() => {
    if (state.status === 'error') return [];
    if (state.status !== 'ready') return undefined;
    const today = todayIso();
    const checkins = [...state.data.checkins.keys()].map(
      (day): ActivityItem => ({ key: `checkin:${day}`, label: t('recent.checkin'), day, at: null, href: day === today ? '/tracker/today' : '/tracker' }),
    );
    const weekly = [...state.data.weekly.values()].map(
      (w): ActivityItem => ({ key: `weekly:${w.week}`, label: t('recent.weekly'), day: w.endsOn, at: null, href: '/tracker' }),
    );
    return [...checkins, ...weekly].sort((a, b) => b.day.localeCompare(a.day)).slice(0, count);
  }, [state, t, count]);
}
