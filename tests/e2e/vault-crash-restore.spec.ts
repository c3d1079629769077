/**
 * security.md §7.3 check 23 for a large import: a tab crashed (CDP Page.crash) while settings
 * restores ten years of entries (4,230 records) in place of what the device holds. After
 * relaunching the same profile the vault opens with its passphrase, the key slots are intact, and
 * a new backup, which decrypts every page, counts exactly the old entries or exactly the new ones:
 * never a mix, never a page that no longer opens. A run without a crash shows the new count.
 * The backup file is made here with the app's own sealing code (made-up content).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { sealBackup } from '../../src/vault/backupFile';
import { buildPayload, type BackupPage } from '../../src/vault/backupPayload';
import { json, keySlotNames, lockHeading, onboard, openSettings, text, vault, writeCanaryThroughCourse } from '../fixtures/vault/e2eVault';
import { newProfileDir, openProfile } from '../fixtures/vault/persistentBrowser';
import { expect, test } from './support/fixtures';

const PASS = 'iso palautus kesken kaatuminen kestää';
const CANARY = 'RESTORECRASH-51aa the old answer';
const backupStrings = json('src/i18n/locales/en/backup.json');
const course = json('src/i18n/locales/en/course.json');
const NEW_ENTRIES = 3650 + 520 + 60;
/** The start of a message with a count ("Your backup is ready: "), to find it whatever the count. */
const startOf = (key: string) => new RegExp(`^${(text(backupStrings, key).split('{{')[0] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Ten years of check-ins and weekly reviews and 60 course answers, as the features store them. */
function largePayloadPages(): BackupPage[] {
  const pages = new Map<string, BackupPage>();
  const put = (c: string, s: string, id: string, record: unknown) => {
    const key = `${c}/${s}`;
    const page = pages.get(key) ?? { c, s, r: {} };
    page.r[id] = record;
    pages.set(key, page);
  };
  for (let i = 0; i < 3650; i += 1) {
    const date = new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    put('tracker-checkins', date.slice(0, 7), date, { kind: 'tracker-checkin', v: 1, date, used: null, urge: i % 11, urgeCount: null, mood: i % 11, stress: (i * 3) % 11, lonely: null, triggers: [], ownTriggers: [], coping: [], copingNote: `Made-up note ${i}: a walk and a call.`, copingHelp: null });
  }
  for (let i = 0; i < 520; i += 1) {
    const year = 2016 + Math.floor(i / 52);
    const week = `${year}-W${String((i % 52) + 1).padStart(2, '0')}`;
    put('tracker-weekly', String(year), week, { kind: 'tracker-weekly', v: 1, week, endsOn: `${year}-06-15`, useDays: i % 8, timeBand: null, confidence: i % 11, reflection: `Made-up weekly reflection ${i}, a steady week.` });
  }
  for (let i = 0; i < 60; i += 1) {
    const module = `m${String((i % 12) + 1).padStart(2, '0')}`;
    const exerciseId = `${module}-exercise-${Math.floor(i / 12)}`;
    put('course-answers', module, exerciseId, { kind: 'course-answer', v: 1, exerciseId, answer: { type: 'journal', entries: { first: `Made-up answer ${i}. `.repeat(20) } }, updatedAt: Date.UTC(2020, 0, 1) + i });
  }
  return [...pages.values()];
}

/** Makes a backup in settings and returns how many entries it holds (every page decrypted). */
async function backupCount(page: Page): Promise<number> {
  const section = page.getByTestId('backup-section');
  await section.getByLabel(text(backupStrings, 'current'), { exact: true }).fill(PASS);
  await section.getByRole('button', { name: text(backupStrings, 'make') }).click();
  await expect(section.getByRole('button', { name: text(backupStrings, 'save') })).toBeVisible({ timeout: 60_000 });
  const ready = (await section.getByText(startOf('ready_other')).textContent()) ?? '';
  return Number((/(\d[\d,]*)/.exec(ready)?.[1] ?? 'NaN').replaceAll(',', ''));
}

async function firstPage(context: BrowserContext): Promise<Page> {
  return context.pages()[0] ?? (await context.newPage());
}

let dir = '';
let file = '';

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'polku-large-backup-'));
  file = join(dir, 'backup-large.bak');
  const bytes = await sealBackup(buildPayload(largePayloadPages(), '2026-11-27'), PASS, { params: { m: 19456, t: 2, p: 1 } });
  writeFileSync(file, bytes);
});

test.afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

test.describe('a crash during a large restore (check 23)', () => {
  // 'none' lets the restore finish: the control that shows what the new state counts.
  for (const delay of ['none', 0, 600, 1500] as const) {
    test(`restore of ${NEW_ENTRIES} entries, crash ${delay === 'none' ? 'never' : `${delay} ms after it starts`}: old or new, never a mix`, async () => {
      test.setTimeout(240_000);
      const profile = newProfileDir();
      try {
        let context = await openProfile(profile);
        let page = await firstPage(context);
        await onboard(page, PASS);
        await writeCanaryThroughCourse(page, CANARY);
        await openSettings(page);
        const oldEntries = await backupCount(page);
        expect(oldEntries).toBeGreaterThan(0);
        expect(oldEntries).toBeLessThan(10);

        const restore = page.getByTestId('restore-section');
        await restore.getByLabel(text(backupStrings, 'file')).setInputFiles(file);
        await restore.getByLabel(text(backupStrings, 'passphrase'), { exact: true }).fill(PASS);
        await restore.getByRole('button', { name: text(backupStrings, 'open') }).click();
        await expect(restore.getByTestId('backup-summary')).toContainText(`${NEW_ENTRIES} `, { timeout: 60_000 });
        await restore.getByRole('radio', { name: text(backupStrings, 'replace') }).check();
        await restore.getByLabel(text(backupStrings, 'replace-passphrase'), { exact: true }).fill(PASS);
        const cdp = await context.newCDPSession(page);
        await restore.getByRole('button', { name: text(backupStrings, 'restore'), exact: true }).click();
        const started = Date.now();
        if (delay === 'none') {
          await expect(restore.getByText(startOf('restored_other'))).toBeVisible({ timeout: 60_000 });
          test.info().annotations.push({ type: 'restore took', description: `${Date.now() - started} ms` });
        } else {
          await expect(restore.getByText(text(backupStrings, 'restoring'))).toBeVisible({ timeout: 30_000 });
          if (delay > 0) await page.waitForTimeout(delay);
          const crashed = page.waitForEvent('crash');
          void cdp.send('Page.crash').catch(() => undefined);
          await crashed;
        }
        await context.close();

        // The same profile again: the vault opens, the slots are whole, every page decrypts.
        context = await openProfile(profile);
        page = await firstPage(context);
        await page.goto('/settings');
        // A freshly started browser on a loaded machine can take a while for its first screen.
        await expect(lockHeading(page)).toBeVisible({ timeout: 30_000 });
        const field = page.getByLabel(text(vault, 'lock.passphrase'), { exact: true });
        await field.fill(PASS);
        await field.press('Enter');
        await expect(page.getByRole('heading', { level: 1, name: text(vault, 'settings.title') })).toBeVisible({ timeout: 30_000 });
        expect(await keySlotNames(page)).toEqual(['passphrase', 'recovery']);
        const entries = await backupCount(page);
        test.info().annotations.push({ type: 'state after relaunch', description: entries === oldEntries ? 'old' : entries === NEW_ENTRIES ? 'new' : `mixed (${entries})` });
        if (delay === 'none') expect(entries).toBe(NEW_ENTRIES);
        else expect([oldEntries, NEW_ENTRIES]).toContain(entries);

        // When the old state survived, the old answer reads back as it was written.
        if (entries === oldEntries) {
          await page.goto('/course/m01/4');
          await field.fill(PASS);
          await field.press('Enter');
          await expect(page.getByRole('textbox', { name: text(course, 'checklist.other') })).toHaveValue(CANARY, { timeout: 30_000 });
        }
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    });
  }
});
