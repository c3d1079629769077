/**
 * Seals and opens stored records: the person's answers, check-ins, urge logs and settings, as
 * `{ id, v, iv, ct }`. The additional data binds table, id and format version, so a ciphertext
 * copied to another row or table fails authentication.
 * PRIVACY: plaintext is padded to 64-byte buckets so ciphertext sizes say less about lengths.
 */
import { aesGcmDecrypt, aesGcmEncrypt, newIv, IV_BYTES } from './aesGcm';
import { utf8Decode, utf8Encode, type Bytes } from './bytes';
import { assertEpoch, requireDataKey } from './vaultState';

export const RECORD_FORMAT_VERSION = 1;
const PAD_BUCKET = 64;

export type StoredRecord = { id: string; v: number; iv: Bytes; ct: Bytes };
export type OpenedRecord = { ok: true; id: string; value: unknown } | { ok: false; id: string };

export function recordAad(table: string, id: string, v: number): Bytes {
  return utf8Encode(`polku/record|${table}|${id}|v${v}`);
}

/** JSON, then spaces up to the next bucket: JSON.parse ignores trailing whitespace. */
export function encodePadded(value: unknown): Bytes {
  const json = utf8Encode(JSON.stringify(value));
  const size = Math.max(PAD_BUCKET, Math.ceil(json.length / PAD_BUCKET) * PAD_BUCKET);
  const out = new Uint8Array(size).fill(0x20);
  out.set(json);
  json.fill(0);
  return out;
}

/** Encrypts with an explicit IV; only tests (known-answer) and sealRecord call this. */
export async function sealWithKey(key: CryptoKey, table: string, id: string, iv: Bytes, plaintext: Bytes): Promise<StoredRecord> {
  const ct = await aesGcmEncrypt(key, iv, plaintext, recordAad(table, id, RECORD_FORMAT_VERSION));
  return { id, v: RECORD_FORMAT_VERSION, iv, ct };
}

/** Encrypts one value under the session key. Throws Locked when the vault is locked. */
export async function sealRecord(table: string, id: string, value: unknown): Promise<StoredRecord> {
  const { key, epoch } = requireDataKey();
  const plaintext = encodePadded(value);
  try {
    const record = await sealWithKey(key, table, id, newIv(), plaintext);
    assertEpoch(epoch);
    return record;
  } finally {
    plaintext.fill(0);
  }
}

function isStoredShape(row: unknown): row is StoredRecord {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.v === 'number' &&
    r.iv instanceof Uint8Array &&
    r.iv.length === IV_BYTES &&
    r.ct instanceof Uint8Array
  );
}

/**
 * Decrypts many rows; a row that fails authentication or parsing comes back `{ ok: false }`
 * instead of garbage, and the others still open. Throws Locked if the key goes mid-way.
 */
export async function openRecords(table: string, rows: readonly unknown[]): Promise<OpenedRecord[]> {
  const { key, epoch } = requireDataKey();
  const opened = await Promise.all(rows.map((row) => openOne(key, table, row)));
  assertEpoch(epoch);
  return opened;
}

async function openOne(key: CryptoKey, table: string, row: unknown): Promise<OpenedRecord> {
  const id = typeof row === 'object' && row !== null && typeof (row as { id?: unknown }).id === 'string' ? (row as { id: string }).id : '';
  if (!isStoredShape(row) || row.v !== RECORD_FORMAT_VERSION) return { ok: false, id };
  try {
    const pt = await aesGcmDecrypt(key, row.iv, row.ct, recordAad(table, row.id, row.v));
    const value: unknown = JSON.parse(utf8Decode(pt));
    pt.fill(0);
    return { ok: true, id: row.id, value };
  } catch {
    return { ok: false, id };
  }
}
