import { useEffect, useState } from 'react';
import type { StoredAnswer } from '../data/answerRecord';
import { answerStore, progressStore } from '../data/courseRecords';
import type { SaveFailure } from '../../../lib/saveState';
import { failureOf } from '../../../storage/autosave/saveStatus';
import type { ModuleProgress } from '../model/progress';

export type CourseRecords = {
  answers: ReadonlyMap<string, StoredAnswer>;
  progress: ReadonlyMap<string, ModuleProgress>;
};

export type RecordsState = { status: 'loading' } | { status: 'ready'; records: CourseRecords } | { status: 'error'; failure: SaveFailure };

function peek(): CourseRecords | undefined {
  const answers = answerStore.peek();
  const progress = progressStore.peek();
  return answers && progress ? { answers, progress } : undefined;
}

/** Decrypts the person's course answers and progress (once per unlock; cached after that). */
export function useCourseRecords(): RecordsState {
  const [state, setState] = useState<RecordsState>(() => {
    const cached = peek();
    return cached ? { status: 'ready', records: cached } : { status: 'loading' };
  });
  useEffect(() => {
    // Keep the screens in step with progress saved elsewhere (answers are read where they are shown).
    const refresh = () => {
      const cached = peek();
      if (cached) setState({ status: 'ready', records: cached });
    };
    return progressStore.subscribe(refresh);
  }, []);
  useEffect(() => {
    if (state.status !== 'loading') return undefined;
    let live = true;
    Promise.all([answerStore.load(), progressStore.load()])
      .then(([answers, progress]) => {
        if (live) setState({ status: 'ready', records: { answers, progress } });
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
