import { useEffect, useState } from 'react';
import { feedbackStore, type FeedbackRecord } from './feedbackRecords';

export type Loaded = { status: 'loading' } | { status: 'ready'; records: ReadonlyMap<string, FeedbackRecord> } | { status: 'error' };

/** The feedback collection, decrypted once per unlock, kept in step with saves in this tab. */
export function useFeedbackRecords(): Loaded {
  const [state, setState] = useState<Loaded>(() => {
    const cached = feedbackStore.peek();
    return cached ? { status: 'ready', records: cached } : { status: 'loading' };
  });
  useEffect(
    () =>
      feedbackStore.subscribe(() => {
        const cached = feedbackStore.peek();
        if (cached) setState({ status: 'ready', records: cached });
      }),
    [],
  );
  useEffect(() => {
    if (state.status !== 'loading') return undefined;
    let live = true;
    feedbackStore.load().then(
      (records) => live && setState({ status: 'ready', records }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [state.status]);
  return state;
}
