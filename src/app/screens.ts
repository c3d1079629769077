/**
 * The lazily loaded screens, each with the string namespaces its first render needs, so the lock
 * screen can fetch the screen behind it while Argon2id runs. React holds a revealed Suspense
 * fallback for 300 ms (TOOLCHAIN.md pitfall 13): a screen whose chunk and strings are already here
 * renders at once instead of flashing "Loading" and waiting those 300 ms after every unlock.
 */
import { createElement, lazy, useState, type ComponentType } from 'react';
import i18next from 'i18next';

type Loader = () => Promise<{ default: ComponentType }>;

export type Screen = ComponentType & { preload: () => Promise<unknown> };

const byArea = new Map<string, Screen>();

/** A lazy screen that renders without suspending once `preload()` has finished. */
export function lazyScreen(area: string | undefined, load: Loader, namespaces: readonly string[] = []): Screen {
  let ready: ComponentType | undefined;
  let pending: Promise<{ default: ComponentType }> | undefined;
  const fetchModule = () =>
    (pending ??= load().then(
      (module) => {
        ready = module.default;
        return module;
      },
      (error: unknown) => {
        pending = undefined; // offline mid-update: let the next attempt try again
        throw error;
      },
    ));
  const Lazy = lazy(fetchModule);
  // Chosen once per mount: switching from the lazy wrapper to the loaded component later would
  // remount the screen and lose what the person was typing.
  const screen = function LazyScreen(props: object) {
    const [Component] = useState<ComponentType>(() => ready ?? Lazy);
    return createElement(Component, props);
  } as Screen;
  screen.preload = () => Promise.all([fetchModule(), namespaces.length > 0 ? i18next.loadNamespaces([...namespaces]) : undefined]);
  if (area !== undefined) byArea.set(area, screen);
  return screen;
}

/** Starts loading the screen at `pathname` (its chunk and strings); never rejects. */
export function preloadScreenAt(pathname: string): void {
  const area = pathname.split('/')[1] ?? '';
  byArea.get(area)?.preload().catch(() => undefined);
}
