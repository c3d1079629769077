/**
 * Delete everything: crypto-shreds the key slots first (overwrite with random bytes, then delete),
 * so whatever ciphertext lingers on disk can no longer be opened; then tells every tab, deletes
 * every IndexedDB database, Cache Storage entry, service-worker registration and web storage.
 */
import Dexie from 'dexie';
import { postVaultMessage } from '../vault/lockChannel';
import { dropDataKey, setStatus } from '../vault/vaultState';
import { randomBytes } from '../vault/random';
import { closeDb, openDb } from './db';
import { probeVault } from './probe';
import { DB_NAME, SLOTS_TABLE } from './schemaNames';

const DELETE_WAIT_MS = 5_000;

async function shredSlots(): Promise<void> {
  if ((await probeVault()) !== 'exists') return;
  const db = await openDb();
  const rows = await db.slots.toArray();
  const noise = rows.map((row) => ({ id: row.id, v: 0, kdf: { salt: randomBytes(16) }, aead: { iv: randomBytes(12) }, wrapped: randomBytes(48) }));
  await db.transaction('rw', SLOTS_TABLE, () => db.slots.bulkPut(noise));
  await db.transaction('rw', SLOTS_TABLE, () => db.slots.clear());
}

async function deleteDatabase(name: string): Promise<void> {
  // Another tab that ignores the wipe message would block deletion forever; the request stays
  // queued and completes when that tab goes, but this tab moves on.
  await Promise.race([Dexie.delete(name), new Promise((resolve) => setTimeout(resolve, DELETE_WAIT_MS))]);
}

async function deleteAllDatabases(): Promise<void> {
  const names = new Set<string>([DB_NAME]);
  try {
    for (const info of (await indexedDB.databases?.()) ?? []) if (info.name) names.add(info.name);
  } catch {
    // Older engines cannot list databases; ours is deleted by name.
  }
  await Promise.all([...names].map(deleteDatabase));
}

async function deleteCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const keys = await caches.keys();
  await Promise.all(keys.map((key) => caches.delete(key)));
}

async function unregisterServiceWorkers(): Promise<void> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
}

/** The chosen language outlives "Delete everything": it says nothing about the person (src/i18n/i18n.ts). */
const KEPT_KEY = 'polku.language';

function clearWebStorage(): void {
  try {
    const language = localStorage.getItem(KEPT_KEY);
    localStorage.clear();
    if (language !== null) localStorage.setItem(KEPT_KEY, language);
  } catch {
    // Storage disabled: nothing to clear.
  }
  try {
    sessionStorage.clear();
  } catch {
    // Storage disabled: nothing to clear.
  }
}

export async function wipeEverything(): Promise<void> {
  try {
    await shredSlots();
  } catch {
    // Even if shredding fails (storage broken), deleting the database below removes the slots.
  }
  postVaultMessage({ type: 'wipe' });
  closeDb();
  await deleteAllDatabases();
  await Promise.allSettled([deleteCaches(), unregisterServiceWorkers()]);
  clearWebStorage();
}

/** In a tab that heard another tab wipe: let go of the database and this tab's session storage. */
export function closeAfterRemoteWipe(): void {
  closeDb();
  try {
    sessionStorage.clear();
  } catch {
    // Nothing to clear.
  }
}

/** How the page starts over after a wipe; replaceable in tests, where there is no page to reload. */
export const afterWipe = {
  reload: (): void => {
    if (typeof location !== 'undefined') location.replace('/');
  },
};

/**
 * The opt-in wipe after too many failed passphrase checks (on the lock screen or on an open
 * settings screen): drop the key at once, so every decrypted screen unmounts, delete everything,
 * then reload into a fresh first run.
 */
export async function wipeAfterFailures(): Promise<void> {
  dropDataKey('checking');
  await wipeEverything();
  setStatus('none');
  afterWipe.reload();
}
