/**
 * Decrypts the tracker's records once per unlock (cached by the records layer) and keeps screens in
 * step with saves made elsewhere in this tab.
 */
import { useEffect, useState } from 'react';
import type { SaveFailure } from '../../../lib/saveState';
import { failureOf } from '../../../storage/autosave/saveStatus';
import { checkinStore, type Checkin } from './checkinRecord';
import { questionnaireStore, trackerSettingsStore, type QuestionnaireRecord, type TrackerSettings } from './questionnaireRecord';
import { weeklyStore, type WeeklyReview } from './weeklyRecord';

export type TrackerData = {
  checkins: ReadonlyMap<string, Checkin>;
  weekly: ReadonlyMap<string, WeeklyReview>;
  questionnaires: ReadonlyMap<string, QuestionnaireRecord>;
  settings: ReadonlyMap<string, TrackerSettings>;
};

export type TrackerState = { status: 'loading' } | { status: 'ready'; data: TrackerData } | { status: 'error'; failure: SaveFailure };

function peek(): TrackerData | undefined {
  const checkins = checkinStore.peek();
  const weekly = weeklyStore.peek();
  const questionnaires = questionnaireStore.peek();
  const settings = trackerSettingsStore.peek();
  return checkins && weekly && questionnaires && settings ? { checkins, weekly, questionnaires, settings } : undefined;
}

export function loadTrackerData(): Promise<TrackerData> {
  return Promise.all([checkinStore.load(), weeklyStore.load(), questionnaireStore.load(), trackerSettingsStore.load()]).then(([checkins, weekly, questionnaires, settings]) => ({ checkins, weekly, questionnaires, settings }));
}

export function useTrackerData(): TrackerState {
  const [state, setState] = useState<TrackerState>(() => {
    const cached = peek();
    return cached ? { status: 'ready', data: cached } : { status: 'loading' };
  });
  useEffect(() => {
    const refresh = () => {
      const cached = peek();
      if (cached) setState({ status: 'ready', data: cached });
    };
    const stops = [checkinStore, weeklyStore, questionnaireStore, trackerSettingsStore].map((store) => store.subscribe(refresh));
    return () => stops.forEach((stop) => stop());
  }, []);
  useEffect(() => {
    if (state.status !== 'loading') return undefined;
    let live = true;
    loadTrackerData()
      .then((data) => {
        if (live) setState({ status: 'ready', data });
      })
      .catch((error: unknown) => {
        if (live) setState({ status: 'error', failure: failureOf(error) });
      });
    return () => {
      live = false;
    };
  }, [state.status]);
  return state;
}
