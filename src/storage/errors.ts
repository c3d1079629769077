/**
 * Maps IndexedDB/Dexie failures to the vault's typed errors, so the screens can say "storage is
 * full" or "close other tabs" instead of a raw exception. Carries no data.
 */
import { StorageFullError, VaultError } from '../vault/errors';

function names(error: unknown): string[] {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const { name, inner, cause, failures } = current as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
    if (typeof name === 'string') out.push(name);
    if (Array.isArray(failures)) for (const f of failures) out.push(...names(f));
    current = inner ?? cause;
  }
  return out;
}

export function isQuotaError(error: unknown): boolean {
  return names(error).some((n) => n === 'QuotaExceededError');
}

/** Rethrows as a typed error: StorageFull, UpgradeBlocked, or a generic storage failure. */
export function toStorageError(error: unknown): VaultError {
  if (error instanceof VaultError) return error;
  if (isQuotaError(error)) return new StorageFullError({ cause: error });
  const all = names(error);
  if (all.includes('VersionError')) return new VaultError('outdated-tab', { cause: error });
  if (all.includes('BlockedError')) return new VaultError('upgrade-blocked', { cause: error });
  if (all.includes('MissingAPIError') || all.includes('InvalidStateError')) return new VaultError('no-indexeddb', { cause: error });
  return new VaultError('storage-failed', { cause: error });
}
