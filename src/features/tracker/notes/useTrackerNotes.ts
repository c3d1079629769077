/**
 * The tracker's part of "My notes": what the person wrote in a check-in (their own trigger tags
 * and the coping note) and the weekly reviews' reflections. A check-in opens on its own day (the
 * day is handed over in memory, never in the address); this week's review opens for editing,
 * older ones open the tracker, where the weeks are shown.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteItem, NotesState } from '../../../lib/noteItem';
import { formatDay } from '../components/format';
import type { Checkin } from '../data/checkinRecord';
import { useTrackerData } from '../data/useTrackerData';
import type { WeeklyReview } from '../data/weeklyRecord';
import { addDays, isoWeekKey, todayIso } from '../model/dates';
import { setEditTarget } from '../model/editTarget';

type Translate = (key: 'tracker.checkins' | 'tracker.checkin' | 'tracker.weekly-group' | 'tracker.weekly', options?: Record<string, unknown>) => string;

/** Pure: notes from check-ins and weekly reviews, newest first in each group. */
export function trackerNotes(
  checkins: Iterable<Checkin>,
  weekly: Iterable<WeeklyReview>,
  today: string,
  language: string,
  t: Translate,
): NoteItem[] {
  const checkinGroup = { id: 'tracker-checkins', label: t('tracker.checkins') };
  const weeklyGroup = { id: 'tracker-weekly', label: t('tracker.weekly-group') };
  const fromCheckins = [...checkins]
    .map((c): NoteItem | undefined => {
      const text = [c.ownTriggers.join(', '), c.copingNote.trim()].filter(Boolean).join('\n');
      if (!text) return undefined;
      return {
        key: `checkin:${c.date}`,
        group: checkinGroup,
        title: t('tracker.checkin', { day: formatDay(c.date, language) }),
        text,
        updatedAt: c.date,
        href: '/tracker/today',
        onOpen: () => setEditTarget(c.date),
      };
    })
    .filter((n): n is NoteItem => n !== undefined);
  const thisWeek = isoWeekKey(today);
  const fromWeekly = [...weekly]
    .filter((w) => w.reflection.trim() !== '')
    .map(
      (w): NoteItem => ({
        key: `weekly:${w.week}`,
        group: weeklyGroup,
        title: t('tracker.weekly', { from: formatDay(addDays(w.endsOn, -6), language), to: formatDay(w.endsOn, language) }),
        text: w.reflection.trim(),
        updatedAt: w.endsOn,
        href: w.week === thisWeek ? '/tracker/week' : '/tracker',
      }),
    );
  return [...fromCheckins, ...fromWeekly];
}

export function useTrackerNotes(): NotesState {
  const { t, i18n } = useTranslation('notes');
  const state = useTrackerData();
  return useMemo((): NotesState => {
    if (state.status !== 'ready') return state.status === 'error' ? { status: 'error' } : { status: 'loading' };
    return { status: 'ready', items: trackerNotes(state.data.checkins.values(), state.data.weekly.values(), todayIso(), i18n.language, (key, options) => t(key, { ...options })) };
  }, [state, t, i18n.language]);
}
