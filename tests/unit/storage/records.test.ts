import { describe, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { findCanary } from '../../fixtures/vault/canarySearch';
import { openDb } from '../../../src/storage/db';
import { defineCollection, readable } from '../../../src/storage/records';
import { COLLECTION_TABLES } from '../../../src/storage/schemaNames';
import { createVault } from '../../../src/storage/vaultKeys';
import { LockedError, StorageFullError } from '../../../src/vault/errors';
import { isRandomId } from '../../../src/vault/random';
import { lockVault } from '../../../src/vault/session';
import { requireDataKey } from '../../../src/vault/vaultState';
import { FAST, PASSPHRASE, dumpBytes, guardCryptoOutsideTransactions, rawDump, rawGet, rawPut, useFreshVault } from './support';

const CANARY = 'CANARY-7f3a-kirjoitettu-yöllä';
const entrySchema = z.object({ text: z.string(), at: z.string(), kind: z.string() });
type Entry = z.infer<typeof entrySchema>;

useFreshVault();
guardCryptoOutsideTransactions();

async function unlockedWith(entries: Entry[]) {
  await createVault(PASSPHRASE, undefined, FAST);
  const urges = defineCollection('urges', entrySchema);
  const ids: string[] = [];
  for (const entry of entries) ids.push(await urges.put(entry));
  return { urges, ids };
}

const entry = (text: string): Entry => ({ text, at: '2026-11-21T23:41:00Z', kind: 'urge-log' });

describe('records at rest', () => {
  test('keeps no plaintext: the canary, dates and kinds are absent from every raw key and value', async () => {
    await unlockedWith([entry(CANARY), entry(`${CANARY} again`)]);
    const bytes = dumpBytes(await rawDump());
    expect(findCanary(bytes, CANARY)).toEqual([]);
    expect(findCanary(bytes, '2026-11-21')).toEqual([]);
    expect(findCanary(bytes, 'urge-log')).toEqual([]);
    expect(findCanary(bytes, PASSPHRASE)).toEqual([]);
  });

  test('the raw search does find a canary stored in plaintext (negative control)', async () => {
    await unlockedWith([]);
    await rawPut(COLLECTION_TABLES.answers, { id: crypto.randomUUID(), v: 1, iv: new Uint8Array(12), ct: new TextEncoder().encode(CANARY) });
    await rawPut(COLLECTION_TABLES.plans, { id: crypto.randomUUID(), note: new Uint8Array(Buffer.from(CANARY, 'utf16le')) });
    const found = findCanary(dumpBytes(await rawDump()), CANARY);
    expect(found).toContain('utf-8');
    expect(found).toContain('utf-16le');
    expect(findCanary(new TextEncoder().encode(`x${Buffer.from(`ab${CANARY}`).toString('base64')}`), CANARY).some((f) => f.startsWith('base64'))).toBe(true);
  });

  test('indexes nothing but the primary key id, and every stored id is a random UUIDv4', async () => {
    const { ids } = await unlockedWith([entry('a'), entry('b')]);
    const db = await openDb();
    for (const table of db.tables) {
      expect(table.schema.primKey.keyPath).toBe('id');
      expect(table.schema.indexes).toEqual([]);
    }
    for (const store of await rawDump()) expect(store.indexes).toEqual([]);
    expect(ids.every(isRandomId)).toBe(true);
    const row = (await rawGet(COLLECTION_TABLES.urges, ids[0] ?? '')) as Record<string, unknown>;
    expect(Object.keys(row).sort()).toEqual(['ct', 'id', 'iv', 'v']);
  });
});

describe('defineCollection', () => {
  test('round-trips values and lists them', async () => {
    const { urges, ids } = await unlockedWith([entry('one'), entry('two')]);
    expect(await urges.get(ids[0] ?? '')).toEqual(entry('one'));
    const listed = readable(await urges.list());
    expect(listed.map((x) => x.value.text).sort()).toEqual(['one', 'two']);
    await urges.remove(ids[0] ?? '');
    expect(await urges.get(ids[0] ?? '')).toBeUndefined();
  });

  test('refuses ids that are not random UUIDv4 and values that fail the schema', async () => {
    const { urges } = await unlockedWith([]);
    await expect(urges.put(entry('x'), 'today')).rejects.toThrow(TypeError);
    await expect(urges.put({ text: 1 } as unknown as Entry)).rejects.toThrow();
  });

  test.each(['iv', 'ct', 'tag'] as const)('a flipped bit in the %s marks only that record damaged', async (part) => {
    const { urges, ids } = await unlockedWith([entry('first'), entry('second'), entry('third')]);
    const target = ids[1] ?? '';
    const row = (await rawGet(COLLECTION_TABLES.urges, target)) as { iv: Uint8Array; ct: Uint8Array };
    const bytes = part === 'iv' ? row.iv : row.ct;
    const index = part === 'tag' ? bytes.length - 1 : part === 'ct' ? 3 : 5;
    bytes[index] = (bytes[index] ?? 0) ^ 0x10;
    await rawPut(COLLECTION_TABLES.urges, row);
    const listed = await urges.list();
    expect(listed.find((x) => x.id === target)).toEqual({ id: target, damaged: true });
    expect(readable(listed).map((x) => x.value.text).sort()).toEqual(['first', 'third']);
    await expect(urges.get(target)).rejects.toMatchObject({ code: 'damaged-record' });
  });

  test('a ciphertext copied into another row or another table fails authentication', async () => {
    const { urges, ids } = await unlockedWith([entry('mine'), entry('other')]);
    const a = (await rawGet(COLLECTION_TABLES.urges, ids[0] ?? '')) as { iv: Uint8Array; ct: Uint8Array };
    await rawPut(COLLECTION_TABLES.urges, { id: ids[1], v: 1, iv: a.iv, ct: a.ct });
    expect((await urges.list()).find((x) => x.id === ids[1])).toEqual({ id: ids[1], damaged: true });
    await rawPut(COLLECTION_TABLES.answers, { id: ids[0], v: 1, iv: a.iv, ct: a.ct });
    const answers = defineCollection('answers', entrySchema);
    expect(await answers.list()).toEqual([{ id: ids[0], damaged: true }]);
  });

  test('after lock every call throws Locked and the session key cannot be exported', async () => {
    const { urges, ids } = await unlockedWith([entry('secret')]);
    const exported = await crypto.subtle.exportKey('raw', requireDataKey().key).then(
      () => 'exported',
      (error: unknown) => (error as { name?: string }).name,
    );
    // Node names it InvalidAccessException under happy-dom; browsers say InvalidAccessError.
    expect(exported).toMatch(/^InvalidAccess(Error|Exception)$/);
    lockVault();
    expect(() => requireDataKey()).toThrow(LockedError);
    await expect(urges.list()).rejects.toBeInstanceOf(LockedError);
    await expect(urges.get(ids[0] ?? '')).rejects.toBeInstanceOf(LockedError);
    await expect(urges.put(entry('late'))).rejects.toBeInstanceOf(LockedError);
    await expect(urges.remove(ids[0] ?? '')).rejects.toBeInstanceOf(LockedError);
  });

  test('a list that was decrypting when the vault locked throws Locked instead of returning data', async () => {
    const { urges } = await unlockedWith([entry('a'), entry('b')]);
    const pending = urges.list();
    lockVault();
    await expect(pending).rejects.toBeInstanceOf(LockedError);
  });

  test('QuotaExceededError becomes StorageFull and the write leaves nothing behind', async () => {
    const { urges } = await unlockedWith([entry('kept')]);
    const db = await openDb();
    const before = await rawDump();
    vi.spyOn(db.envelopes(COLLECTION_TABLES.urges), 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(urges.put(entry('too much'))).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await rawDump()).toEqual(before);
    expect(readable(await urges.list()).map((x) => x.value.text)).toEqual(['kept']);
  });
});

describe('prefetchCollections', () => {
  test('reads ciphertext ahead while locked; the next list decrypts it, and a later write is not missed', async () => {
    const { urges } = await unlockedWith([entry('before lock')]);
    lockVault();
    const { prefetchCollections } = await import('../../../src/storage/records');
    const { unlockWithPassphrase } = await import('../../../src/storage/vaultKeys');
    prefetchCollections(['urges']);
    await unlockWithPassphrase(PASSPHRASE);
    expect(readable(await urges.list()).map((x) => x.value.text)).toEqual(['before lock']);
    prefetchCollections(['urges']);
    await urges.put(entry('after prefetch'));
    expect(readable(await urges.list()).map((x) => x.value.text).sort()).toEqual(['after prefetch', 'before lock']);
  });
});
