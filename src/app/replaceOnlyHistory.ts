/**
 * Replace-only in-app navigation: every route change replaces the current history entry instead
 * of adding one, so Polku is always exactly one entry in the browser's history. The quick exit
 * replaces that one entry with the neutral page, and then no number of Back presses, and no entry
 * in the browser's history menu, leads back into Polku (issue 9, item 4).
 *
 * The router (declarative mode) has no replace-by-default option and links and `navigate()` calls
 * live in every feature, so this is done once, where the router writes history: `pushState` on
 * this window's History becomes `replaceState`. The cost: the browser's Back button leaves Polku
 * instead of going to the previous screen; every screen has its own way back.
 */
let installed = false;

export function installReplaceOnlyHistory(target: History = window.history): void {
  if (installed && target === window.history) return;
  if (target === window.history) installed = true;
  const replace = target.replaceState.bind(target);
  Object.defineProperty(target, 'pushState', {
    configurable: true,
    writable: true,
    value: (data: unknown, unused: string, url?: string | URL | null) => replace(data, unused, url),
  });
}
