/**
 * Quick exit: lock first (the key is dropped synchronously), empty every text field so the browser
 * does not keep the words in its session-restore files, then replace this history entry with the
 * neutral page, so Back does not return to Polku.
 */
import { lockVault } from '../vault/vaultState';
import { clearSensitiveFields } from '../lib/clearSensitiveFields';
import { createTripleShiftDetector } from '../lib/tripleShift';

export const NEUTRAL_PATH = '/neutral';

export function quickExit(): void {
  lockVault();
  clearSensitiveFields();
  window.location.replace(NEUTRAL_PATH);
}

/** Installs the Shift-three-times shortcut; returns the function that removes it. */
export function installQuickExitShortcut(onExit: () => void = quickExit): () => void {
  const detect = createTripleShiftDetector();
  const onKeyDown = (event: KeyboardEvent) => {
    if (detect({ key: event.key, repeat: event.repeat, timeStamp: event.timeStamp })) onExit();
  };
  window.addEventListener('keydown', onKeyDown, { capture: true });
  return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
}
