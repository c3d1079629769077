/**
 * Help (issues #5 and #15) end to end, in the production build: the guided finder gives sensible
 * shortlists, opens with crisis numbers when help is urgent, every service shown carries honest
 * dates and its sources behind "Where this comes from", and from any screen, locked and offline,
 * two taps reach the dialler with the emergency number. The shared fixture fails any test that
 * sends a request beyond the app's own origin.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { lockHeading, onboard } from '../fixtures/vault/e2eVault';
import { expect, test, useLanguage, waitForServiceWorker, type TestLanguage } from './support/fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const GET_HELP = /get help now|hae apua nyt|få hjälp nu/i;

type Scenario = {
  title: string;
  ui: TestLanguage;
  who: RegExp;
  /** A follow-up answer for professionals (their need) or people harmed (when). */
  follow?: RegExp;
  /** Answer "yes" to "Is this urgent right now?". */
  urgent?: RegExp;
  country: string;
  language: string;
  anonymous?: RegExp;
  /** Acceptable names for the first suggestion (in the UI language). */
  first: string[];
  /** Texts the first suggestion's "why this fits" must include. */
  reasons: RegExp[];
};

const SCENARIOS: Scenario[] = [
  {
    title: 'a Finnish speaker in Finland worried about their own thoughts, who wants anonymity',
    ui: 'fi',
    who: /^Minulle: olen huolissani omista/,
    country: 'FI',
    language: 'fi',
    anonymous: /^Kyllä, sen pitää olla nimetöntä/,
    first: [
      'ReDirection-omahoito-ohjelma suomeksi ja nimetön chat',
      'Omahoito-ohjelma: seksuaalinen kiinnostus lapsiin',
      'Seritatyö (Serita) – seksuaalirikosten ennaltaehkäisy',
    ],
    reasons: [/^Voit asioida nimettömänä$/, /^Kielellä: suomi$/, /^Toimii maassa: Suomi$/],
  },
  {
    title: 'a Swedish parent worried about their adult son',
    ui: 'sv',
    who: /^Någon nära mig/,
    country: 'SE',
    language: 'sv',
    first: ['PrevenTell, nationell hjälplinje'],
    reasons: [/^För anhöriga och vänner$/, /^Finns i Sverige$/, /^På svenska$/],
  },
  {
    title: 'a professional in Helsinki asking about a client',
    ui: 'fi',
    who: /^Asiakkaalleni: olen ammattilainen/,
    follow: /^Apua asiakkaalle/,
    country: 'FI',
    language: 'fi',
    first: ['SeriE-verkosto ammattilaisille'],
    reasons: [/^Ammattilaisille$/, /^Toimii maassa: Suomi$/],
  },
  {
    title: 'someone in Germany who was harmed',
    ui: 'en',
    who: /^Me or someone close to me: we have been harmed/,
    country: 'DE',
    language: 'de',
    first: ['Hilfetelefon Sexueller Missbrauch'],
    reasons: [/^For people who have been harmed$/, /^Works in Germany$/, /^In German$/],
  },
  {
    title: 'an under-18 user',
    ui: 'en',
    who: /^Me, and I am under 18/,
    country: 'GB',
    language: 'en',
    first: ['Childline'],
    reasons: [/^For young people$/, /^Works in United Kingdom$/],
  },
  {
    title: 'an English speaker in Ireland',
    ui: 'en',
    who: /^Me: I am worried about my own sexual thoughts/,
    country: 'IE',
    language: 'en',
    first: ['Stop It Now helpline (UK & Ireland)'],
    reasons: [/^Works in Ireland$/, /^In English$/],
  },
];

const NEW_SCENARIOS: Scenario[] = [
  {
    title: 'someone in Helsinki assaulted last week (Seri HUS before Nollalinja)',
    ui: 'fi',
    who: /^Minulle tai läheiselleni: olemme kokeneet väkivaltaa/,
    follow: /^Viimeisen kuukauden aikana/,
    country: 'FI',
    language: 'fi',
    first: ['Seri-tukikeskus, HUS Naistensairaala'],
    reasons: [/^Tarkoitettu ensimmäisille viikoille seksuaalisen väkivallan jälkeen$/, /^Toimii maassa: Suomi$/],
  },
  {
    title: 'a professional in Finland protecting a child (reporting routes, not prevention)',
    ui: 'en',
    who: /^Someone I work with: I am a professional/,
    follow: /^To protect a child/,
    country: 'FI',
    language: 'fi',
    first: ['Child welfare notification (lastensuojeluilmoitus) and social emergency services (sosiaalipäivystys), Finland'],
    reasons: [/^A route for protecting a child$/, /^Works in Finland$/],
  },
  {
    title: 'an under-18 in Sweden (BRIS, and the crisis numbers first)',
    ui: 'sv',
    who: /^Mig, och jag är under 18/,
    country: 'SE',
    language: 'sv',
    first: ['Bris – den nationella stödlinjen för barn 116 111'],
    reasons: [/^För unga$/, /^Finns i Sverige$/],
  },
  {
    title: 'a person in the US who must stay anonymous (Stop It Now stays, with a note)',
    ui: 'en',
    who: /^Me: I am worried about my own sexual thoughts/,
    urgent: /^Yes, it is urgent/,
    anonymous: /^Yes, it must be anonymous/,
    country: 'US',
    language: 'en',
    first: ['ReDirection Self-Help Program', 'Troubled Desire'],
    reasons: [/^In English$/, /^You can stay anonymous$/],
  },
];

/**
 * Every service card says when its source was dated (or that it was not) and when the entry was
 * compiled, never "checked"; its sources sit behind a closed "Where this comes from" disclosure.
 */
async function expectSourcesOn(cards: Locator): Promise<void> {
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const card = cards.nth(i);
    await expect(card.locator('.source__dates')).toHaveText(/2026/);
    await expect(card.locator('.source__dates')).not.toHaveText(/checked|tarkistettu|kontrollerad/i);
    await expect(card.locator('summary')).toHaveText(/^(Where this comes from|Mistä tiedot ovat peräisin|Var uppgifterna kommer ifrån)$/);
    await expect(card.getByRole('button', { name: /^(Source|Lähde|Källa): / }).first()).toBeHidden();
  }
  // Opening the disclosure shows the source, still behind the leave-the-app notice.
  const first = cards.first();
  await first.locator('summary').click();
  await expect(first.getByRole('button', { name: /^(Source|Lähde|Källa): / }).first()).toBeVisible();
  expect(await first.locator('a[href^="http"]').count()).toBe(0);
}

async function answerFinder(page: Page, s: Scenario): Promise<Locator> {
  await page.goto('/help/finder');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('radio', { name: s.who }).check();
  if (s.follow) await page.getByRole('radio', { name: s.follow }).check();
  if (s.urgent) await page.getByRole('radio', { name: s.urgent }).check();
  // The finder's two selects, in order: where, then which language (the header has its own).
  const selects = page.locator('form.finder').getByRole('combobox');
  await selects.nth(0).selectOption(s.country);
  await selects.nth(1).selectOption(s.language);
  if (s.anonymous) await page.getByRole('radio', { name: s.anonymous }).check();
  await page.locator('form.finder button[type="submit"]').click();
  const results = page.locator('section.finder-results');
  await expect(results.getByRole('heading', { level: 2 }).first()).toBeFocused();
  return results;
}

test.describe('the guided finder', () => {
  for (const s of [...SCENARIOS, ...NEW_SCENARIOS]) {
    test(`gives a sensible shortlist for ${s.title}`, async ({ page, context }) => {
      await useLanguage(context, s.ui);
      const results = await answerFinder(page, s);
      await expect(results.getByRole('status')).toHaveText(/\d/);
      const cards = results.getByRole('article');
      const first = cards.first();
      const name = await first.getByRole('heading').first().textContent();
      expect(s.first).toContain(name?.trim());
      const why = first.locator('.why__list').first().getByRole('listitem');
      for (const reason of s.reasons) await expect(why.filter({ hasText: reason })).toHaveCount(1);
      await expectSourcesOn(cards);
      // PRIVACY: the answers are not stored anywhere.
      const stored = await page.evaluate(() => Object.keys(localStorage).sort());
      expect(stored.filter((key) => key !== 'polku.language' && key !== 'polku.country')).toEqual([]);
      expect(page.url()).toMatch(/\/help\/finder$/);
    });
  }

  test('the under-18 page is kind, offers youth services and the crisis numbers', async ({ page, context }) => {
    await useLanguage(context, 'en');
    await context.addInitScript(() => localStorage.setItem('polku.country', 'GB'));
    await page.goto('/help/youth');
    await expect(page.getByRole('heading', { level: 1, name: 'If you are under 18' })).toBeVisible();
    await expect(page.getByText('You are not in trouble for looking here.')).toBeVisible();
    await expect(page.getByRole('article', { name: 'Childline' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 999', exact: true })).toHaveAttribute('href', 'tel:999');
    // The youth lines named in the text are links to the dialler too.
    await expect(page.locator('.prose').getByRole('link', { name: '116 111', exact: true }).first()).toHaveAttribute('href', 'tel:116111');
    await expectSourcesOn(page.getByRole('article'));
  });

  test('opens with the crisis numbers as call links when help is urgent, and passes axe', async ({ page, context }) => {
    await useLanguage(context, 'en');
    await context.addInitScript(() => localStorage.setItem('polku.country', 'FI'));
    const results = await answerFinder(page, {
      title: 'urgent',
      ui: 'en',
      who: /^Me: I am worried about my own sexual thoughts/,
      urgent: /^Yes, it is urgent/,
      country: 'FI',
      language: 'fi',
      first: [],
      reasons: [],
    });
    const urgent = results.getByRole('region', { name: 'Call now' });
    await expect(urgent.getByRole('link', { name: 'Call 112', exact: true })).toHaveAttribute('href', 'tel:112');
    await expect(urgent.getByRole('link', { name: 'Call 09 2525 0111', exact: true })).toHaveAttribute('href', 'tel:0925250111');
    await results.getByRole('article').first().locator('summary').click();
    await expectNoAxeViolations(page);
  });

  test('"another country" chosen on the help home carries over, with international online services', async ({ page, context }) => {
    await useLanguage(context, 'en');
    await page.goto('/help');
    await page.getByRole('region', { name: 'Help right now' }).getByRole('combobox', { name: 'Your country' }).selectOption('INT');
    await page.getByRole('link', { name: /^Help me choose/ }).first().click();
    const selects = page.locator('form.finder').getByRole('combobox');
    await expect(selects.nth(0)).toHaveValue('INT');
    await page.getByRole('radio', { name: /^Me: I am worried about my own sexual thoughts/ }).check();
    await page.locator('form.finder button[type="submit"]').click();
    const results = page.locator('section.finder-results');
    await expect(results.getByRole('heading', { level: 2 }).first()).toBeFocused();
    const ids = await results.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-labelledby')));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(/^service-int-/);
  });
});

test.describe('crisis help', () => {
  test('from any screen, locked and offline, two taps open the dialler with the emergency number', async ({ page, context }) => {
    await useLanguage(context, 'en');
    await context.addInitScript(() => localStorage.setItem('polku.country', 'FI'));
    await page.goto('/help');
    await waitForServiceWorker(page);
    await page.reload();
    await context.setOffline(true);

    for (const path of ['/welcome', '/', '/course/m01/1', '/tracker', '/research', '/help/services', '/no-such-page']) {
      await page.goto(path);
      await page.getByRole('link', { name: GET_HELP }).first().click();
      await expect(page).toHaveURL(/\/help$/);
      const crisis = page.getByRole('region', { name: 'Help right now' });
      // The second tap is the number itself: a tel: link, so the phone's own dialler opens (and asks).
      await expect(crisis.getByRole('link', { name: 'Call 112', exact: true })).toHaveAttribute('href', 'tel:112');
      await expect(crisis.getByRole('link', { name: 'Call 09 2525 0111', exact: true })).toHaveAttribute('href', 'tel:0925250111');
    }

    // No notice or confirm stands between the number and the dialler; the app stays where it was.
    const crisis = page.getByRole('region', { name: 'Help right now' });
    const call = crisis.getByRole('link', { name: 'Call 112', exact: true });
    await expect(call).not.toHaveAttribute('target');
    // The test browser has no dialler: note where the tap would go instead of following it.
    await page.evaluate(() => {
      document.addEventListener(
        'click',
        (event) => {
          const link = (event.target as Element).closest('a');
          if (link?.href.startsWith('tel:')) {
            event.preventDefault();
            document.body.dataset.dialled = link.getAttribute('href') ?? '';
          }
        },
        { capture: true },
      );
    });
    await call.click();
    await expect(page.locator('body')).toHaveAttribute('data-dialled', 'tel:112');
    await expect(crisis.getByText('This starts a call outside Polku.')).toHaveCount(0);
    await expect(page).toHaveURL(/\/help$/);
    await expect(page).toHaveTitle('Polku');
    await context.setOffline(false);
  });

  test('with a vault that is locked, offline, every screen still reaches the dialler in two taps', async ({ page, context }) => {
    await useLanguage(context, 'en');
    await context.addInitScript(() => localStorage.setItem('polku.country', 'FI'));
    await onboard(page);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    // A full load forgets the key: every private screen is now behind the lock screen.
    for (const path of ['/', '/course/m01/1', '/tracker', '/notes', '/settings', '/help/finder']) {
      await page.goto(path);
      if (path !== '/help/finder') await expect(lockHeading(page)).toBeVisible();
      await page.getByRole('link', { name: GET_HELP }).first().click();
      await expect(page).toHaveURL(/\/help$/);
      const crisis = page.getByRole('region', { name: 'Help right now' });
      await expect(crisis.getByRole('link', { name: 'Call 112', exact: true })).toHaveAttribute('href', 'tel:112');
    }
    await context.setOffline(false);
  });

  test('follows the chosen country, and remembers only its code', async ({ page, context }) => {
    await useLanguage(context, 'sv');
    await page.goto('/help');
    const crisis = page.getByRole('region', { name: 'Hjälp just nu' });
    await crisis.getByRole('combobox', { name: 'Ditt land' }).selectOption('FI');
    await expect(crisis.getByRole('link', { name: 'Ring 112', exact: true })).toHaveAttribute('href', 'tel:112');
    // The Swedish-language line of the Finnish crisis helpline is offered to a Swedish reader.
    await expect(crisis.getByRole('link', { name: 'Ring 09 2525 0112', exact: true })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('polku.country'))).toBe('FI');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Ditt land' })).toHaveValue('FI');
  });

  test('a browser set to en-US starts on the US, with 911 and 988', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    await useLanguage(context, 'en');
    const page = await context.newPage();
    await page.goto('/help');
    const crisis = page.getByRole('region', { name: 'Help right now' });
    await expect(crisis.getByRole('combobox', { name: 'Your country' })).toHaveValue('US');
    await expect(crisis.getByRole('link', { name: 'Call 911', exact: true })).toHaveAttribute('href', 'tel:911');
    await expect(crisis.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
    await context.close();
  });

  test('a browser set to en-CA starts on "another country", never on the UK', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-CA' });
    await useLanguage(context, 'en');
    const page = await context.newPage();
    await page.goto('/help');
    await expect(page.getByRole('combobox', { name: 'Your country' })).toHaveValue('INT');
    await context.close();
  });

  test('an outside link is not a link until the person confirms, and carries no referrer', async ({ page, context }) => {
    await useLanguage(context, 'en');
    await context.addInitScript(() => localStorage.setItem('polku.country', 'FI'));
    await page.goto('/help');
    const crisis = page.getByRole('region', { name: 'Help right now' });
    expect(await crisis.locator('a[href^="http"]').count()).toBe(0);
    await crisis.getByRole('button', { name: 'Website: mieli.fi', exact: true }).click();
    await expect(crisis.getByText('This opens outside Polku and needs a connection.')).toBeVisible();
    const link = crisis.getByRole('link', { name: 'Open mieli.fi', exact: true });
    await expect(link).toHaveAttribute('rel', /noreferrer/);
    await expect(link).toHaveAttribute('referrerpolicy', 'no-referrer');
    await expect(link).toHaveAttribute('target', '_blank');
    await crisis.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(link).toHaveCount(0);
  });
});
