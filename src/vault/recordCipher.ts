/**
 * The v1 record format, kept only to open what older versions wrote: `{ id, v, iv, ct }` sealed
 * one by one under the data key, with additional data binding table, id and format version.
 * New data is written in pages (pageCipher.ts); after the move to pages nothing calls this.
 */
import { aesGcmDecrypt, aesGcmEncrypt, IV_BYTES } from './aesGcm';
import { utf8Decode, utf8Encode, type Bytes } from './bytes';
import { assertEpoch, requireSession } from './vaultState';

export const RECORD_FORMAT_VERSION = 1;

export type StoredRecord = { id: string; v: number; iv: Bytes; ct: Bytes };
export type OpenedRecord = { ok: true; id: string; value: unknown } | { ok: false; id: string };

export function recordAad(table: string, id: string, v: number): Bytes {
  return utf8Encode(`polku/record|${table}|${id}|v${v}`);
}

/** Encrypts with an explicit key and IV, exactly as v1 did; the known-answer tests pin it. */
export async function sealWithKey(key: CryptoKey, table: string, id: string, iv: Bytes, plaintext: Bytes): Promise<StoredRecord> {
  const ct = await aesGcmEncrypt(key, iv, plaintext, recordAad(table, id, RECORD_FORMAT_VERSION));
  return { id, v: RECORD_FORMAT_VERSION, iv, ct };
}

function isStoredShape(row: unknown): row is StoredRecord {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  return typeof r.id === 'string' && typeof r.v === 'number' && r.iv instanceof Uint8Array && r.iv.length === IV_BYTES && r.ct instanceof Uint8Array;
}

async function openOne(key: CryptoKey, table: string, row: unknown): Promise<OpenedRecord> {
  const id = typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'string' ? (row as { id: string }).id : '';
  if (!isStoredShape(row) || row.v !== RECORD_FORMAT_VERSION) return { ok: false, id };
  try {
    const pt = await aesGcmDecrypt(key, new Uint8Array(row.iv), new Uint8Array(row.ct), recordAad(table, row.id, row.v));
    const value: unknown = JSON.parse(utf8Decode(pt));
    pt.fill(0);
    return { ok: true, id: row.id, value };
  } catch {
    return { ok: false, id };
  }
}

/**
 * Decrypts v1 rows of one table; a row that fails authentication or parsing comes back
 * `{ ok: false }` and the others still open. Throws Locked if the key goes mid-way.
 */
export async function openRecords(table: string, rows: readonly unknown[]): Promise<OpenedRecord[]> {
  const { keys, epoch } = requireSession();
  const opened = await Promise.all(rows.map((row) => openOne(keys.legacy, table, row)));
  assertEpoch(epoch);
  return opened;
}
