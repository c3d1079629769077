/**
 * Lazy bridges to the strength check and the generator, for every screen that sets a passphrase
 * (first run, recovery unlock, settings): zxcvbn and the word lists load only when used.
 *
 * PRIVACY: the strength check runs in a dedicated worker, not in the page: zxcvbn keeps the last
 * password it checked, and a worker's heap goes away with it. The worker ends when the passphrase
 * screen unmounts (`endStrengthCheck`) or after a short idle time, whichever comes first.
 */
import type { StrengthView, WordListChoice } from '../ui/NewPassphraseFields';
import type { StrengthRequest, StrengthResponse } from './passphraseStrengthProtocol';

/** Ends an idle worker, so a passphrase typed and left never outlives the pause by much. */
export const STRENGTH_WORKER_IDLE_MS = 20_000;

let worker: Worker | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (value: StrengthResponse) => void; reject: (error: Error) => void }>();

function failAll(): void {
  for (const { reject } of pending.values()) reject(new Error('strength check ended'));
  pending.clear();
}

/** Ends the worker (and with it every copy of a passphrase it checked). */
export function endStrengthCheck(): void {
  clearTimeout(idleTimer);
  idleTimer = undefined;
  worker?.terminate();
  worker = undefined;
  failAll();
}

async function spawn(): Promise<Worker> {
  if (worker) return worker;
  const { strengthWorkerScriptUrl } = await import('./trustedWorkerUrl');
  if (worker) return worker;
  // TrustedScriptURL is accepted by the Worker constructor in browsers that enforce Trusted Types.
  const created = new Worker(strengthWorkerScriptUrl() as unknown as string, { type: 'module', name: 'strength' });
  created.onmessage = (event: MessageEvent<StrengthResponse>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    waiting?.resolve(event.data);
  };
  created.onerror = (event) => {
    event.preventDefault();
    if (worker === created) endStrengthCheck();
  };
  worker = created;
  return created;
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

async function ask(request: WithoutId<StrengthRequest>, endAfter: boolean): Promise<StrengthResponse> {
  const target = await spawn();
  clearTimeout(idleTimer);
  const id = nextId++;
  const answer = new Promise<StrengthResponse>((resolve, reject) => pending.set(id, { resolve, reject }));
  target.postMessage({ ...request, id } as StrengthRequest);
  try {
    return await answer;
  } finally {
    if (endAfter && pending.size === 0) endStrengthCheck();
    else if (worker) idleTimer = setTimeout(endStrengthCheck, STRENGTH_WORKER_IDLE_MS);
  }
}

export async function assessLazily(passphrase: string, options: { generated?: boolean } = {}): Promise<StrengthView> {
  if (typeof Worker !== 'function') {
    // No workers (unit tests in node): the check runs in process.
    const { assessPassphrase } = await import('./passphraseStrength');
    return assessPassphrase(passphrase, options);
  }
  const answer = await ask({ type: 'assess', passphrase, generated: !!options.generated }, false);
  if (answer.type !== 'result') throw new Error('strength check failed');
  return answer.strength;
}

/**
 * Loads the dictionaries once in a worker that then ends: the service worker caches them on this
 * first fetch, so the check works offline later.
 */
export async function preloadStrengthLazily(): Promise<void> {
  if (typeof Worker !== 'function') return;
  await ask({ type: 'load' }, true);
}

export async function generateLazily(list: WordListChoice): Promise<string> {
  const { generatePassphrase } = await import('./passphraseGenerator');
  return (await generatePassphrase(list)).passphrase;
}

export function wordListFor(language: string): WordListChoice {
  return language.startsWith('sv') ? 'sv' : language.startsWith('fi') ? 'fi' : 'en';
}
