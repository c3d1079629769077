/**
 * Typed vault and storage errors. Each has a stable code that maps to a translated message
 * (`vault:error.<code>`). PRIVACY: messages carry only the code, never user text, so an error that
 * reaches a console or an error screen reveals nothing the person wrote.
 */

export const VAULT_ERROR_CODES = [
  'locked',
  'wrong-passphrase',
  'wrong-recovery-code',
  'malformed-recovery-code',
  'damaged-key-slot',
  'no-vault',
  'vault-exists',
  'damaged-record',
  'backoff',
  'weak-passphrase',
  'storage-full',
  'upgrade-blocked',
  'outdated-tab',
  'storage-failed',
  'no-webassembly',
  'no-indexeddb',
  'kdf-failed',
  'wiped',
  'changed-elsewhere',
  'backup-invalid',
  'backup-too-large',
  'backup-verify-failed',
  'backup-changed',
] as const;

export type VaultErrorCode = (typeof VAULT_ERROR_CODES)[number];

export class VaultError extends Error {
  readonly code: VaultErrorCode;

  constructor(code: VaultErrorCode, options?: { cause?: unknown }) {
    // PRIVACY: the message is the code only; the cause is kept for debugging but never formatted.
    super(`vault: ${code}`, options);
    this.name = 'VaultError';
    this.code = code;
  }

  /** The i18n key in the `vault` namespace. */
  get messageKey(): `error.${VaultErrorCode}` {
    return `error.${this.code}`;
  }
}

/** Thrown by every records call while the vault is locked. */
export class LockedError extends VaultError {
  constructor() {
    super('locked');
    this.name = 'LockedError';
  }
}

/** The browser refused the write because the origin's storage quota is used up. */
export class StorageFullError extends VaultError {
  constructor(options?: { cause?: unknown }) {
    super('storage-full', options);
    this.name = 'StorageFullError';
  }
}

/** Unlocking is paused after repeated failures; `retryAt` is a `Date.now()` timestamp. */
export class BackoffError extends VaultError {
  readonly retryAt: number;

  constructor(retryAt: number) {
    super('backoff');
    this.name = 'BackoffError';
    this.retryAt = retryAt;
  }
}

export function isVaultError(error: unknown): error is VaultError {
  return error instanceof VaultError;
}

/** Any thrown value as a typed vault error; unknown failures become a generic storage failure. */
export function toVaultError(error: unknown): VaultError {
  return isVaultError(error) ? error : new VaultError('storage-failed', { cause: error });
}
