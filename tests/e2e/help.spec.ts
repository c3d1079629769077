/**
 * Help (issue #5) end to end, in the production build: the guided finder gives sensible shortlists
 * for the six scenarios of the issue, every service shown carries its source and dates, and the
 * country's crisis line is one tap away from any screen while offline and without unlocking.
 * The shared fixture fails any test that sends a request beyond the app's own origin.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, useLanguage, waitForServiceWorker, type TestLanguage } from './support/fixtures';

const GET_HELP = /get help now|hae apua nyt|få hjälp nu/i;

type Scenario = {
  title: string;
  ui: TestLanguage;
  who: RegExp;
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
    title: 'a professional in Helsinki',
    ui: 'fi',
    who: /^Asiakkaalleni: olen ammattilainen/,
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

/** Every service card names its source, the date the source showed and when it was checked. */
async function expectSourcesOn(cards: Locator): Promise<void> {
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i += 1) {
    const card = cards.nth(i);
    await expect(card.locator('.source__text')).toHaveText(/2026/);
    await expect(card.getByRole('button', { name: /^(Source|Lähde|Källa): / })).toBeVisible();
  }
}

async function answerFinder(page: Page, s: Scenario): Promise<Locator> {
  await page.goto('/help/finder');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('radio', { name: s.who }).check();
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
  for (const s of SCENARIOS) {
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
    await expect(page.getByRole('button', { name: 'Call 999', exact: true })).toBeVisible();
    await expectSourcesOn(page.getByRole('article'));
  });
});

test.describe('crisis help', () => {
  test('is one tap away from any screen, offline and without unlocking', async ({ page, context }) => {
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
      await expect(crisis.getByRole('button', { name: 'Call 112', exact: true })).toBeVisible();
      await expect(crisis.getByRole('button', { name: 'Call 09 2525 0111', exact: true })).toBeVisible();
    }

    // The call itself starts only after the one-line notice and a confirm.
    const crisis = page.getByRole('region', { name: 'Help right now' });
    await crisis.getByRole('button', { name: 'Call 112', exact: true }).click();
    await expect(crisis.getByText('This starts a call outside Polku.')).toBeVisible();
    await expect(crisis.getByRole('link', { name: 'Yes, call 112', exact: true })).toHaveAttribute('href', 'tel:112');
    await expect(page).toHaveTitle('Polku');
    await context.setOffline(false);
  });

  test('follows the chosen country, and remembers only its code', async ({ page, context }) => {
    await useLanguage(context, 'sv');
    await page.goto('/help');
    const crisis = page.getByRole('region', { name: 'Hjälp just nu' });
    await crisis.getByRole('combobox', { name: 'Ditt land' }).selectOption('FI');
    await expect(crisis.getByRole('button', { name: 'Ring 112', exact: true })).toBeVisible();
    // The Swedish-language line of the Finnish crisis helpline is offered to a Swedish reader.
    await expect(crisis.getByRole('button', { name: 'Ring 09 2525 0112', exact: true })).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('polku.country'))).toBe('FI');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Ditt land' })).toHaveValue('FI');
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
