import { useEffect, useState } from 'react';
import type { SaveFailure } from '../../../lib/saveState';
import { failureOf } from '../../../storage/autosave/saveStatus';
import type { RecordStore } from '../../../storage/records';

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; records: ReadonlyMap<string, T> } | { status: 'error'; failure: SaveFailure };

/** A collection's records, decrypted once per unlock, kept in step with saves in this tab. */
export function useRecords<T>(store: RecordStore<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>(() => {
    const cached = store.peek();
    return cached ? { status: 'ready', records: cached } : { status: 'loading' };
  });
  useEffect(
    () =>
      store.subscribe(() => {
        const cached = store.peek();
        if (cached) setState({ status: 'ready', records: cached });
      }),
    [store],
  );
  useEffect(() => {
    if (state.status !== 'loading') return undefined;
    let live = true;
    store.load().then(
      (records) => live && setState({ status: 'ready', records }),
      (error: unknown) => live && setState({ status: 'error', failure: failureOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [state.status, store]);
  return state;
}
