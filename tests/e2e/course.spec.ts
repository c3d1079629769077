/**
 * The course in the real production build, offline, in Finnish, Swedish and English: create a vault
 * through the first-run screens, go offline, work through parts of m01–m04, leave mid-exercise,
 * reload, unlock and find the answer. Every exercise screen and the overview, intro and done
 * screens pass axe and do not scroll sideways; their phone-size screenshots go to
 * tests/e2e/screenshots/course/<type>.png (and screen-<name>.png). The five types m01–m04 do not
 * use (urge log and if-then in m05, timer and card builder in m06, thought record in m08) get a
 * pass in English and Finnish, then "my plan" is opened from home and printed to PDF in Chromium:
 * the PDF's text (read with the small decoder below; no pdftotext on the test machines) holds the
 * person's plan and none of the app's chrome, on one A4 page.
 */
import { join } from 'node:path';
import { constants, inflateSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { PASSPHRASE, common, json, onboard, savedStatus, text } from '../fixtures/vault/e2eVault';
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
  await expect(savedStatus(page, s.fields)).toBeVisible();
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Checks the exercise screen (axe WCAG 2.2 AA, no sideways scrolling at 390 px nor at 320 px,
 * which is 640 px at 200% zoom) and saves its screenshot at phone size.
 */
async function checkAndShoot(page: Page, type: string) {
  // The phone's fixed tab bar and sticky top bar cover whatever is scrolled under them, which axe
  // counts as a smaller target: check with the whole screen in view, where they cover nothing.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: page.viewportSize()?.width ?? 390, height });
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

/** An i18next string with its {{placeholders}} filled. */
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

/**
 * The text of a PDF as Chromium prints it (Skia: fonts with ToUnicode maps, Flate-compressed
 * streams, no object streams), without a PDF library: enough to check which words are on the
 * page, not their layout. Ligatures come back as ligature characters and spacing is not reliable,
 * so compare with `squash`.
 */
function pdfText(pdf: Buffer): { text: string; pages: number } {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; data: Buffer | undefined }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\b([\s\S]*?)\bendobj/g)) {
    const body = match[2] ?? '';
    const start = /(>>\s*)stream\r?\n/.exec(body);
    if (!start) {
      objects.set(Number(match[1]), { dict: body, data: undefined });
      continue;
    }
    const dict = body.slice(0, start.index + (start[1]?.length ?? 0));
    const from = start.index + start[0].length;
    const length = /\/Length (\d+)\b(?! \d+ R)/.exec(dict);
    const to = length ? from + Number(length[1]) : body.lastIndexOf('endstream');
    let data = Buffer.from(body.slice(from, to), 'latin1');
    if (/\/FlateDecode/.test(dict)) data = inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH });
    objects.set(Number(match[1]), { dict, data });
  }

  type UnicodeMap = { bytes: number; map: Map<number, string> };
  const utf16 = (hex: string) => {
    let out = '';
    for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return out;
  };
  const unicodeMapOf = (ref: number): UnicodeMap => {
    const source = objects.get(ref)?.data?.toString('latin1') ?? '';
    const map = new Map<number, string>();
    const space = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(source);
    const bytes = space ? (space[1] ?? '').length / 2 : 2;
    for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const pair of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/g)) map.set(parseInt(pair[1] ?? '0', 16), utf16(pair[2] ?? ''));
    }
    for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const range of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/g)) {
        const lo = parseInt(range[1] ?? '0', 16);
        const hi = parseInt(range[2] ?? '0', 16);
        const target = range[3] ?? '';
        if (target.startsWith('[')) {
          [...target.matchAll(/<([0-9a-fA-F]*)>/g)].forEach((item, i) => map.set(lo + i, utf16(item[1] ?? '')));
        } else {
          const hex = target.slice(1, -1);
          const first = parseInt(hex.slice(-4), 16);
          for (let code = lo; code <= hi; code++) map.set(code, utf16(hex.slice(0, -4)) + String.fromCharCode(first + code - lo));
        }
      }
    }
    return { bytes, map };
  };
  // Fonts by resource name (/F4): Skia names each font once per document.
  const fonts = new Map<string, UnicodeMap>();
  for (const { dict } of objects.values()) {
    for (const found of dict.matchAll(/\/Font\s*(?:<<([^>]*)>>|(\d+) 0 R)/g)) {
      const entries = found[1] ?? objects.get(Number(found[2]))?.dict ?? '';
      for (const entry of entries.matchAll(/\/([^\s/<>[\]()]+)\s+(\d+) 0 R/g)) {
        const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(Number(entry[2]))?.dict ?? '');
        if (toUnicode) fonts.set(entry[1] ?? '', unicodeMapOf(Number(toUnicode[1])));
      }
    }
  }

  let text = '';
  for (const { dict, data } of objects.values()) {
    if (!data || /\/Subtype\s*\/Image|\/Length1|\/Subtype\s*\/(Type1C|CIDFontType0C|OpenType)/.test(dict)) continue;
    const content = data.toString('latin1');
    if (!/\bT[jJ]\b/.test(content)) continue;
    let font: UnicodeMap | undefined;
    for (const token of content.matchAll(/\/([^\s/<>[\]()]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F\s]*)>|\bET\b/g)) {
      if (token[1] !== undefined) font = fonts.get(token[1]);
      else if (token[2] !== undefined && font) {
        const hex = token[2].replace(/\s/g, '');
        const size = font.bytes * 2;
        for (let i = 0; i + size <= hex.length; i += size) text += font.map.get(parseInt(hex.slice(i, i + size), 16)) ?? '';
      } else if (token[0] === 'ET') text += '\n';
    }
  }
  const pages = [...objects.values()].filter(({ dict }) => /\/Type\s*\/Page\b(?!s)/.test(dict)).length;
  return { text, pages };
}

/** For comparing printed text: ligatures undone, case and whitespace ignored. */
const squash = (value: string) => value.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** What the person writes in the m05, m06 and m08 pass, in their language. */
const WRITTEN = {
  en: {
    didWhat: 'Went for a walk',
    howItWent: 'It passed after twenty minutes',
    plans: [
      ['I am alone at home late in the evening', 'I put the phone in the kitchen and call a friend'],
      ['I feel rejected', 'I read my coping card and go outside'],
    ],
    card: ['When it rises', 'It peaks and passes. I can wait ten minutes.'],
    situation: 'Evening, alone and tired',
    thought: 'Just looking does no harm',
    feeling: 'Restless',
    against: 'Every image is a real child',
    balanced: 'Every image is a real child, and I can get through this evening without it.',
  },
  fi: {
    didWhat: 'Lähdin kävelylle',
    howItWent: 'Mielihalu laantui parissakymmenessä minuutissa',
    plans: [
      ['Olen illalla yksin kotona', 'Vien puhelimen keittiöön ja soitan ystävälle'],
      ['Tunnen itseni torjutuksi', 'Luen selviytymiskorttini ja lähden ulos'],
    ],
    card: ['Kun mielihalu nousee', 'Se huipentuu ja laantuu. Jaksan odottaa kymmenen minuuttia.'],
    situation: 'Ilta, yksin ja väsyneenä',
    thought: 'Katsominen ei vahingoita ketään',
    feeling: 'Levottomuutta',
    against: 'Jokainen kuva on oikea lapsi',
    balanced: 'Jokainen kuva on oikea lapsi, ja selviän tästä illasta ilman sitä.',
  },
} as const;

async function chooseByKey(page: Page, slider: ReturnType<Page['getByRole']>, key: string) {
  await slider.focus();
  await page.keyboard.press(key);
}

for (const lang of ['en', 'fi'] as const) {
  test(`${lang}: m05 urge log and if-then, m06 timer and coping cards, m08 thought record; "my plan" from home, printed to PDF`, async ({ page, context }) => {
    test.setTimeout(240_000);
    const s = stringsFor(lang);
    const w = WRITTEN[lang];
    const m05 = s.module('m05');
    const shoot = (type: string) => checkAndShoot(page, lang === 'en' ? type : `${type}-${lang}`);
    const field = (scope: Page | ReturnType<Page['getByRole']>, key: string) => scope.getByRole('textbox', { name: text(s.course, key), exact: true });
    await setUpOffline(page, lang, context);

    // m05: a heavy module says so before it starts.
    await openModule(page, s, 'm05');
    await expect(page.getByRole('note')).toContainText(text(s.course, 'intro.heavy'));
    await page.getByRole('link', { name: text(s.course, 'intro.start'), exact: true }).click();
    await nextUntil(page, s, 'm05', 5);
    const entry = page.getByRole('group', { name: fill(text(s.course, 'urge-log.entry'), { number: 1 }), exact: true });
    await entry.getByRole('radio', { name: text(s.course, 'urge-log.bands.evening'), exact: true }).check();
    const intensity = entry.getByRole('slider', { name: text(s.course, 'urge-log.intensity'), exact: true });
    await chooseByKey(page, intensity, 'End');
    await expect(intensity).toHaveValue('10');
    await entry.getByRole('checkbox', { name: text(m05, 'steps.m05-my-trigger-log.exercise.options.tired'), exact: true }).check();
    await field(entry, 'urge-log.what-i-did').fill(w.didWhat);
    await field(entry, 'urge-log.how-it-went').fill(w.howItWent);
    await savedNow(page, s);
    await shoot('urge-log');

    await nextUntil(page, s, 'm05', 6);
    for (const [index, [situation, response]] of w.plans.entries()) {
      if (index > 0) await page.getByRole('button', { name: text(s.course, 'if-then.add'), exact: true }).click();
      const plan = page.getByRole('group', { name: fill(text(s.course, 'if-then.plan'), { number: index + 1 }), exact: true });
      await expect(field(plan, 'if-then.situation')).toBeVisible();
      await field(plan, 'if-then.situation').fill(situation);
      await field(plan, 'if-then.response').fill(response);
    }
    await savedNow(page, s);
    await shoot('if-then');

    // m06: the timer counts down (not to the end: the integration test does that with fake time).
    await openModule(page, s, 'm06');
    await page.getByRole('link', { name: text(s.course, 'intro.start'), exact: true }).click();
    await nextUntil(page, s, 'm06', 5);
    await chooseByKey(page, page.getByRole('slider', { name: text(s.course, 'timer.before'), exact: true }), 'ArrowUp');
    await savedNow(page, s);
    const clock = page.getByRole('timer', { name: text(s.course, 'timer.clock-label') });
    await expect(clock).toHaveText('5:00');
    await page.getByRole('button', { name: text(s.course, 'timer.start'), exact: true }).click();
    await expect(clock).not.toHaveText('5:00');
    await shoot('timer');
    await page.getByRole('button', { name: text(s.course, 'timer.pause'), exact: true }).click();
    await expect(page.getByRole('button', { name: text(s.course, 'timer.resume'), exact: true })).toBeVisible();
    await chooseByKey(page, page.getByRole('slider', { name: text(s.course, 'timer.after'), exact: true }), 'ArrowDown');
    await savedNow(page, s);

    await nextUntil(page, s, 'm06', 6);
    const card = page.getByRole('group', { name: fill(text(s.course, 'cards.card'), { number: 1 }), exact: true });
    await field(card, 'cards.front').fill(w.card[0]);
    await field(card, 'cards.back').fill(w.card[1]);
    await savedNow(page, s);
    await shoot('card-builder');

    // m08: the thought record.
    await openModule(page, s, 'm08');
    await page.getByRole('link', { name: text(s.course, 'intro.start'), exact: true }).click();
    await nextUntil(page, s, 'm08', 7);
    await field(page, 'thought-record.situation.label').fill(w.situation);
    await field(page, 'thought-record.thought.label').fill(w.thought);
    await field(page, 'thought-record.feeling.label').fill(w.feeling);
    await chooseByKey(page, page.getByRole('slider', { name: text(s.course, 'thought-record.strength'), exact: true }), 'ArrowUp');
    await field(page, 'thought-record.evidenceAgainst.label').fill(w.against);
    await field(page, 'thought-record.balancedThought.label').fill(w.balanced);
    await chooseByKey(page, page.getByRole('slider', { name: text(s.course, 'thought-record.after'), exact: true }), 'ArrowDown');
    await savedNow(page, s);
    await shoot('thought-record');
    await expectNeutral(page);

    // "My plan", one tap from home.
    await page.getByRole('navigation', { name: text(s.common, 'nav.label') }).getByRole('link', { name: text(s.common, 'nav.today') }).click();
    await page.getByRole('link', { name: text(s.course, 'plan.home-link'), exact: true }).click();
    await page.waitForURL('**/course/plan');
    await expect(page.getByRole('heading', { level: 1, name: text(s.course, 'plan.title') })).toBeFocused();
    await expect(page).toHaveTitle('Polku');
    const section = (key: string) => page.getByRole('region', { name: text(s.course, `plan.sections.${key}`), exact: true });
    await expect(section('if-then')).toContainText(w.plans[1][1]);
    await expect(section('cards')).toContainText(w.card[1]);
    await expect(section('thoughts')).toContainText(w.balanced);
    await expect(section('thoughts')).not.toContainText(w.thought);
    await expect(section('pathway')).toContainText(text(s.course, 'plan.empty'));
    await expect(section('pathway').getByRole('link', { name: fill(text(s.course, 'plan.write'), { number: 4 }) })).toHaveAttribute('href', '/course/m04/6');
    await shoot('screen-plan');
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(dark.violations.map((v) => v.id)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });

    // Printed: the person's plan on one A4 page, and nothing of the app around it.
    const pdf = pdfText(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const printed = squash(pdf.text);
    expect(pdf.pages, 'the plan fits on one A4 page').toBe(1);
    for (const part of [
      text(s.course, 'plan.title'),
      text(s.course, 'plan.sections.if-then'),
      ...w.plans.flat(),
      text(s.course, 'plan.if'),
      text(s.course, 'plan.sections.cards'),
      ...w.card,
      text(s.course, 'plan.sections.thoughts'),
      w.balanced,
    ]) {
      expect(printed, `the printed plan holds "${part}"`).toContain(squash(part));
    }
    for (const chrome of [
      text(s.common, 'actions.quick-exit'),
      text(s.common, 'actions.get-help'),
      text(s.common, 'footer.privacy'),
      text(s.common, 'nav.settings'),
      text(s.common, 'language.label'),
      text(s.course, 'plan.print'),
      text(s.course, 'plan.privacy'),
      text(s.course, 'plan.empty'),
      text(s.course, 'plan.sections.pathway'),
      text(s.course, 'nav.overview'),
      w.thought,
    ]) {
      expect(printed, `the printed plan leaves out "${chrome}"`).not.toContain(squash(chrome));
    }
    // The same in the print view of the page itself.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('button', { name: text(s.course, 'plan.print') })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    expect(await cspViolations(page)).toEqual([]);
    await context.setOffline(false);
  });
}
