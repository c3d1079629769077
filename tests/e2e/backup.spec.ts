/**
 * Moving to a new device (issue 13): a person writes an answer in one browser profile, makes a
 * backup in settings and saves the file; a second, separate profile (its own disk directory, no
 * shared storage) restores it from the first-run screen ("I have a backup") and finds the answer.
 * A damaged file and a wrong passphrase give the one translated message and restore nothing.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { json, lockHeading, onboard, openSettings, text, vault, writeCanaryThroughCourse } from '../fixtures/vault/e2eVault';
import { newProfileDir, openProfile } from '../fixtures/vault/persistentBrowser';
import { expect, test } from './support/fixtures';

const PASS = 'lampi kivijalka sateenvarjo huilu kompassi';
const ANSWER = 'Soitan ystävälle ja lähden kävelylle 🌲 (varmuuskopio)';
const course = json('src/i18n/locales/en/course.json');
const backupStrings = json('src/i18n/locales/en/backup.json');
const onboarding = json('src/i18n/locales/en/onboarding.json');

test.describe('backup and restore between two browser profiles', () => {
  test.setTimeout(180_000);

  test('back up on one profile, restore on a fresh one, and find the answer', async () => {
    const dirA = newProfileDir();
    const dirB = newProfileDir();
    try {
      // Profile A: first run, one answer, a backup saved by download.
      const a = await openProfile(dirA);
      const pageA = a.pages()[0] ?? (await a.newPage());
      await onboard(pageA, PASS);
      await writeCanaryThroughCourse(pageA, ANSWER);
      await openSettings(pageA);
      const backup = pageA.getByTestId('backup-section');
      await expect(backup.getByText(text(backupStrings, 'never'))).toBeVisible();
      await backup.getByLabel(text(backupStrings, 'current'), { exact: true }).fill(PASS);
      await backup.getByRole('button', { name: text(backupStrings, 'make') }).click();
      await expect(backup.getByRole('button', { name: text(backupStrings, 'save') })).toBeVisible({ timeout: 30_000 });
      const [download] = await Promise.all([pageA.waitForEvent('download'), backup.getByRole('button', { name: text(backupStrings, 'save') }).click()]);
      expect(download.suggestedFilename()).toMatch(/^backup-\d{4}-\d{2}-\d{2}\.bak$/);
      const file = join(dirB, '..', `${download.suggestedFilename()}-${Date.now()}`);
      await download.saveAs(file);
      await expect(backup.getByText(text(backupStrings, 'saved'))).toBeVisible();
      await expect(backup.getByText(text(backupStrings, 'never'))).toHaveCount(0);
      const saved = readFileSync(file, 'utf8');
      expect(Object.keys(JSON.parse(saved))).toEqual(['format', 'v', 'kdf', 'aead', 'ct']);
      expect(saved).not.toContain('Soitan');
      await a.close();

      // Profile B: a separate browser profile that has never seen Polku.
      const b = await openProfile(dirB);
      const pageB = b.pages()[0] ?? (await b.newPage());
      await pageB.goto('/welcome');
      await pageB.getByRole('button', { name: text(onboarding, 'have-backup') }).click();
      await expect(pageB.getByRole('heading', { level: 1, name: text(backupStrings, 'restore-title') })).toBeVisible();

      // A damaged file first: one message, nothing created.
      const damaged = `${file}.damaged`;
      writeFileSync(damaged, saved.slice(0, saved.length - 10));
      await pageB.getByLabel(text(backupStrings, 'file')).setInputFiles(damaged);
      await pageB.getByLabel(text(backupStrings, 'passphrase'), { exact: true }).fill(PASS);
      await pageB.getByRole('button', { name: text(backupStrings, 'open') }).click();
      await expect(pageB.getByText(text(vault, 'error.backup-invalid'))).toBeVisible({ timeout: 30_000 });

      // The right file with a wrong passphrase: the same message.
      await pageB.getByLabel(text(backupStrings, 'file')).setInputFiles(file);
      await pageB.getByLabel(text(backupStrings, 'passphrase'), { exact: true }).fill('not the passphrase of this backup');
      await pageB.getByRole('button', { name: text(backupStrings, 'open') }).click();
      await expect(pageB.getByText(text(vault, 'error.backup-invalid'))).toBeVisible({ timeout: 30_000 });

      // The right passphrase: a summary, then the restore, the new recovery code and the start page.
      await pageB.getByLabel(text(backupStrings, 'passphrase'), { exact: true }).fill(PASS);
      await pageB.getByRole('button', { name: text(backupStrings, 'open') }).click();
      const summary = pageB.getByTestId('backup-summary');
      await expect(summary).toBeVisible({ timeout: 30_000 });
      await expect(summary).toContainText('1');
      await pageB.getByRole('button', { name: text(backupStrings, 'first-run-restore') }).click();
      const code = (await pageB.locator('.secret-code').textContent({ timeout: 30_000 })) ?? '';
      expect(code.trim()).not.toBe('');
      await pageB.getByRole('button', { name: text(vault, 'onboarding.recovery.confirm') }).click();
      await pageB.getByLabel(text(vault, 'onboarding.recovery.confirm-label')).fill(code);
      await pageB.getByRole('button', { name: text(vault, 'onboarding.next'), exact: true }).click();
      await pageB.getByRole('button', { name: text(vault, 'onboarding.storage.start') }).click();
      await pageB.waitForURL((url) => url.pathname === '/');

      // The answer written on profile A is on profile B, read from disk after a reload (which locks):
      // opened with the backup's passphrase, the course step shows it.
      await pageB.goto('/course/m01/4');
      await expect(lockHeading(pageB)).toBeVisible();
      const field = pageB.getByLabel(text(vault, 'lock.passphrase'), { exact: true });
      await field.fill(PASS);
      await field.press('Enter');
      await expect(lockHeading(pageB)).toHaveCount(0, { timeout: 20_000 });
      await expect(pageB.getByRole('textbox', { name: text(course, 'checklist.other') })).toHaveValue(ANSWER, { timeout: 20_000 });

      // Settings on the new device: the restore does not count as a backup made here.
      await openSettings(pageB);
      await expect(pageB.getByTestId('backup-section').getByText(text(backupStrings, 'never'))).toBeVisible();
      await b.close();
    } finally {
      rmSync(dirA, { recursive: true, force: true });
      rmSync(dirB, { recursive: true, force: true });
    }
  });
});
