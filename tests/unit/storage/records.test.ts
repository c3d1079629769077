import { describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { findCanary } from '../../fixtures/vault/canarySearch';
import { closeDb, openDb } from '../../../src/storage/db';
import { pageStats } from '../../../src/storage/pageStore';
import { defineRecords } from '../../../src/storage/records';
import { PAGES_TABLE } from '../../../src/storage/schemaNames';
import { createVault, unlockWithPassphrase } from '../../../src/storage/vaultKeys';
import { LockedError, StorageFullError } from '../../../src/vault/errors';
import { aesGcmEncrypt, newIv } from '../../../src/vault/aesGcm';
import { PAGE_BUCKET_BYTES, pageIdFor } from '../../../src/vault/pageCipher';
import { lockVault, requireSession } from '../../../src/vault/vaultState';
import { FAST, PASSPHRASE, dumpBytes, guardCryptoOutsideTransactions, rawDump, rawPut, useFreshVault } from './support';

const CANARY = 'CANARY-7f3a-kirjoitettu-yöllä';

useFreshVault();
guardCryptoOutsideTransactions();

const entrySchema = z.object({ id: z.string(), text: z.string(), day: z.string() });
type Entry = z.infer<typeof entrySchema>;
/** Dated entries, one page per month, like check-ins and urge logs. */
const urges = defineRecords({ collection: 'urges', schema: entrySchema, idOf: (e) => e.id, spanOf: (e) => e.day.slice(0, 7) });
const notes = defineRecords({ collection: 'notes', schema: entrySchema, idOf: (e) => e.id, spanOf: () => '' });

const entry = (id: string, text: string, day = '2026-11-21'): Entry => ({ id, text, day });
const texts = async (store = urges) => [...(await store.load()).values()].map((e) => e.text).sort();
const pageRows = async () => (await rawDump()).find((s) => s.name === PAGES_TABLE)?.rows ?? [];

async function unlockedWith(entries: Entry[]) {
  await createVault(PASSPHRASE, undefined, FAST);
  await Promise.all(entries.map((e) => urges.save(e)));
}

/** A reload: every decrypted value is dropped and the pages are read back from IndexedDB. */
async function reload() {
  lockVault();
  closeDb();
  await unlockWithPassphrase(PASSPHRASE);
}

describe('pages at rest', () => {
  test('keep no plaintext: the canary, dates, collection names and kinds are absent from every raw key and value', async () => {
    await unlockedWith([entry('a', CANARY), entry('b', `${CANARY} again`)]);
    await notes.save(entry('n', 'note'));
    const bytes = dumpBytes(await rawDump());
    for (const secret of [CANARY, '2026-11-21', '2026-11', 'urges', 'notes', PASSPHRASE]) expect(findCanary(bytes, secret), secret).toEqual([]);
  });

  test('one table of opaque pages: ids are 128-bit HMACs, nothing is indexed, sizes are whole KiB', async () => {
    await unlockedWith([entry('a', 'x', '2026-10-01'), entry('b', 'y'.repeat(1500), '2026-11-02'), entry('c', 'z', '2026-11-03')]);
    await notes.save(entry('n', 'note'));
    const db = await openDb();
    expect(db.tables.map((t) => t.name).sort()).toEqual(['m', 'p', 's']);
    for (const store of await rawDump()) expect(store.indexes).toEqual([]);
    const rows = await pageRows();
    // Two months of urges and one page of notes.
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(String(row.key)).toMatch(/^[A-Za-z0-9_-]{22}$/);
      const value = row.value as { ct: Uint8Array };
      expect(Object.keys(row.value as object).sort()).toEqual(['ct', 'id', 'iv', 'v']);
      expect((value.ct.length - 16) % PAGE_BUCKET_BYTES).toBe(0);
    }
    expect(rows.map((r) => (r.value as { ct: Uint8Array }).ct.length).sort((a, b) => a - b)).toEqual([1040, 1040, 2064]);
  });

  test('the raw search does find a canary stored in plaintext (negative control)', async () => {
    await unlockedWith([]);
    await rawPut(PAGES_TABLE, { id: 'plain', v: 1, iv: new Uint8Array(12), ct: new TextEncoder().encode(CANARY) });
    expect(findCanary(dumpBytes(await rawDump()), CANARY)).toContain('utf-8');
  });

  test('every write seals the page again with a fresh IV', async () => {
    await unlockedWith([entry('a', 'one')]);
    const first = (await pageRows())[0]?.value as { iv: Uint8Array };
    await urges.save(entry('a', 'one'));
    const second = (await pageRows())[0]?.value as { iv: Uint8Array };
    expect([...second.iv]).not.toEqual([...first.iv]);
  });
});

describe('typed records', () => {
  test('round-trip through a reload, by id, across pages', async () => {
    await unlockedWith([entry('a', 'one', '2026-01-01'), entry('b', 'two', '2026-02-01')]);
    await urges.save(entry('a', 'one, edited', '2026-01-01'));
    await urges.remove('b');
    await reload();
    expect(await texts()).toEqual(['one, edited']);
    expect(pageStats()).toMatchObject({ damaged: 0 });
  });

  test('values typed in a row collapse into few writes, and the last one wins', async () => {
    await unlockedWith([]);
    const db = await openDb();
    const put = vi.spyOn(db.pages, 'put');
    await Promise.all(Array.from({ length: 20 }, (_, i) => urges.save(entry('a', `draft ${i}`))));
    expect(put.mock.calls.length).toBeLessThanOrEqual(2);
    put.mockRestore();
    await reload();
    expect(await texts()).toEqual(['draft 19']);
  });

  test('refuse values that fail the schema; a stored value that no longer fits is counted, not shown', async () => {
    await unlockedWith([entry('a', 'fine')]);
    await expect(urges.save({ id: 'b', text: 1 } as unknown as Entry)).rejects.toThrow();
    const loose = defineRecords({ collection: 'urges', schema: z.object({ id: z.string(), day: z.string() }).passthrough(), idOf: (e) => e.id, spanOf: (e) => e.day.slice(0, 7) });
    await loose.save({ id: 'odd', day: '2026-11-30' });
    await reload();
    expect(await texts()).toEqual(['fine']);
    expect(urges.invalidCount()).toBe(1);
  });

  test('refuse ids a backup could not restore (reserved words, empty, too long), writing nothing', async () => {
    await unlockedWith([entry('a', 'fine')]);
    const before = dumpBytes(await rawDump());
    for (const id of ['__proto__', 'constructor', 'prototype', '', 'x'.repeat(257)]) {
      await expect(urges.save(entry(id, 'never stored'))).rejects.toThrow(/record id/);
    }
    expect(dumpBytes(await rawDump())).toEqual(before);
    expect(await texts()).toEqual(['fine']);
  });

  test('an upgrade brings older stored shapes up to date before the schema checks them', async () => {
    await unlockedWith([]);
    const old = defineRecords({ collection: 'notes', schema: z.object({ id: z.string(), words: z.string() }), idOf: (e) => e.id, spanOf: () => '' });
    await old.save({ id: 'n', words: 'from before' });
    const current = defineRecords({
      collection: 'notes',
      schema: entrySchema,
      idOf: (e) => e.id,
      spanOf: () => '',
      upgrade: (stored) => ('words' in (stored as object) ? { id: (stored as { id: string }).id, text: (stored as { words: string }).words, day: '' } : stored),
    });
    await reload();
    expect(await texts(current)).toEqual(['from before']);
  });
});

describe('damaged pages', () => {
  async function twoMonths() {
    await unlockedWith([entry('a', 'october', '2026-10-01'), entry('b', 'november', '2026-11-01')]);
    const rows = await pageRows();
    const [first, second] = rows.map((r) => r.value as { id: string; v: number; iv: Uint8Array; ct: Uint8Array });
    if (!first || !second) throw new Error('two pages expected');
    return { first, second };
  }

  test.each(['iv', 'ct', 'tag', 'truncated'] as const)('a page with a flipped %s is reported damaged and every other page loads', async (part) => {
    const { first } = await twoMonths();
    const bytes = part === 'iv' ? first.iv : first.ct;
    if (part === 'truncated') await rawPut(PAGES_TABLE, { ...first, ct: first.ct.slice(0, 40) });
    else {
      const index = part === 'tag' ? bytes.length - 1 : 5;
      bytes[index] = (bytes[index] ?? 0) ^ 0x10;
      await rawPut(PAGES_TABLE, first);
    }
    await reload();
    expect((await texts()).length).toBe(1);
    expect(pageStats()).toMatchObject({ damaged: 1, pages: 1 });
  });

  test('pages swapped with each other, or copied from another database, fail authentication', async () => {
    const { first, second } = await twoMonths();
    await rawPut(PAGES_TABLE, { ...first, id: second.id });
    await rawPut(PAGES_TABLE, { ...second, id: first.id });
    await reload();
    expect(await texts()).toEqual([]);
    expect(pageStats()).toMatchObject({ damaged: 2 });
    // A page sealed under another vault's key, stored under an id of this one.
    const stranger = { ...second, ct: second.ct.map((b) => b ^ 0xff) };
    await rawPut(PAGES_TABLE, stranger);
    await reload();
    expect(pageStats()).toMatchObject({ damaged: 2 });
  });

  test('a new write to a damaged page replaces it and the rest stay', async () => {
    const { first } = await twoMonths();
    first.ct[3] = (first.ct[3] ?? 0) ^ 1;
    await rawPut(PAGES_TABLE, first);
    await reload();
    const [survivor] = await texts();
    const damagedDay = survivor === 'october' ? '2026-11-15' : '2026-10-15';
    await urges.save(entry('c', 'written after the damage', damagedDay));
    await reload();
    expect(await texts()).toEqual([survivor, 'written after the damage'].sort());
    expect(pageStats()).toMatchObject({ damaged: 0 });
  });
});

describe('pages parsed when first read', () => {
  /** A page that authenticates (sealed with this vault's key and its id) but holds cut-off JSON. */
  async function sealBroken(collection: string, span: string) {
    const id = await pageIdFor(collection, span);
    const iv = newIv();
    const text = `{"c":${JSON.stringify(collection)},"s":${JSON.stringify(span)},"r":{"a":`;
    const ct = await aesGcmEncrypt(requireSession().keys.page, iv, new TextEncoder().encode(text), new TextEncoder().encode(`polku/page|${id}|v1`));
    await rawPut(PAGES_TABLE, { id, v: 1, iv, ct });
  }

  test('a page whose records cannot be read is damaged once read; the other pages and collections load, and a write replaces it', async () => {
    await unlockedWith([entry('a', 'october', '2026-10-01'), entry('b', 'november', '2026-11-01')]);
    await notes.save(entry('n', 'a note'));
    await sealBroken('urges', '2026-10');
    await reload();
    expect(await texts(notes)).toEqual(['a note']);
    expect(await texts()).toEqual(['november']);
    expect(pageStats()).toMatchObject({ damaged: 1 });
    await urges.save(entry('c', 'written after the damage', '2026-10-15'));
    await reload();
    expect(await texts()).toEqual(['november', 'written after the damage']);
    expect(pageStats()).toMatchObject({ damaged: 0 });
  });
});

describe('locking', () => {
  test('after lock every call throws Locked and the session keys cannot be exported', async () => {
    await unlockedWith([entry('a', 'secret')]);
    const exported = await crypto.subtle.exportKey('raw', requireSession().keys.page).then(
      () => 'exported',
      (error: unknown) => (error as { name?: string }).name,
    );
    expect(exported).toMatch(/^InvalidAccess(Error|Exception)$/);
    lockVault();
    expect(urges.peek()).toBeUndefined();
    await expect(urges.load()).rejects.toBeInstanceOf(LockedError);
    await expect(urges.save(entry('b', 'late'))).rejects.toBeInstanceOf(LockedError);
    await expect(urges.remove('a')).rejects.toBeInstanceOf(LockedError);
  });

  test('a write still sealing when the vault locks fails with Locked (the screen keeps the text)', async () => {
    await unlockedWith([entry('a', 'kept')]);
    const pending = urges.save(entry('a', 'typed just before the lock'));
    lockVault();
    await expect(pending).rejects.toBeInstanceOf(LockedError);
    await unlockWithPassphrase(PASSPHRASE);
    expect(await texts()).toEqual(['kept']);
  });

  test('a load that was decrypting when the vault locked throws Locked instead of returning data', async () => {
    await unlockedWith([entry('a', 'x')]);
    lockVault();
    closeDb();
    const unlocking = unlockWithPassphrase(PASSPHRASE);
    await unlocking;
    lockVault();
    await expect(urges.load()).rejects.toBeInstanceOf(LockedError);
  });
});

describe('storage trouble', () => {
  test('QuotaExceededError becomes StorageFull and the write leaves nothing behind', async () => {
    await unlockedWith([entry('a', 'kept')]);
    const db = await openDb();
    const before = await rawDump();
    vi.spyOn(db.pages, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(urges.save(entry('b', 'too much'))).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await rawDump()).toEqual(before);
  });
});
