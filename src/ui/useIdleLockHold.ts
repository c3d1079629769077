import { useEffect } from 'react';
import { holdIdleLock } from '../lib/idleLockHold';

/** Keeps the inactivity lock waiting while `active` (a running timer on screen). */
export function useIdleLockHold(active: boolean): void {
  useEffect(() => (active ? holdIdleLock() : undefined), [active]);
}
