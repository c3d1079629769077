/**
 * Shared helpers for the backup tests: a vault with records in several collections, spans and
 * shapes, the decrypted contents of every page, and the raw database digest.
 */
import { createHash } from 'node:crypto';
import { snapshotPages } from '../../../src/storage/pageStore';
import { putRecord } from '../../../src/storage/pageStore';
import { createVault } from '../../../src/storage/vaultKeys';
import { dumpBytes, FAST, PASSPHRASE, rawDump } from './support';

export const BACKUP_PASSPHRASE = 'toinen lause varmuuskopiolle ✓';

/** A digest of every raw key and value of the database (to show "byte-for-byte unchanged"). */
export async function dbDigest(): Promise<string> {
  return createHash('sha256').update(dumpBytes(await rawDump())).digest('hex');
}

export async function seedVault(): Promise<void> {
  await createVault(PASSPHRASE, undefined, FAST);
  await Promise.all([
    putRecord('course-answers', 'm01', 'm01-values', { kind: 'course-answer', v: 2, exerciseId: 'm01-values', answer: { type: 'journal', entries: { first: 'Rauha ja rehellisyys 🌿' } }, updatedAt: Date.UTC(2025, 2, 4) }),
    putRecord('course-answers', 'm04', 'm04-plan', { kind: 'course-answer', v: 2, exerciseId: 'm04-plan', answer: { type: 'journal', entries: { first: 'Ring my friend; go for a walk' } }, updatedAt: Date.UTC(2026, 10, 20) }),
    putRecord('course-progress', '', 'm01', { v: 1, moduleId: 'm01', finished: true }),
    putRecord('checkins', '2024-02', '2024-02-29', { date: '2024-02-29', mood: 7, note: 'skottdag, lugnt' }),
    putRecord('checkins', '2024-03', '2024-03-01', { date: '2024-03-01', mood: 5, note: '' }),
    // A shortlist saved before its v1 shape: the restore keeps it as stored, the feature upgrades it on read.
    putRecord('help-shortlists', '', 'old-1', { v: 1, savedOn: '2025-05-05', country: 'FI', serviceIds: ['mieli-ry'] }),
  ]);
}

/** Every page's content by collection and span, without this device's own backup note. */
export async function contents(): Promise<Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const page of await snapshotPages()) {
    if (page.c === 'backup-state' || Object.keys(page.r).length === 0) continue;
    out[`${page.c}/${page.s}`] = page.r;
  }
  return out;
}
