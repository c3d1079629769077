/**
 * The lazily loaded screens, each with the string namespaces its first render needs, so the lock
 * screen can fetch the screen behind it while Argon2id runs. React holds a revealed Suspense
 * fallback for 300 ms (TOOLCHAIN.md pitfall 13): a screen whose chunk and strings are already here
 * renders at once instead of flashing "Loading" and waiting those 300 ms after every unlock.
 */
import i18next from 'i18next';
import type { ComponentType } from 'react';
import { prefetchStrings, whenI18nReady } from '../i18n/i18n';
import { lazyWithPreload, type Preloadable } from '../ui/lazyWithPreload';

export type Screen<P extends object = object> = Preloadable<P>;

const byArea = new Map<string, { screen: Screen<never>; access: 'public' | 'private' }>();

/**
 * A lazy screen that renders without suspending once `preload()` has finished. `area` is its first
 * path segment ('' for home); public screens open without the vault.
 */
export function lazyScreen<P extends object = object>(area: string | undefined, load: () => Promise<{ default: ComponentType<P> }>, namespaces: readonly string[] = [], access: 'public' | 'private' = 'private'): Screen<P> {
  const component = lazyWithPreload(load);
  const fetchModule = component.preload;
  const screen = component as Screen<P>;
  // The chunk may start before the strings' language is set (the first screen does that).
  const loadStrings = () => {
    if (namespaces.length === 0) return undefined;
    prefetchStrings(namespaces);
    return whenI18nReady().then(() => i18next.loadNamespaces([...namespaces]));
  };
  screen.preload = () => Promise.all([fetchModule(), loadStrings()]);
  if (area !== undefined) byArea.set(area, { screen: screen as Screen<never>, access });
  return screen;
}

const areaOf = (pathname: string) => pathname.split('/')[1] ?? '';

/** Starts loading the screen at `pathname` (its chunk and strings); never rejects. */
export function preloadScreenAt(pathname: string): Promise<unknown> {
  return byArea.get(areaOf(pathname))?.screen.preload().catch(() => undefined) ?? Promise.resolve();
}

/** Whether the screen at `pathname` opens without the vault (first run, help, research). */
export function isPublicPath(pathname: string): boolean {
  return byArea.get(areaOf(pathname))?.access === 'public';
}

/** Whether `pathname` is one of the screens behind the vault (an unknown address is neither). */
export function isPrivatePath(pathname: string): boolean {
  return byArea.get(areaOf(pathname))?.access === 'private';
}
