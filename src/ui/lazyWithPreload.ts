/**
 * React.lazy with a `preload()`: once the module has arrived, the component renders on its first
 * render instead of suspending. React.lazy always suspends once, even for a module that is
 * already here, and React then holds the revealed fallback for 300 ms (TOOLCHAIN.md pitfall 13).
 */
import { createElement, lazy, useState, type ComponentType } from 'react';

export type Preloadable<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

export function lazyWithPreload<P extends object = object>(load: () => Promise<{ default: ComponentType<P> }>): Preloadable<P> {
  let ready: ComponentType<P> | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
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
  const Lazy = lazy(fetchModule) as unknown as ComponentType<P>;
  // Chosen once per mount: switching from the lazy wrapper to the loaded component later would
  // remount it and lose what the person was typing.
  const component = function LazyWithPreload(props: P) {
    const [Component] = useState<ComponentType<P>>(() => ready ?? Lazy);
    return createElement(Component, props);
  } as Preloadable<P>;
  component.preload = fetchModule;
  return component;
}
