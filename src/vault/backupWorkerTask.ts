/**
 * Opening a backup inside the Argon2id worker: the known-answer self-test, then the whole pipeline
 * of backupEnvelope.ts with Argon2id computed right here. Answers with the validated payload or one
 * error code. PRIVACY: no detail of a failure crosses back; the passphrase bytes are zeroed.
 */
import { computeArgon2id } from './argon2Compute';
import type { Argon2Response, BackupOpenErrorCode, KdfStage } from './argon2Protocol';
import { selfTestArgon2id } from './argon2SelfTest';
import { openBackupWith } from './backupEnvelope';
import type { Bytes } from './bytes';
import { VaultError } from './errors';

const PASSED_ON: readonly BackupOpenErrorCode[] = ['backup-too-large', 'no-webassembly'];

export async function openBackupTask(file: Uint8Array, password: Bytes, onStage: (stage: KdfStage) => void): Promise<Argon2Response> {
  try {
    const payload = await openBackupWith(file, password, async (bytes, salt, params) => {
      try {
        if (!(await selfTestArgon2id())) throw new Error('argon2id self-test failed');
        onStage('deriving');
        return await computeArgon2id(bytes, salt, params);
      } finally {
        bytes.fill(0);
      }
    });
    return { type: 'backup', payload };
  } catch (error) {
    const code = error instanceof VaultError && (PASSED_ON as readonly string[]).includes(error.code) ? (error.code as BackupOpenErrorCode) : 'backup-invalid';
    return { type: 'backup-error', code };
  }
}
