/**
 * Local back-off after repeated failed unlocks: five free attempts, then waits that double from
 * 30 seconds up to an hour. Stops casual guessing at the device only; an offline attacker is
 * slowed by Argon2id and the passphrase. Wiping after N failures happens only if the person
 * turned it on (an abuser could otherwise wipe someone's data on purpose).
 */
import type { GuardState } from './metaStore';

export const FREE_ATTEMPTS = 5;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;
export const WIPE_AFTER_CHOICES = [10, 20] as const;

export function delayAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_MS);
}

export function afterFailure(guard: GuardState, now: number): GuardState {
  const failures = guard.failures + 1;
  return { ...guard, failures, retryAt: now + delayAfterFailures(failures) };
}

export function afterSuccess(guard: GuardState): GuardState {
  return { ...guard, failures: 0, retryAt: 0 };
}

export function shouldWipe(guard: GuardState): boolean {
  return guard.wipeAfter !== null && guard.failures >= guard.wipeAfter;
}

export function isWaiting(guard: GuardState, now: number): boolean {
  return guard.retryAt > now;
}
