/**
 * Runs work a moment after the page has loaded, when the browser is idle, so that warm-ups (the
 * service worker, the Argon2id worker) never compete with the first screen, whose lazy chunks may
 * still be arriving right after `load`. Returns a cancel function.
 */
const SETTLE_MS = 800;

export function whenIdle(work: () => void): () => void {
  let cancelled = false;
  let idleHandle: number | undefined;
  let settle: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    settle = setTimeout(runWhenIdle, SETTLE_MS);
  };
  const runWhenIdle = () => {
    if (cancelled) return;
    if ('requestIdleCallback' in window) idleHandle = window.requestIdleCallback(() => !cancelled && work(), { timeout: 2000 });
    else idleHandle = setTimeout(() => !cancelled && work(), 200) as unknown as number;
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    cancelled = true;
    clearTimeout(settle);
    window.removeEventListener('load', schedule);
    if (idleHandle === undefined) return;
    if ('cancelIdleCallback' in window) window.cancelIdleCallback(idleHandle);
    else clearTimeout(idleHandle);
  };
}
