/**
 * React hook over an encrypted collection: loads and decrypts after mount, reloads after this
 * tab's writes, and forgets every decrypted value the moment the vault locks.
 * PRIVACY: decrypted values live only in this hook's state, which is emptied on lock.
 */
import { useCallback, useEffect, useState } from 'react';
import { VaultError } from '../vault/errors';
import { onKeyDropped } from '../vault/vaultState';
import type { Collection, Listed } from './records';
import { toStorageError } from './errors';

export type CollectionState<T> =
  | { status: 'loading'; items: []; error?: undefined }
  | { status: 'ready'; items: Array<Listed<T>>; error?: undefined }
  | { status: 'error'; items: []; error: VaultError };

export function useCollection<T>(collection: Collection<T>): CollectionState<T> & { reload: () => void } {
  const [state, setState] = useState<CollectionState<T>>({ status: 'loading', items: [] });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    collection.list().then(
      (items) => live && setState({ status: 'ready', items }),
      (error: unknown) => live && setState({ status: 'error', items: [], error: toStorageError(error) }),
    );
    return () => {
      live = false;
    };
  }, [collection, version]);

  useEffect(() => collection.subscribe(reload), [collection, reload]);
  useEffect(() => onKeyDropped(() => setState({ status: 'loading', items: [] })), []);

  return { ...state, reload };
}
