/** Seconds left before another unlock attempt is allowed (0 when none), ticking every second. */
import { useCallback, useEffect, useState } from 'react';
import { getUnlockGuard } from '../../storage/vaultActions';

type Clock = { retryAt: number; now: number };

export function useBackoff(): { secondsLeft: number; refresh: () => void } {
  // retryAt and the "now" it is compared with are read together: a `now` left over from when the
  // screen opened made the first wrong passphrase look like a wait as long as the screen had been open.
  const [clock, setClock] = useState<Clock>(() => ({ retryAt: 0, now: Date.now() }));

  const refresh = useCallback(() => {
    void getUnlockGuard()
      .then((guard) => setClock({ retryAt: guard.retryAt, now: Date.now() }))
      .catch(() => setClock({ retryAt: 0, now: Date.now() }));
  }, []);

  useEffect(refresh, [refresh]);
  const waiting = clock.retryAt > clock.now;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setClock((c) => ({ ...c, now: Date.now() })), 1000);
    return () => clearInterval(timer);
  }, [waiting, clock.retryAt]);

  return { secondsLeft: waiting ? Math.ceil((clock.retryAt - clock.now) / 1000) : 0, refresh };
}
