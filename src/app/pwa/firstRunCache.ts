/**
 * Makes sure everything first run needs is cached, so a person whose first visit only opened the
 * help pages can still set up Polku offline later. The precache (service worker) holds the app, the
 * Argon2id worker and every screen; the passphrase-strength dictionaries and suggestion word lists
 * (about 2.4 MB, 1.1 MB gzip) would take the precache far past its 2.5 MB budget, so they go to the
 * service worker's runtime cache ('passphrase-dictionaries') instead: this fetches them once,
 * through the service worker, as soon as it controls the page. Which files the strength worker
 * needs is read from the worker's own (precached) script, so nothing is parsed or run here, and a
 * later visit that finds them all cached does nothing.
 */
import strengthWorkerUrl from '../../vault/passphraseStrength.worker.ts?worker&url';

const DICTIONARY_CACHE = 'passphrase-dictionaries';
const CHUNK = /passphrase-dict-[A-Za-z0-9_.-]+?\.js/g;

export type FirstRunCache = 'first-time' | 'refreshed' | 'already';

const namesIn = (text: string, base: URL) => [...new Set([...text.matchAll(CHUNK)].map(([name]) => new URL(name, base).href))];

/**
 * The strength worker's dictionary chunks, and the chunks those import in turn; fetching them
 * through the service worker is what caches them.
 */
async function fetchStrengthChunks(first: string[], base: URL): Promise<string[]> {
  const found = new Set<string>(first);
  let queue = first;
  while (queue.length > 0) {
    const texts = await Promise.all(queue.map(async (url) => (await fetch(url)).text()));
    queue = [];
    for (const text of texts) {
      for (const url of namesIn(text, base)) {
        if (found.has(url)) continue;
        found.add(url);
        queue.push(url);
      }
    }
  }
  return [...found];
}

export async function cacheFirstRun(): Promise<FirstRunCache> {
  const cache = await caches.open(DICTIONARY_CACHE);
  const wasEmpty = (await cache.keys()).length === 0;
  const base = new URL(strengthWorkerUrl, window.location.origin);
  const direct = namesIn(await (await fetch(base)).text(), base);
  const cached = await Promise.all(direct.map((url) => cache.match(url, { ignoreVary: true })));
  if (direct.length > 0 && cached.every(Boolean)) return 'already';
  const needed = await fetchStrengthChunks(direct, base);
  // The suggestion word lists of this page (the generator runs here, not in the worker).
  const generator = await import('../../vault/passphraseGenerator');
  await Promise.all(generator.WORD_LIST_LANGUAGES.map((language) => generator.generatorWords(language)));
  // The service worker writes its cache just after answering: wait until every file is there.
  for (let round = 0; round < 50; round += 1) {
    const present = await Promise.all(needed.map((url) => cache.match(url, { ignoreVary: true })));
    if (present.every(Boolean)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return wasEmpty ? 'first-time' : 'refreshed';
}

/** Resolves once a service worker controls this page (with clientsClaim, on its first install too). */
export function whenControlled(): Promise<void> {
  if (navigator.serviceWorker.controller) return Promise.resolve();
  return new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
}
