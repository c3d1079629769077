import { describe, expect, test, vi } from 'vitest';
import { toHex } from '../../../src/vault/bytes';
import { randomBytes, randomId, isRandomId, randomIndex } from '../../../src/vault/random';
import { openPages, pageIdFor, sealPage } from '../../../src/vault/pageCipher';
import { openRecords, sealWithKey } from '../../../src/vault/recordCipher';
import { checkRecoveryCode, formatRecoveryCode, generateRecoveryCode, parseRecoveryCode } from '../../../src/vault/recoveryCode';
import { ARGON2_WORKER_URL, argon2WorkerScriptUrl, WORKER_POLICY_NAME } from '../../../src/vault/trustedWorkerUrl';
import { dropDataKey, holdSession } from '../../../src/vault/vaultState';
import { randomSessionKeys } from '../../support/sessionKeys';

describe('page encryption', () => {
  test('10,000 seals get 12-byte IVs that are all distinct, and equal plaintexts differ', async () => {
    holdSession(await randomSessionKeys());
    const content = { c: 'notes', s: '', r: { a: 'same text' } };
    const sealed = await Promise.all(Array.from({ length: 10_000 }, () => sealPage('page-id', content)));
    expect(sealed.every((r) => r.iv.length === 12)).toBe(true);
    expect(new Set(sealed.map((r) => toHex(r.iv))).size).toBe(10_000);
    expect(toHex(sealed[0]?.ct ?? new Uint8Array())).not.toBe(toHex(sealed[1]?.ct ?? new Uint8Array()));
    const opened = await openPages(sealed.slice(0, 3));
    expect(opened.every((r) => r.ok && r.content.r.a === 'same text')).toBe(true);
    dropDataKey();
  });

  test('pads plaintext to whole KiB so sizes leak less', async () => {
    holdSession(await randomSessionKeys());
    const short = await sealPage('p', { c: 'n', s: '', r: { t: 'x' } });
    const longer = await sealPage('p', { c: 'n', s: '', r: { t: 'x'.repeat(900) } });
    const two = await sealPage('p', { c: 'n', s: '', r: { t: 'x'.repeat(1100) } });
    expect(short.ct.length).toBe(1024 + 16);
    expect(longer.ct.length).toBe(1024 + 16);
    expect(two.ct.length).toBe(2048 + 16);
    dropDataKey();
  });

  test('a page id is an HMAC of collection and span: stable within a vault, different across vaults', async () => {
    holdSession(await randomSessionKeys());
    const a = await pageIdFor('checkins', '2026-11');
    expect(await pageIdFor('checkins', '2026-11')).toBe(a);
    expect(await pageIdFor('checkins', '2026-12')).not.toBe(a);
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
    holdSession(await randomSessionKeys());
    expect(await pageIdFor('checkins', '2026-11')).not.toBe(a);
    dropDataKey();
  });

  test('a page moved to another id, or garbage rows, come back damaged, never as values', async () => {
    holdSession(await randomSessionKeys());
    const page = await sealPage('one', { c: 'n', s: '', r: {} });
    const opened = await openPages([{ ...page, id: 'two' }, null, { id: 'x' }, { id: 'y', v: 1, iv: new Uint8Array(3), ct: new Uint8Array(20) }, { ...page, v: 9 }]);
    expect(opened.map((r) => r.ok)).toEqual([false, false, false, false, false]);
    dropDataKey();
  });

  test('v1 records still open under the data key while they are moved into pages', async () => {
    const keys = await randomSessionKeys();
    holdSession(keys);
    const plaintext = new TextEncoder().encode(JSON.stringify({ old: true }).padEnd(64, ' '));
    const record = await sealWithKey(keys.legacy, 'c1', 'id-1', randomBytes(12), plaintext);
    expect(await openRecords('c1', [record])).toEqual([{ ok: true, id: 'id-1', value: { old: true } }]);
    expect(await openRecords('c4', [record])).toEqual([{ ok: false, id: 'id-1' }]);
    dropDataKey();
  });
});

describe('random ids', () => {
  test('are UUIDv4 with no time component', () => {
    const ids = Array.from({ length: 200 }, randomId);
    expect(ids.every(isRandomId)).toBe(true);
    expect(new Set(ids).size).toBe(200);
    expect(isRandomId('01890a5d-ac96-774b-bcce-b302099a8057')).toBe(false);
  });

  test('randomIndex stays in range', () => {
    for (let i = 0; i < 1000; i += 1) expect(randomIndex(7)).toBeLessThan(7);
  });
});

describe('recovery codes', () => {
  const ALPHA = '[0-9A-HJKMNP-TV-Z]';
  test('are 8 groups of 4 Crockford base32 characters and a check character, carrying 160 random bits', () => {
    const { code, bytes } = generateRecoveryCode();
    expect(code).toMatch(new RegExp(`^(${ALPHA}{5}-){7}${ALPHA}{5}$`));
    expect(bytes.length * 8).toBeGreaterThanOrEqual(128);
    expect(toHex(parseRecoveryCode(code) ?? new Uint8Array())).toBe(toHex(bytes));
  });

  test('are read forgivingly: lower case, spaces, O for 0 and I or L for 1', () => {
    const bytes = new Uint8Array(20).fill(0);
    bytes[19] = 1;
    const code = formatRecoveryCode(bytes);
    expect(code.split('-')[7]?.slice(0, 4)).toBe('0001');
    expect(toHex(parseRecoveryCode(code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l').replace(/-/g, ' ')) ?? new Uint8Array())).toBe(toHex(bytes));
  });

  test('anything of the wrong length or alphabet is not a code', () => {
    expect(parseRecoveryCode('')).toBeUndefined();
    expect(parseRecoveryCode('U'.repeat(32))).toBeUndefined();
    expect(parseRecoveryCode('0'.repeat(31))).toBeUndefined();
    expect(checkRecoveryCode('0'.repeat(33))).toEqual({ ok: false, reason: 'length' });
  });

  test('a typing error names its group, before anything is tried (issue 9, item 10)', () => {
    for (let round = 0; round < 200; round += 1) {
      const { code } = generateRecoveryCode();
      const groups = code.split('-');
      const g = round % 8;
      const group = groups[g] ?? '';
      const i = round % 4;
      // One character changed to any other character of the alphabet (0 and Z are the one pair a
      // modulo-31 check cannot tell apart, so that swap is left out).
      const from = group[i] ?? '0';
      const to = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.replace(from, '')[round % 31] ?? '1';
      if (new Set([from, to]).size === 2 && [from, to].sort().join('') === '0Z') continue;
      const typo = [...groups];
      typo[g] = group.slice(0, i) + to + group.slice(i + 1);
      expect(checkRecoveryCode(typo.join('-'))).toEqual({ ok: false, reason: 'groups', groups: [g + 1] });
      expect(parseRecoveryCode(typo.join('-'))).toBeUndefined();
      // Two neighbours swapped.
      const a = group[i] ?? '';
      const b = group[i + 1] ?? '';
      if (a !== b && [a, b].sort().join('') !== '0Z') {
        const swapped = [...groups];
        swapped[g] = group.slice(0, i) + b + a + group.slice(i + 2);
        expect(checkRecoveryCode(swapped.join('-'))).toMatchObject({ ok: false, groups: [g + 1] });
      }
    }
  });

  test('a group typed in the wrong place is caught', () => {
    const groups = generateRecoveryCode().code.split('-');
    const moved = [groups[1], groups[0], ...groups.slice(2)].join('-');
    if (groups[0] !== groups[1]) expect(checkRecoveryCode(moved)).toMatchObject({ ok: false, groups: [1, 2] });
  });

  test('codes made before the check characters (8 groups of 4) still open the vault slot', () => {
    const bytes = randomBytes(20);
    const oldFormat = (formatRecoveryCode(bytes).split('-').map((group) => group.slice(0, 4))).join('-');
    expect(oldFormat).toMatch(new RegExp(`^(${ALPHA}{4}-){7}${ALPHA}{4}$`));
    expect(toHex(parseRecoveryCode(oldFormat) ?? new Uint8Array())).toBe(toHex(bytes));
  });
});

describe('the polku-worker Trusted Types policy', () => {
  test('trusts exactly the Argon2id worker URL and refuses any other', () => {
    let rule: ((url: string) => string) | undefined;
    const createPolicy = vi.fn((name: string, options: { createScriptURL: (url: string) => string }) => {
      rule = options.createScriptURL;
      return { createScriptURL: (url: string) => options.createScriptURL(url) as unknown as TrustedScriptURL };
    });
    vi.stubGlobal('trustedTypes', { createPolicy });
    try {
      expect(argon2WorkerScriptUrl()).toBe(ARGON2_WORKER_URL);
      argon2WorkerScriptUrl();
      expect(createPolicy).toHaveBeenCalledTimes(1);
      expect(createPolicy.mock.calls[0]?.[0]).toBe(WORKER_POLICY_NAME);
      expect(() => rule?.('https://evil.example/x.js')).toThrow(TypeError);
      expect(() => rule?.('/assets/other.js')).toThrow(TypeError);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('createKeyring on a slow device', () => {
  test('keeps the default when setup is quick and records the OWASP fallback when it takes over 3 s', async () => {
    const { createKeyring, SLOW_DEVICE_ARGON2 } = await import('../../../src/vault/keyring');
    let tick = 0;
    const quick = await createKeyring('a passphrase long enough', undefined, undefined, () => (tick += 100));
    expect(quick.passphraseSlot.kdf).toMatchObject({ m: 65536, t: 3, p: 1 });
    let slowTick = 0;
    const slow = await createKeyring('a passphrase long enough', undefined, undefined, () => (slowTick += 3_500));
    expect(slow.passphraseSlot.kdf).toMatchObject(SLOW_DEVICE_ARGON2);
  });
});
