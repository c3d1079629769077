/**
 * Moving to a new device (issue 13): a person writes a course answer, a check-in and an if-then
 * plan (part of "My plan") in one browser profile, makes a backup in settings and saves the file;
 * a second, separate profile (its own disk directory, no shared storage) restores it from the
 * first-run screen ("I have a backup") and finds the answer, the check-in and the plan. The second
 * profile runs in English and, in a second test, in Finnish: every screen of the restore and the
 * places where the entries are found are read in that language. A damaged file and a wrong
 * passphrase give the one translated message and restore nothing.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { json, onboard, openSettings, savedStatus, text, writeCanaryThroughCourse, type Strings } from '../fixtures/vault/e2eVault';
import { newProfileDir, openProfile } from '../fixtures/vault/persistentBrowser';
import { expect, test } from './support/fixtures';

const PASS = 'lampi kivijalka sateenvarjo huilu kompassi';
const ANSWER = 'Soitan ystävälle ja lähden kävelylle 🌲 (varmuuskopio)';
const PLAN = ['Olen illalla yksin kotona 🌙', 'Vien puhelimen keittiöön ja soitan ystävälle'] as const;

/** Every string file the steps read, in one language. */
function stringsFor(lang: 'en' | 'fi') {
  const locale = (ns: string) => json(`src/i18n/locales/${lang}/${ns}.json`);
  const vault: Strings = { ...locale('vault'), ...locale('passphrase'), ...locale('recovery'), ...locale('onboarding'), ...locale('settings') };
  return { vault, backup: locale('backup'), onboarding: locale('onboarding'), course: locale('course'), tracker: locale('tracker'), common: locale('common'), fields: locale('fields'), m05: json(`modules-content/modules/m05/locales/${lang}.json`) };
}
type S = ReturnType<typeof stringsFor>;
const en = stringsFor('en');

const nav = (page: Page, s: S, key: string) => page.getByRole('navigation', { name: text(s.common, 'nav.label') }).getByRole('link', { name: text(s.common, key) });

/** Profile A (English): today's check-in, "no use", with one trigger. */
async function checkIn(page: Page): Promise<void> {
  await nav(page, en, 'nav.today').click();
  await page.getByRole('link', { name: text(en.common, 'today.tracker'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(en.tracker, 'checkin.title-today') })).toBeVisible();
  await page.getByRole('radio', { name: text(en.tracker, 'checkin.used.no'), exact: true }).check();
  await page.getByRole('checkbox', { name: text(en.tracker, 'checkin.triggers.tired') }).check();
  await expect(savedStatus(page, en.fields)).toBeVisible();
  await page.getByRole('button', { name: text(en.tracker, 'checkin.done'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(en.tracker, 'title') })).toBeVisible();
}

/** Profile A (English): an if-then plan in module 5, step 6, which "My plan" gathers. */
async function writePlan(page: Page): Promise<void> {
  await nav(page, en, 'nav.course').click();
  await page.getByRole('link', { name: text(en.m05, 'title'), exact: true }).click();
  await page.getByRole('link', { name: text(en.course, 'intro.start'), exact: true }).click();
  for (let step = 1; step <= 6; step += 1) {
    await page.waitForURL(`**/course/m05/${step}`);
    // A step is ready when its heading has focus (each route change moves focus there); a click before that can be lost.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    if (step < 6) await page.getByRole('button', { name: text(en.course, 'step.next'), exact: true }).click();
  }
  const plan = page.getByRole('group', { name: text(en.course, 'if-then.plan').replace('{{number}}', '1'), exact: true });
  await plan.getByRole('textbox', { name: text(en.course, 'if-then.situation'), exact: true }).fill(PLAN[0]);
  await plan.getByRole('textbox', { name: text(en.course, 'if-then.response'), exact: true }).fill(PLAN[1]);
  await expect(savedStatus(page, en.fields)).toBeVisible();
}

for (const lang of ['en', 'fi'] as const) {
  const s = stringsFor(lang);
  test.describe(`backup and restore between two browser profiles (restored in ${lang})`, () => {
    test.setTimeout(240_000);

    test(`back up on one profile, restore on a fresh one in ${lang}, and find the answer, the check-in and the plan`, async () => {
      const dirA = newProfileDir();
      const dirB = newProfileDir();
      try {
        // Profile A: first run, an answer, a check-in and a plan, a backup saved by download.
        const a = await openProfile(dirA);
        const pageA = a.pages()[0] ?? (await a.newPage());
        await onboard(pageA, PASS);
        await writeCanaryThroughCourse(pageA, ANSWER);
        await checkIn(pageA);
        await writePlan(pageA);
        await openSettings(pageA);
        const backup = pageA.getByTestId('backup-section');
        await expect(backup.getByText(text(en.backup, 'never'))).toBeVisible();
        await backup.getByLabel(text(en.backup, 'current'), { exact: true }).fill(PASS);
        await backup.getByRole('button', { name: text(en.backup, 'make') }).click();
        await expect(backup.getByRole('button', { name: text(en.backup, 'save') })).toBeVisible({ timeout: 30_000 });
        // How many entries the file holds (the answers, the check-in and the modules' progress), to compare with profile B's summary.
        const ready = new RegExp(text(en.backup, 'ready_other').replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{\\{count\\}\\}', '(\\d+)'));
        const entries = ready.exec((await backup.getByText(ready).textContent()) ?? '')?.[1] ?? '';
        expect(Number(entries)).toBeGreaterThanOrEqual(4);
        const [download] = await Promise.all([pageA.waitForEvent('download'), backup.getByRole('button', { name: text(en.backup, 'save') }).click()]);
        expect(download.suggestedFilename()).toMatch(/^backup-\d{4}-\d{2}-\d{2}\.bak$/);
        const file = join(dirB, '..', `${download.suggestedFilename()}-${lang}-${Date.now()}`);
        await download.saveAs(file);
        await expect(backup.getByText(text(en.backup, 'saved'))).toBeVisible();
        await expect(backup.getByText(text(en.backup, 'never'))).toHaveCount(0);
        const saved = readFileSync(file, 'utf8');
        expect(Object.keys(JSON.parse(saved))).toEqual(['format', 'v', 'kdf', 'aead', 'ct']);
        for (const secret of ['Soitan', 'keittiöön', 'checkin', 'course', 'Polku', 'polku']) expect(saved).not.toContain(secret);
        await a.close();

        // Profile B: a separate browser profile that has never seen Polku, in its own language.
        const b = await openProfile(dirB);
        await b.addInitScript((language) => localStorage.setItem('polku.language', language), lang);
        const pageB = b.pages()[0] ?? (await b.newPage());
        await pageB.goto('/welcome');
        await pageB.getByRole('button', { name: text(s.onboarding, 'have-backup') }).click();
        await expect(pageB.getByRole('heading', { level: 1, name: text(s.backup, 'restore-title') })).toBeVisible();

        // A damaged file first: one message, nothing created.
        const damaged = `${file}.damaged`;
        writeFileSync(damaged, saved.slice(0, saved.length - 10));
        await pageB.getByLabel(text(s.backup, 'file')).setInputFiles(damaged);
        await pageB.getByLabel(text(s.backup, 'passphrase'), { exact: true }).fill(PASS);
        await pageB.getByRole('button', { name: text(s.backup, 'open') }).click();
        await expect(pageB.getByText(text(s.vault, 'error.backup-invalid'))).toBeVisible({ timeout: 30_000 });

        // The right file with a wrong passphrase: the same message.
        await pageB.getByLabel(text(s.backup, 'file')).setInputFiles(file);
        await pageB.getByLabel(text(s.backup, 'passphrase'), { exact: true }).fill('not the passphrase of this backup');
        await pageB.getByRole('button', { name: text(s.backup, 'open') }).click();
        await expect(pageB.getByText(text(s.vault, 'error.backup-invalid'))).toBeVisible({ timeout: 30_000 });

        // The right passphrase: a summary with as many entries as profile A saved and the two modules, then the restore.
        await pageB.getByLabel(text(s.backup, 'passphrase'), { exact: true }).fill(PASS);
        await pageB.getByRole('button', { name: text(s.backup, 'open') }).click();
        const summary = pageB.getByTestId('backup-summary');
        await expect(summary).toBeVisible({ timeout: 30_000 });
        await expect(summary).toContainText(text(s.backup, 'entries_other').replace('{{count}}', entries));
        await expect(summary).toContainText(text(s.backup, 'modules').replace('{{list}}', '1, 5'));
        await pageB.getByRole('button', { name: text(s.backup, 'first-run-restore') }).click();
        const code = (await pageB.locator('.secret-code').textContent({ timeout: 30_000 })) ?? '';
        expect(code.trim()).not.toBe('');
        await pageB.getByRole('button', { name: text(s.vault, 'onboarding.recovery.confirm') }).click();
        await pageB.getByLabel(text(s.vault, 'onboarding.recovery.confirm-label')).fill(code);
        await pageB.getByRole('button', { name: text(s.vault, 'onboarding.next'), exact: true }).click();
        await pageB.getByRole('button', { name: text(s.vault, 'onboarding.storage.start') }).click();
        await pageB.waitForURL((url) => url.pathname === '/');

        // Everything written on profile A is on profile B, read from disk after a reload (which
        // locks), opened with the backup's passphrase. The answer, in its course step:
        await pageB.goto('/course/m01/4');
        const lockHeading = pageB.getByRole('heading', { level: 1, name: text(s.vault, 'lock.title') });
        await expect(lockHeading).toBeVisible();
        const field = pageB.getByLabel(text(s.vault, 'lock.passphrase'), { exact: true });
        await field.fill(PASS);
        await field.press('Enter');
        await expect(lockHeading).toHaveCount(0, { timeout: 20_000 });
        await expect(pageB.getByRole('textbox', { name: text(s.course, 'checklist.other') })).toHaveValue(ANSWER, { timeout: 20_000 });

        // The check-in, in the tracker's history:
        await nav(pageB, s, 'nav.tracker').click();
        await expect(pageB.getByRole('heading', { level: 1, name: text(s.tracker, 'title') })).toBeVisible();
        const history = pageB.locator('.tracker-history');
        await expect(history.getByRole('listitem')).toHaveCount(1);
        await expect(history).toContainText(text(s.tracker, 'history.used.no'));

        // The plan, in "My plan" one tap from home:
        await nav(pageB, s, 'nav.today').click();
        await pageB.getByRole('link', { name: text(s.course, 'plan.home-link'), exact: true }).click();
        await expect(pageB.getByRole('heading', { level: 1, name: text(s.course, 'plan.title') })).toBeVisible();
        const plans = pageB.getByRole('region', { name: text(s.course, 'plan.sections.if-then'), exact: true });
        await expect(plans).toContainText(PLAN[0]);
        await expect(plans).toContainText(PLAN[1]);

        // Settings on the new device: the restore does not count as a backup made here.
        await nav(pageB, s, 'nav.settings').click();
        await expect(pageB.getByTestId('backup-section').getByText(text(s.backup, 'never'))).toBeVisible();
        await b.close();
      } finally {
        rmSync(dirA, { recursive: true, force: true });
        rmSync(dirB, { recursive: true, force: true });
      }
    });
  });
}
