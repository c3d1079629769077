/**
 * Runs one vault operation (unlock, recovery) and keeps what the screen shows about it: the key
 * derivation stage for the progress bar, and a typed error mapped to a translated message.
 */
import { useCallback, useState } from 'react';
import type { KdfStage } from '../../vault/argon2Protocol';
import { toVaultError, type VaultError } from '../../vault/errors';

const STAGE_VALUE: Record<KdfStage, number> = { starting: 0.1, deriving: 0.5, unwrapping: 0.9 };

export function useVaultTask() {
  const [stage, setStage] = useState<KdfStage | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<VaultError | undefined>();

  const run = useCallback(async (task: (onStage: (stage: KdfStage) => void) => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    setStage(undefined);
    try {
      await task(setStage);
      return true;
    } catch (caught) {
      setError(toVaultError(caught));
      return false;
    } finally {
      setBusy(false);
      setStage(undefined);
    }
  }, []);

  return { run, busy, stage, stageValue: stage ? STAGE_VALUE[stage] : undefined, error, setError };
}
