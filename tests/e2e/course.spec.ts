/**
 * The course in the real production build, offline, in Finnish, Swedish and English: create a vault
 * through the first-run screens, go offline, work through parts of m01–m04, leave mid-exercise,
 * reload, unlock and find the answer. Every exercise screen and the overview, intro and done
 * screens pass axe and do not scroll sideways; their phone-size screenshots go to
 * tests/e2e/screenshots/course/<type>.png (and screen-<name>.png). The five exercise types no
 * module uses yet (thought record, if-then, card builder, urge log, timer) have no screen to
 * visit in the build; they are covered by tests/integration/course/otherExercises.test.tsx.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { PASSPHRASE, common, json, onboard, text } from '../fixtures/vault/e2eVault';
import { cspViolations, expect, test, waitForServiceWorker, type TestLanguage } from './support/fixtures';

const SHOTS = join(import.meta.dirname, 'screenshots', 'course');


function stringsFor(lang: TestLanguage) {
  return {
    lang,
    common: json(`src/i18n/locales/${lang}/common.json`),
    course: json(`src/i18n/locales/${lang}/course.json`),
    fields: json(`src/i18n/locales/${lang}/fields.json`),
    module: (id: string) => json(`modules-content/modules/${id}/locales/${lang}.json`),
  };
}
type LangStrings = ReturnType<typeof stringsFor>;

/** Escapes text for use inside a RegExp. */
const re = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/**
 * First run through /welcome in English (the first-run screens are another feature's; they are
 * driven by their English labels), then the person picks their language in the header.
 */
async function createVaultThroughOnboarding(page: Page, lang: TestLanguage): Promise<void> {
  await onboard(page, PASSPHRASE);
  await page.getByRole('combobox', { name: text(common, 'language.label') }).selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** The lock screen in any language: its one passphrase field, then Enter. */
async function unlock(page: Page): Promise<void> {
  const field = page.locator('input[type="password"]');
  await field.fill(PASSPHRASE);
  await field.press('Enter');
  await expect(field).toHaveCount(0, { timeout: 20_000 });
}

/** First run online, the service worker takes control, then the network goes away. */
async function setUpOffline(page: Page, lang: TestLanguage, context: BrowserContext) {
  await createVaultThroughOnboarding(page, lang);
  await waitForServiceWorker(page);
  await page.reload();
  await unlock(page);
  await context.setOffline(true);
}

async function openModule(page: Page, s: LangStrings, id: string) {
  await page.getByRole('navigation', { name: text(s.common, 'nav.label') }).getByRole('link', { name: text(s.common, 'nav.course') }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(s.course, 'overview.title') })).toBeVisible();
  await page.getByRole('link', { name: text(s.module(id), 'title'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: text(s.module(id), 'title') })).toBeFocused();
}

/** Clicks Next until the address shows step `to`; the step heading takes focus each time. */
async function nextUntil(page: Page, s: LangStrings, moduleId: string, to: number) {
  for (;;) {
    const current = Number(new URL(page.url()).pathname.split('/')[3] ?? '0');
    if (current >= to) break;
    await page.getByRole('button', { name: text(s.course, 'step.next'), exact: true }).click();
    await page.waitForURL(`**/course/${moduleId}/${current + 1}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
}

async function savedNow(page: Page, s: LangStrings) {
  await expect(page.getByRole('status').filter({ hasText: text(s.fields, 'save.saved') })).toBeVisible();
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Checks the exercise screen (axe WCAG 2.2 AA, no sideways scrolling at 390 px nor at 320 px,
 * which is 640 px at 200% zoom) and saves its screenshot at phone size.
 */
async function checkAndShoot(page: Page, type: string) {
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(width);
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: join(SHOTS, `${type}.png`), fullPage: true });
}

async function expectNeutral(page: Page) {
  await expect(page).toHaveTitle('Polku');
  expect(new URL(page.url()).pathname).toMatch(/^\/(course(\/m\d{2}(\/(\d+|finish|done))?)?)?$/);
}

test.use({ viewport: { width: 390, height: 844 } });

test.describe('the course, offline', () => {
  test('en: m01 checklist, decisional balance and scale, confidence before and after, done', async ({ page, context }) => {
    const s = stringsFor('en');
    await setUpOffline(page, 'en', context);

    await openModule(page, s, 'm01');
    const slider = page.getByRole('slider', { name: text(s.course, 'confidence.label') });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', '6 of 10');
    await page.getByRole('link', { name: text(s.course, 'intro.start'), exact: true }).click();
    await expect(page.getByText('Step 1 of 8')).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Step 1 of 8' })).toBeVisible();

    await nextUntil(page, s, 'm01', 4);
    await page.getByRole('checkbox', { name: 'Family', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Keeping children safe' }).check();
    await page.getByRole('textbox', { name: text(s.course, 'checklist.other') }).fill('Being a good neighbour');
    await savedNow(page, s);
    await checkAndShoot(page, 'checklist');

    await nextUntil(page, s, 'm01', 6);
    await page.getByRole('textbox', { name: 'Continuing: what it gives me, entry 1' }).fill('A short break from stress');
    await page.getByRole('textbox', { name: 'Stopping: what I gain, entry 1' }).fill('No secret to carry');
    await savedNow(page, s);
    await checkAndShoot(page, 'decisional-balance');

    await nextUntil(page, s, 'm01', 8);
    const importance = page.getByRole('slider', { name: /How important is this change/ });
    await importance.focus();
    await page.keyboard.press('End');
    await expect(importance).toHaveAttribute('aria-valuetext', '10 of 10, The most important thing of all');
    await savedNow(page, s);
    await checkAndShoot(page, 'scale');
    await expectNeutral(page);

    await page.getByRole('button', { name: text(s.course, 'step.to-finish') }).click();
    await page.waitForURL('**/course/m01/finish');
    await expect(page.getByText('Before you started, you chose 6.')).toBeVisible();
    await page.getByRole('button', { name: text(s.course, 'finish.button') }).click();
    await page.waitForURL('**/course/m01/done');
    await expect(page.getByRole('main').getByRole('link', { name: text(s.course, 'done.help') })).toHaveAttribute('href', '/help');
    await checkAndShoot(page, 'screen-done');
    await page.getByRole('link', { name: text(s.course, 'nav.overview') }).click();
    const card = page.getByRole('listitem').filter({ hasText: text(s.module('m01'), 'title') });
    await expect(card.getByText(text(s.course, 'status.done'))).toBeVisible();
    await checkAndShoot(page, 'screen-overview');

    // Leave mid-exercise (m01 step 6), reload while offline, unlock, and the answer is there.
    await card.getByRole('link').click();
    await page.getByRole('link', { name: text(s.course, 'intro.again') }).click();
    await nextUntil(page, s, 'm01', 6);
    await page.getByRole('textbox', { name: 'Continuing: what it costs, entry 1' }).fill('Fear, every day');
    await savedNow(page, s);
    await page.reload();
    await unlock(page);
    await expect(page.getByRole('textbox', { name: 'Continuing: what it costs, entry 1' })).toHaveValue('Fear, every day');
    await expect(page.getByRole('textbox', { name: 'Continuing: what it gives me, entry 1' })).toHaveValue('A short break from stress');
    expect(await cspViolations(page)).toEqual([]);
    await context.setOffline(false);
  });

  test('fi: m02 quiz, journal and worksheet; a reload in the middle keeps the text', async ({ page, context }) => {
    const s = stringsFor('fi');
    const m02 = s.module('m02');
    await setUpOffline(page, 'fi', context);

    await openModule(page, s, 'm02');
    await page.getByRole('link', { name: text(s.course, 'intro.start'), exact: true }).click();
    await nextUntil(page, s, 'm02', 4);
    const question = page.getByRole('group', { name: re(text(m02, 'steps.m02-myth-or-fact.exercise.questions.attraction-means-abuse.prompt')) });
    await question.getByRole('radio', { name: text(m02, 'steps.m02-myth-or-fact.exercise.questions.attraction-means-abuse.options.myth.label') }).check();
    await expect(question.getByText(text(s.course, 'quiz.explanation'))).toBeVisible();
    await savedNow(page, s);
    await checkAndShoot(page, 'quiz');

    await nextUntil(page, s, 'm02', 7);
    const letter = page.getByRole('textbox', { name: text(m02, 'steps.m02-kind-letter.exercise.prompts.what-it-is-like.label') });
    await letter.fill('Raskasta, mutta en ole yksin.');
    await expect(letter).toHaveAttribute('spellcheck', 'false');
    await expect(page.getByText(text(s.fields, 'reminder')).first()).toBeVisible();
    await savedNow(page, s);
    await checkAndShoot(page, 'journal');

    await nextUntil(page, s, 'm02', 8);
    const commitment = page.getByRole('textbox', { name: text(m02, 'steps.m02-commitment.exercise.prompts.commitment.label') });
    await commitment.fill('En etsi enkä katso laitonta kuvamateriaalia.');
    await savedNow(page, s);
    await checkAndShoot(page, 'worksheet');
    await expectNeutral(page);

    await page.reload();
    await unlock(page);
    await expect(page.getByRole('textbox', { name: text(m02, 'steps.m02-commitment.exercise.prompts.commitment.label') })).toHaveValue(
      'En etsi enkä katso laitonta kuvamateriaalia.',
    );
    await page.getByRole('button', { name: text(s.course, 'step.back'), exact: true }).click();
    await expect(page.getByRole('textbox', { name: text(m02, 'steps.m02-kind-letter.exercise.prompts.what-it-is-like.label') })).toHaveValue(
      'Raskasta, mutta en ole yksin.',
    );
    expect(await cspViolations(page)).toEqual([]);
    await context.setOffline(false);
  });

  test('sv: m03 with its note about help, grouped worksheet; m04 chain plan; reload keeps the text', async ({ page, context }) => {
    const s = stringsFor('sv');
    const m03 = s.module('m03');
    const m04 = s.module('m04');
    await setUpOffline(page, 'sv', context);

    await openModule(page, s, 'm03');
    await expect(page.getByRole('note')).toContainText(text(s.course, 'intro.heavy'));
    await checkAndShoot(page, 'screen-intro');
    await page.getByRole('link', { name: text(s.course, 'intro.start'), exact: true }).click();
    await nextUntil(page, s, 'm03', 7);
    const forMe = page.getByRole('group', { name: text(m03, 'steps.m03-my-consequences.exercise.groups.for-me') });
    await forMe.getByRole('textbox', { name: text(m03, 'steps.m03-my-consequences.exercise.prompts.me-short-term.label') }).fill('Skam dagen efter.');
    await savedNow(page, s);

    await openModule(page, s, 'm04');
    await page.getByRole('link', { name: text(s.course, 'intro.start'), exact: true }).click();
    await nextUntil(page, s, 'm04', 6);
    const trigger = page.getByRole('textbox', { name: re(text(m04, 'steps.m04-build-my-pathway.exercise.prompts.trigger.label')) });
    await trigger.fill('Ensam, sent på kvällen.');
    await savedNow(page, s);
    await checkAndShoot(page, 'chain-plan');
    await expectNeutral(page);

    await page.reload();
    await unlock(page);
    await expect(page.getByRole('textbox', { name: re(text(m04, 'steps.m04-build-my-pathway.exercise.prompts.trigger.label')) })).toHaveValue(
      'Ensam, sent på kvällen.',
    );
    await page.getByRole('navigation', { name: text(s.common, 'nav.label') }).getByRole('link', { name: text(s.common, 'nav.course') }).click();
    const m03card = page.getByRole('listitem').filter({ hasText: text(m03, 'title') });
    await expect(m03card.getByText(text(s.course, 'status.in-progress'))).toBeVisible();
    await expect(page.getByRole('link', { name: text(s.course, 'overview.continue') })).toHaveAttribute('href', '/course/m04/6');
    expect(await cspViolations(page)).toEqual([]);
    await context.setOffline(false);
  });
});
