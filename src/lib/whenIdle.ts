/**
 * Runs work after the page has loaded and the browser is idle, so that warm-ups (the service
 * worker, the Argon2id worker) never compete with the first screen. Returns a cancel function.
 */
export function whenIdle(work: () => void): () => void {
  let cancelled = false;
  let idleHandle: number | undefined;
  const schedule = () => {
    if (cancelled) return;
    if ('requestIdleCallback' in window) idleHandle = window.requestIdleCallback(() => !cancelled && work(), { timeout: 2000 });
    else idleHandle = setTimeout(() => !cancelled && work(), 200) as unknown as number;
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', schedule);
    if (idleHandle === undefined) return;
    if ('cancelIdleCallback' in window) window.cancelIdleCallback(idleHandle);
    else clearTimeout(idleHandle);
  };
}
