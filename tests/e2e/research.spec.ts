/**
 * Research in the production build: a person answers the feedback questionnaire and prepares the
 * anonymous export, which holds none of their journal text, and saves it under a neutral name;
 * a researcher chooses many export files (and a broken one) on the public researcher page, sees
 * the tables, charts and the refused file, and downloads a CSV. Nothing is uploaded anywhere
 * (the shared fixtures fail the test on any request beyond the app's own origin); axe is clean.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { json, onboard, text, unlock, writeCanaryThroughCourse } from '../fixtures/vault/e2eVault';
import { makeExports } from '../../tools/make-exports/synthetic';
import { expect, test } from './support/fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const feedback = json('src/i18n/locales/en/feedback.json');
const research = json('src/i18n/locales/en/research.json');

async function axeClean(page: Page, what: string): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${what} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('feedback: the export shows exactly what it holds, no journal text, and saves under a neutral name', async ({ page }) => {
  test.setTimeout(120_000);
  const canary = `CANARY-research-${Date.now()}`;
  await onboard(page);
  await writeCanaryThroughCourse(page, canary);
  await page.goto('/feedback');
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: text(feedback, 'title') })).toBeVisible();
  const change = page.getByRole('group', { name: text(feedback, 'q.useChange.legend') });
  await change.getByRole('radio', { name: text(feedback, 'q.useChange.options.decreased') }).check();
  await expect(page.getByRole('status').filter({ hasText: text(feedback, 'saved') })).toBeVisible();

  await page.getByRole('button', { name: text(feedback, 'export.prepare') }).click();
  const contents = page.getByRole('region', { name: text(feedback, 'export.json-label') });
  await expect(contents).toBeVisible();
  await expect(page.getByRole('heading', { name: text(feedback, 'export.randomised-heading') })).toBeVisible();
  const shown = (await contents.textContent()) ?? '';
  expect(shown).not.toContain(canary);
  expect(JSON.parse(shown)).toMatchObject({ format: 'feedback-export', schemaVersion: 1, answers: { useChange: 'decreased' } });
  await axeClean(page, '/feedback');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: text(feedback, 'export.save') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^export-\d{4}-W\d{2}-\d+\.json$/);
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toBe(shown);
  expect(saved).not.toContain(canary);
});

test('researcher page: many files read locally, tables, charts, the refused file, a CSV download', async ({ page }) => {
  test.setTimeout(120_000);
  const { texts } = makeExports({ people: 150, seed: 31 });
  await page.goto('/research');
  await expect(page.getByRole('heading', { level: 1, name: text(research, 'title') })).toBeVisible();
  await axeClean(page, '/research');
  const files = [
    ...texts.map((t, i) => ({ name: `export-${i}.json`, mimeType: 'application/json', buffer: Buffer.from(t) })),
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "feedback-export",') },
  ];
  await page.getByLabel(text(research, 'pick.label')).setInputFiles(files);
  await expect(page.getByRole('heading', { name: text(research, 'summary.heading') })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(text(research, 'summary.accepted').replace('{{count}}', '150'), { exact: true })).toBeVisible();
  await expect(page.getByText(text(research, 'summary.files').replace('{{count}}', String(files.length)), { exact: true })).toBeVisible();
  await expect(page.getByRole('img')).toHaveCount(2);
  await expect(page.getByRole('table', { name: text(research, 'weekly.table') })).toBeVisible();
  await expect(page.getByRole('cell', { name: new RegExp(text(research, 'rejected.reason.notJson')) })).toBeVisible();
  await axeClean(page, '/research with results');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'weekly_bands.csv' }).click();
  const csv = readFileSync(await (await downloading).path(), 'utf8');
  expect(csv.split('\r\n')[0]).toContain('est_share');
  expect(csv).toContain('open-v1');
});
