/** Seconds left before another unlock attempt is allowed (0 when none), ticking every second. */
import { useCallback, useEffect, useState } from 'react';
import { getUnlockGuard } from '../../storage/vaultActions';

export function useBackoff(): { secondsLeft: number; refresh: () => void } {
  const [retryAt, setRetryAt] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(() => {
    void getUnlockGuard()
      .then((guard) => setRetryAt(guard.retryAt))
      .catch(() => setRetryAt(0));
  }, []);

  useEffect(refresh, [refresh]);
  useEffect(() => {
    if (retryAt <= now) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [retryAt, now]);

  return { secondsLeft: Math.max(0, Math.ceil((retryAt - now) / 1000)), refresh };
}
