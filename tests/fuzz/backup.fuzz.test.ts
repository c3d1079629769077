/**
 * Fuzzing the backup reader (issue 13): at least 10,000 mutated backup files (bit flips, byte
 * changes, insertions, deletions, truncations, splices, changed JSON values) and 10,000 mutated
 * payloads must each be refused with a typed error or open to exactly the original content, with
 * zero crashes, and the database byte-for-byte unchanged throughout. A seeded generator makes every
 * run repeatable (POLKU_FUZZ_SEED, POLKU_FUZZ_RUNS to change them).
 * Argon2id is the real one, memoised by its inputs (a pure function), so the 10,000 files take
 * minutes, not hours; every file whose header changes still derives a fresh key.
 */
import { describe, expect, test, vi } from 'vitest';
import { createBackup, openBackupFile } from '../../src/storage/backupPages';
import { parseUntrustedJson, validatePayload, type BackupPayload } from '../../src/vault/backupPayload';
import { VaultError } from '../../src/vault/errors';
import { dbDigest, seedVault, BACKUP_PASSPHRASE } from '../unit/storage/backupSupport';
import { FAST, PASSPHRASE, useFreshVault } from '../unit/storage/support';

vi.mock('../../src/vault/argon2Compute', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/vault/argon2Compute')>();
  const memo = new Map<string, Uint8Array>();
  return {
    computeArgon2id: async (...[password, salt, params]: Parameters<typeof original.computeArgon2id>) => {
      const key = `${Buffer.from(password).toString('hex')}|${Buffer.from(salt).toString('hex')}|${params.m}|${params.t}|${params.p}`;
      let out = memo.get(key);
      if (!out) {
        out = new Uint8Array(await original.computeArgon2id(new Uint8Array(password), new Uint8Array(salt), params));
        if (memo.size > 2000) memo.clear();
        memo.set(key, out);
      }
      return new Uint8Array(out);
    },
  };
});

useFreshVault();

const RUNS = Number(process.env.POLKU_FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.POLKU_FUZZ_SEED ?? 0x13_2026);

/** xorshift32: small, seeded, repeatable. */
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  const next = () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x1_0000_0000;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T };
}

const INTERESTING = ['0', '-1', '1e309', '19456', '262145', '""', 'null', 'true', '[]', '{}', '"__proto__"', '"AAAA"', '"vault/backup"', '1.5', '"\\u0000"'];

function mutateBytes(file: Uint8Array, r: ReturnType<typeof rng>): Uint8Array {
  const out = [...file];
  const kind = r.int(9);
  const at = r.int(out.length);
  switch (kind) {
    case 0:
      out[at] = (out[at] ?? 0) ^ (1 << r.int(8));
      break;
    case 1:
      out[at] = r.int(256);
      break;
    case 2:
      out.splice(at, 0, ...Array.from({ length: 1 + r.int(8) }, () => r.int(256)));
      break;
    case 3:
      out.splice(at, 1 + r.int(16));
      break;
    case 4:
      return file.subarray(0, r.int(file.length));
    case 5:
      return new Uint8Array([...file, ...Array.from({ length: 1 + r.int(32) }, () => r.int(256))]);
    case 6: {
      // Replace one base64 character with another valid one (changes bytes inside salt, IV or ct).
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      const text = new TextDecoder().decode(file);
      const quoteAt = text.indexOf('"ct":"') + 6;
      const i = r.next() < 0.5 ? quoteAt + r.int(text.length - quoteAt - 3) : r.int(text.length);
      if (!alphabet.includes(text[i] ?? '')) return mutateBytes(file, r);
      return new TextEncoder().encode(text.slice(0, i) + r.pick([...alphabet]) + text.slice(i + 1));
    }
    case 7: {
      // Swap a JSON value for an interesting one.
      const text = new TextDecoder().decode(file);
      const fields = [...text.matchAll(/:(\d+|"[^"]*")/g)];
      const field = r.pick(fields);
      if (!field || field.index === undefined) return mutateBytes(file, r);
      return new TextEncoder().encode(text.slice(0, field.index + 1) + r.pick(INTERESTING) + text.slice(field.index + field[0].length));
    }
    default: {
      // Several flips at once.
      for (let i = 0; i < 2 + r.int(6); i += 1) {
        const j = r.int(out.length);
        out[j] = (out[j] ?? 0) ^ (1 << r.int(8));
      }
    }
  }
  return new Uint8Array(out);
}

function mutateJson(text: string, r: ReturnType<typeof rng>): string {
  const kind = r.int(5);
  const at = r.int(text.length);
  switch (kind) {
    case 0:
      return text.slice(0, at) + text.slice(at + 1 + r.int(8));
    case 1:
      return text.slice(0, at) + r.pick(['{', '}', '[', ']', ',', ':', '"', '\\', '0', ' ']) + text.slice(at);
    case 2: {
      const fields = [...text.matchAll(/:(-?\d+|"[^"]*"|true|false|null)/g)];
      const field = r.pick(fields);
      if (!field || field.index === undefined) return text;
      return text.slice(0, field.index + 1) + r.pick([...INTERESTING, '{"__proto__":{"x":1}}', `"${'y'.repeat(1_000_001)}"`]) + text.slice(field.index + field[0].length);
    }
    case 3: {
      const keys = [...text.matchAll(/"([a-zA-Z0-9-]+)":/g)];
      const key = r.pick(keys);
      if (!key || key.index === undefined) return text;
      return text.slice(0, key.index) + r.pick(['"__proto__":', '"constructor":', '"x":', '"c":', '"counts":']) + text.slice(key.index + key[0].length);
    }
    default:
      return text.slice(0, at);
  }
}

describe('fuzz', () => {
  test(`${RUNS} mutated backup files: refused with a typed error or opened unchanged; the database never changes`, async () => {
    await seedVault();
    const { bytes: file } = await createBackup(PASSPHRASE, { filePassphrase: BACKUP_PASSPHRASE, params: FAST });
    const original = (await openBackupFile(file, BACKUP_PASSPHRASE)).payload;
    const digest = await dbDigest();
    const r = rng(SEED);
    const outcomes = new Map<string, number>();
    for (let i = 0; i < RUNS; i += 1) {
      const mutated = mutateBytes(file, r);
      let outcome: string;
      try {
        const { payload } = await openBackupFile(mutated, BACKUP_PASSPHRASE);
        expect(payload, `run ${i} opened to different content`).toEqual(original);
        outcome = 'opened-unchanged';
      } catch (error) {
        if (!(error instanceof VaultError)) throw new Error(`run ${i} (seed ${SEED}) crashed: ${String(error)}`);
        outcome = error.code;
      }
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      if (i % 1000 === 999) expect(await dbDigest(), `database changed by run ${i}`).toBe(digest);
    }
    expect(await dbDigest()).toBe(digest);
    expect([...outcomes.keys()].every((k) => ['backup-invalid', 'backup-too-large', 'opened-unchanged'].includes(k)), JSON.stringify([...outcomes])).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    console.info(`backup fuzz (seed ${SEED}): ${JSON.stringify(Object.fromEntries(outcomes))}`);
  });

  test(`${RUNS} mutated payloads: parsed and validated or refused with PayloadError or SyntaxError, never anything else`, async () => {
    await seedVault();
    const { bytes } = await createBackup(PASSPHRASE, { params: FAST });
    const payload: BackupPayload = (await openBackupFile(bytes, PASSPHRASE)).payload;
    const json = JSON.stringify(payload);
    const r = rng(SEED + 1);
    let accepted = 0;
    for (let i = 0; i < RUNS; i += 1) {
      let text = json;
      for (let k = 0; k < 1 + r.int(3); k += 1) text = mutateJson(text, r);
      try {
        validatePayload(parseUntrustedJson(text));
        accepted += 1;
      } catch (error) {
        const name = (error as Error).name;
        if (name !== 'PayloadError' && name !== 'SyntaxError') throw new Error(`payload run ${i} (seed ${SEED}) crashed: ${String(error)}`);
      }
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    console.info(`payload fuzz (seed ${SEED}): ${accepted} of ${RUNS} mutated payloads were still valid`);
  });
});
