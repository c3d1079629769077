/**
 * The tracker's crisis panel (shown for PHQ-9 item 9 above 0) gives the same routes as the help
 * page for the person's country: the emergency number, the crisis lines and the prevention lines,
 * each a tel: link, and the help page's "what to do right now", in each shipped language.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_KEY, getCountryPreference, setCountryPreference } from '../../../src/content/countryPreference';
import { CrisisRoutes } from '../../../src/features/tracker/components/CrisisRoutes';
import type { Language } from '../../../src/i18n/languages';
import { useRealI18n } from '../../support/i18n';

async function renderPanel(language: Language, country: string) {
  await i18next.changeLanguage(language);
  setCountryPreference(country);
  render(
    <MemoryRouter>
      <CrisisRoutes />
    </MemoryRouter>,
  );
  return screen.getByRole('alert');
}

const tel = (panel: HTMLElement, name: RegExp) => within(panel).getByRole('link', { name }).getAttribute('href');

describe("the tracker's crisis panel", () => {
  beforeAll(async () => {
    await useRealI18n('en');
  });
  afterEach(async () => {
    localStorage.removeItem(COUNTRY_KEY);
    await i18next.changeLanguage('en');
  });

  it('in Finnish, for Finland: 112 and the MIELI crisis line as tel: links, then what to do now', async () => {
    const panel = await renderPanel('fi', 'FI');
    expect(await within(panel).findByRole('link', { name: 'Soita: Hätänumero 112 (Suomi), 112' })).toHaveAttribute('href', 'tel:112');
    expect(tel(panel, /^Soita: MIELI ry:n Kriisipuhelin, 09 2525 0111$/)).toMatch(/^tel:\+?[0-9]+$/);
    expect(within(panel).getByRole('heading', { name: 'Jos pelkäät vahingoittavasi itseäsi' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Jos pelkäät toimivasi mielihalun mukaan' })).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Apua nyt: kriisipuhelimet' })).toHaveAttribute('href', '/help');
  });

  it('in Swedish, for Sweden: 112, Självmordslinjen and PrevenTell as tel: links', async () => {
    const panel = await renderPanel('sv', 'SE');
    expect(await within(panel).findByRole('link', { name: 'Ring Nödnumret 112 (Sverige), 112' })).toHaveAttribute('href', 'tel:112');
    expect(tel(panel, /^Ring Självmordslinjen, 90101$/)).toBe('tel:90101');
    expect(tel(panel, /^Ring PrevenTell, nationell hjälplinje, /)).toMatch(/^tel:/);
    expect(within(panel).getByRole('heading', { name: 'Om du är rädd att du ska skada dig själv' })).toBeInTheDocument();
  });

  it('in English, for the UK: 999, Samaritans and Stop It Now, never a bare 112', async () => {
    const panel = await renderPanel('en', 'GB');
    expect(await within(panel).findByRole('link', { name: 'Call Emergency number 999 (UK), 999' })).toHaveAttribute('href', 'tel:999');
    expect(tel(panel, /^Call Samaritans, 116 123$/)).toBe('tel:116123');
    expect(tel(panel, /^Call Stop It Now helpline/)).toMatch(/^tel:/);
    expect(within(panel).queryByRole('link', { name: /, 112$/ })).toBeNull();
    expect(within(panel).getByRole('heading', { name: 'If you feel you might act on an urge' })).toBeInTheDocument();
  });

  it('changing the country here changes the numbers and is the help page’s choice too', async () => {
    const user = userEvent.setup();
    const panel = await renderPanel('en', 'GB');
    await within(panel).findByRole('link', { name: /999/ });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Your country' }), 'FI');
    expect(await within(panel).findByRole('link', { name: 'Call Emergency number 112 (Finland), 112' })).toHaveAttribute('href', 'tel:112');
    expect(getCountryPreference()).toBe('FI');
  });

  it('for a country not in the directory, says to call the local emergency number', async () => {
    const panel = await renderPanel('en', 'INT');
    expect(await within(panel).findByText(/Call the emergency number of the country you are in/)).toBeInTheDocument();
    expect(within(panel).queryByRole('link', { name: /^Call / })).toBeNull();
    expect(within(panel).getByRole('link', { name: 'Get help now: crisis lines' })).toHaveAttribute('href', '/help');
  });
});
