import { useCallback, useEffect, useRef } from 'react';
import { failureOf, getSaveState, registerFlusher, setSaveState } from './saveStatus';

export const AUTOSAVE_DELAY_MS = 500;

/**
 * "Saving…" is said once when the person starts changing something, then "Saved": a calm live
 * region. A failure message stays up until a save succeeds, rather than flickering while typing.
 */
function showSaving(): void {
  const { kind } = getSaveState();
  if (kind === 'idle' || kind === 'saved') setSaveState({ kind: 'saving' });
}

export type Autosave<T> = {
  /** Remembers the newest value and writes it after a short pause in typing. */
  schedule: (value: T) => void;
  /** Writes a pending value now (blur, step change, unmount); false if the write failed. */
  flush: () => Promise<boolean>;
};

/**
 * Debounced autosave through `write`. A failed write keeps the value pending, so the next change,
 * blur or step change tries again, and the person's text never leaves the screen.
 */
export function useAutosave<T>(write: (value: T) => Promise<void>, delay: number = AUTOSAVE_DELAY_MS): Autosave<T> {
  const writeRef = useRef(write);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);

  useEffect(() => {
    writeRef.current = write;
  }, [write]);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    // One write at a time; a value typed meanwhile is written right after.
    while (inFlight.current) await inFlight.current;
    const next = pending.current;
    if (!next) return true;
    pending.current = null;
    showSaving();
    const attempt = writeRef
      .current(next.value)
      .then(() => {
        if (!pending.current) setSaveState({ kind: 'saved' });
        return true;
      })
      .catch((error: unknown) => {
        pending.current ??= next;
        setSaveState({ kind: 'failed', failure: failureOf(error) });
        return false;
      });
    inFlight.current = attempt;
    try {
      return await attempt;
    } finally {
      inFlight.current = null;
    }
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      showSaving();
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  useEffect(() => {
    const unregister = registerFlusher(flush);
    // Switching to another app may be the last moment this page runs: write at once, while the
    // vault is still unlocked (it locks after a grace period, or at once on pagehide).
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      unregister();
      void flush();
    };
  }, [flush]);

  return { schedule, flush };
}
