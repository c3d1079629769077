/**
 * Old formats keep working (security.md §7.3 check 20): every checked-in backup fixture (one per
 * historical envelope `v` and payload `schemaVersion`, written by the code of its time) still opens
 * and restores with today's code, with nothing lost; older record shapes inside are upgraded by
 * their feature's pure functions on read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { shortlistStore } from '../../../src/features/help/data/shortlists';
import { openBackupFile, restoreOnNewDevice } from '../../../src/storage/backupPages';
import { migratePayload, PAYLOAD_VERSION } from '../../../src/vault/backupPayload';
import { FIXTURE_PAGES, FIXTURE_PASSPHRASE } from '../../fixtures/backup/fixtureContent';
import { contents } from './backupSupport';
import { FAST, guardCryptoOutsideTransactions, useFreshVault } from './support';

useFreshVault();
guardCryptoOutsideTransactions();

const dir = join(import.meta.dirname, '../../fixtures/backup');
const fixtures = readdirSync(dir).filter((name) => name.endsWith('.bak'));

describe('backup fixtures of every format version', () => {
  test('there is a fixture for the current format', () => {
    expect(fixtures).toContain(`v1-s${PAYLOAD_VERSION}.bak`);
  });

  test.each(fixtures)('%s opens, restores on a new device and every record reads back', async (name) => {
    const { payload, summary } = await openBackupFile(new Uint8Array(readFileSync(join(dir, name))), FIXTURE_PASSPHRASE);
    expect(summary).toMatchObject({ entries: 4, from: '2024-02-29', to: '2025-11-27', modules: ['m01'] });
    await restoreOnNewDevice(payload, FIXTURE_PASSPHRASE, FAST);
    const expected: Record<string, unknown> = {};
    for (const page of FIXTURE_PAGES) expected[`${page.c}/${page.s}`] = page.r;
    expect(await contents()).toEqual(expected);
    expect([...(await shortlistStore.load()).keys()]).toEqual(['old-1']);
  });

  test('migration of a payload is pure and leaves the current version as it is', () => {
    const current = { schemaVersion: PAYLOAD_VERSION, exportedOn: '2026-11-27', counts: {}, pages: [] };
    const copy = structuredClone(current);
    expect(migratePayload(current)).toEqual(copy);
    expect(current).toEqual(copy);
    // Unknown future versions are not "migrated": the strict schema refuses them.
    expect(migratePayload({ schemaVersion: 99 })).toEqual({ schemaVersion: 99 });
  });
});
