import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { courseLoader, type ContentError, type CourseIndex, type LoadedModule } from '../../../content/courseLoader';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: ContentError };

/** The language the course is shown in: the UI language. */
export function useContentLanguage(): string {
  const { i18n } = useTranslation('course');
  return i18n.resolvedLanguage ?? i18n.language;
}

/**
 * Loads something keyed by `key` once, showing what is cached at once (the course screens remount
 * on every step, so cached content must render without a loading flash).
 */
function useLoad<T>(key: string, peek: () => T | undefined, load: () => Promise<{ ok: true; value: T } | { ok: false; error: ContentError }>): Loadable<T> {
  const [state, setState] = useState<{ key: string; value: Loadable<T> }>(() => {
    const cached = peek();
    return { key, value: cached ? { status: 'ready', value: cached } : { status: 'loading' } };
  });
  useEffect(() => {
    let live = true;
    void load().then((result) => {
      if (live) setState({ key, value: result.ok ? { status: 'ready', value: result.value } : { status: 'error', error: result.error } });
    });
    return () => {
      live = false;
    };
    // `load` and `peek` are derived from `key`, so `key` is the only dependency.
  }, [key]);
  if (state.key === key) return state.value;
  const cached = peek();
  return cached ? { status: 'ready', value: cached } : { status: 'loading' };
}

export function useCourseIndex(): Loadable<CourseIndex> {
  return useLoad('index', () => courseLoader.peekIndex(), () => courseLoader.loadIndex());
}

export function useCourseModule(moduleId: string): Loadable<LoadedModule> {
  const language = useContentLanguage();
  return useLoad(
    `${moduleId}/${language}`,
    () => courseLoader.peekModule(moduleId, language),
    () => courseLoader.loadModule(moduleId, language),
  );
}

export type ModuleEntry = { id: string; module: LoadedModule | undefined };

/**
 * Every listed module in the current language, for the overview (one chunk per module). A module
 * whose content fails is listed without content, so the others still show.
 */
export function useCourseModules(ids: readonly string[]): Loadable<ModuleEntry[]> {
  const language = useContentLanguage();
  const peekAll = () => {
    const found = ids.map((id) => ({ id, module: courseLoader.peekModule(id, language) }));
    return found.every((entry) => entry.module !== undefined) ? found : undefined;
  };
  return useLoad(`${ids.join(',')}/${language}`, peekAll, async () => {
    const results = await Promise.all(ids.map((id) => courseLoader.loadModule(id, language)));
    return { ok: true, value: ids.map((id, i) => ({ id, module: results[i]?.ok ? results[i].value : undefined })) };
  });
}
