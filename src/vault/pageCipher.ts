/**
 * Seals and opens the encrypted pages that hold every record: one page per collection and span
 * (a month of check-ins, one module's answers, the settings). A page id is an HMAC of collection
 * and span under a key derived from the data key, so the stored rows name neither. The additional
 * data binds page id and format version: a page copied to another id, swapped with another page or
 * brought from another database fails authentication.
 * PRIVACY: plaintext is padded to whole KiB so sizes say little about what a page holds.
 */
import { aesGcmDecrypt, aesGcmEncrypt, IV_BYTES, newIv } from './aesGcm';
import { utf8Decode, utf8Encode, type Bytes } from './bytes';
import { assertEpoch, onKeyDropped, requireSession } from './vaultState';

export const PAGE_FORMAT_VERSION = 1;
export const PAGE_BUCKET_BYTES = 1024;
const PAGE_ID_BYTES = 16;

export type StoredPage = { id: string; v: number; iv: Bytes; ct: Bytes };
/** What a page holds: its collection, its span and its records by id. */
export type PageContent = { c: string; s: string; r: Record<string, unknown> };
export type OpenedPage = { ok: true; id: string; iv: Bytes; content: PageContent } | { ok: false; id: string; iv?: Bytes };

function pageAad(id: string, v: number): Bytes {
  return utf8Encode(`polku/page|${id}|v${v}`);
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

const idCache = new Map<string, { epoch: number; id: Promise<string> }>();
onKeyDropped(() => idCache.clear());

/** The opaque id of one page: 128 bits of HMAC-SHA-256 over collection and span, base64url. */
export function pageIdFor(collection: string, span: string): Promise<string> {
  const { keys, epoch } = requireSession();
  const name = `${collection}\u0000${span}`;
  const cached = idCache.get(name);
  if (cached?.epoch === epoch) return cached.id;
  const id = crypto.subtle.sign('HMAC', keys.pageId, utf8Encode(`polku/page-id|${name}`)).then((mac) => base64url(new Uint8Array(mac, 0, PAGE_ID_BYTES)));
  if (idCache.size > 4096) idCache.clear();
  idCache.set(name, { epoch, id });
  return id;
}

/** JSON padded with spaces to the next whole KiB (JSON.parse ignores trailing whitespace). */
export function encodePage(content: PageContent): Bytes {
  const json = utf8Encode(JSON.stringify(content));
  const size = Math.max(PAGE_BUCKET_BYTES, Math.ceil(json.length / PAGE_BUCKET_BYTES) * PAGE_BUCKET_BYTES);
  const out = new Uint8Array(size).fill(0x20);
  out.set(json);
  json.fill(0);
  return out;
}

/** Encrypts a page with a fresh IV. Throws Locked when the vault locks meanwhile. */
export async function sealPage(id: string, content: PageContent): Promise<StoredPage> {
  const { keys, epoch } = requireSession();
  const plaintext = encodePage(content);
  try {
    const iv = newIv();
    const ct = await aesGcmEncrypt(keys.page, iv, plaintext, pageAad(id, PAGE_FORMAT_VERSION));
    assertEpoch(epoch);
    return { id, v: PAGE_FORMAT_VERSION, iv, ct };
  } finally {
    plaintext.fill(0);
  }
}

function isPageContent(value: unknown): value is PageContent {
  if (typeof value !== 'object' || value === null) return false;
  const { c, s, r } = value as Record<string, unknown>;
  return typeof c === 'string' && typeof s === 'string' && typeof r === 'object' && r !== null && !Array.isArray(r);
}

type DecryptedRow = { ok: true; id: string; iv: Bytes; text: string } | { ok: false; id: string; iv?: Bytes };

async function decryptRow(key: CryptoKey, row: unknown): Promise<DecryptedRow> {
  const r = (typeof row === 'object' && row !== null ? row : {}) as Partial<StoredPage>;
  const id = typeof r.id === 'string' ? r.id : '';
  const iv = r.iv instanceof Uint8Array && r.iv.length === IV_BYTES ? new Uint8Array(r.iv) : undefined;
  if (!iv || r.v !== PAGE_FORMAT_VERSION || !(r.ct instanceof Uint8Array)) return { ok: false, id, ...(iv ? { iv } : {}) };
  try {
    const pt = await aesGcmDecrypt(key, iv, new Uint8Array(r.ct), pageAad(id, r.v));
    const text = utf8Decode(pt);
    pt.fill(0);
    return { ok: true, id, iv, text };
  } catch {
    return { ok: false, id, iv };
  }
}

function parseContent(text: string): PageContent | undefined {
  try {
    const content: unknown = JSON.parse(text);
    return isPageContent(content) ? content : undefined;
  } catch {
    return undefined;
  }
}

async function openOne(key: CryptoKey, row: unknown): Promise<OpenedPage> {
  const decrypted = await decryptRow(key, row);
  if (!decrypted.ok) return decrypted;
  const { id, iv, text } = decrypted;
  const content = parseContent(text);
  return content ? { ok: true, id, iv, content } : { ok: false, id, iv };
}

/** A page whose records are parsed only when first asked for (undefined: not page content). */
export type LazyPage = { ok: true; id: string; iv: Bytes; c: string; s: string; records: () => Record<string, unknown> | undefined } | { ok: false; id: string; iv?: Bytes };

// What `JSON.stringify({ c, s, r })` starts with: the collection and span, each a JSON string.
const HEADER = /^\{"c":("(?:[^"\\]|\\.)*"),"s":("(?:[^"\\]|\\.)*"),"r":/;

function lazyContent(text: string): { c: string; s: string; records: () => Record<string, unknown> | undefined } | undefined {
  const header = HEADER.exec(text);
  if (!header) {
    const content = parseContent(text);
    return content && { c: content.c, s: content.s, records: () => content.r };
  }
  let c: unknown;
  let s: unknown;
  try {
    c = JSON.parse(header[1] ?? '');
    s = JSON.parse(header[2] ?? '');
  } catch {
    return undefined;
  }
  if (typeof c !== 'string' || typeof s !== 'string') return undefined;
  return {
    c,
    s,
    records: () => {
      const content = parseContent(text);
      return content && content.c === c && content.s === s ? content.r : undefined;
    },
  };
}

async function openOneLazily(key: CryptoKey, row: unknown): Promise<LazyPage> {
  const decrypted = await decryptRow(key, row);
  if (!decrypted.ok) return decrypted;
  const { id, iv, text } = decrypted;
  const content = lazyContent(text);
  return content ? { ok: true, id, iv, ...content } : { ok: false, id, iv };
}

/** Opens every row with the session's page key; throws Locked if the key goes mid-way. */
async function openEach<T>(rows: readonly unknown[], open: (key: CryptoKey, row: unknown) => Promise<T>): Promise<T[]> {
  const { keys, epoch } = requireSession();
  const opened = await Promise.all(rows.map((row) => open(keys.page, row)));
  assertEpoch(epoch);
  return opened;
}

/**
 * Decrypts many pages but parses only each page's collection and span: the records of a
 * collection no screen has asked for yet (ten years of urge logs while the tracker opens) are
 * parsed when first read. A page that fails authentication comes back `{ ok: false }`; one whose
 * records turn out unreadable answers undefined. Throws Locked if the key goes mid-way.
 * PRIVACY: the decrypted text is held until parsed, and goes with the page cache at lock.
 */
export function openPagesLazily(rows: readonly unknown[]): Promise<LazyPage[]> {
  return openEach(rows, openOneLazily);
}

/**
 * Decrypts many pages; one that fails authentication or parsing comes back `{ ok: false }` and
 * the others still open. Throws Locked if the key goes mid-way.
 */
export function openPages(rows: readonly unknown[]): Promise<OpenedPage[]> {
  return openEach(rows, openOne);
}
