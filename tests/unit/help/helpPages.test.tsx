import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import HelpRoute from '../../../src/features/help/HelpRoute';
import { helpPageText } from '../../../src/features/help/content/helpPages';
import { useRealI18n } from '../../support/i18n';

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="help/*" element={<HelpRoute />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('the help pages (issue #15)', () => {
  beforeEach(() => localStorage.clear());

  it('the youth page says plainly that CSAM harms real children and is illegal, and gives a route for fear of hurting someone', async () => {
    await useRealI18n('en');
    localStorage.setItem('polku.country', 'SE');
    renderAt('/help/youth');
    expect(screen.getByText(/harms real children, and looking at it, saving it or sharing it is illegal/)).toBeInTheDocument();
    expect(screen.getByText(/If you are afraid you might hurt someone,/)).toBeInTheDocument();
    expect(screen.getByText(/If you are in danger or thinking about hurting yourself,/)).toBeInTheDocument();
    // The youth lines in the text are one tap from the dialler, written as the text writes them.
    const prose = document.querySelector('.prose') as HTMLElement;
    const inText = within(prose).getAllByRole('link', { name: '116 111' });
    expect(inText).toHaveLength(2);
    for (const link of inText) expect(link).toHaveAttribute('href', 'tel:116111');
  });

  it('the Finnish youth page reads as Finnish', () => {
    const text = helpPageText('youth', 'fi');
    expect(text).toContain('Avun pyytäminen on rohkea ja hyvä teko.');
    expect(text).not.toMatch(/rohkeaa ja hyvä asia|ansaitset jonkun, jolle puhua/);
  });

  it('the professionals page cites German law as German and adds the Swedish reporting duty', () => {
    expect(helpPageText('professionals', 'en')).toMatch(/German Criminal Code/);
    expect(helpPageText('professionals', 'fi')).toMatch(/Saksan rikoslain/);
    expect(helpPageText('professionals', 'fi')).not.toMatch(/\(rikoslain 203 §\)/);
    expect(helpPageText('professionals', 'sv')).toMatch(/den tyska strafflagen/);
    for (const lang of ['en', 'fi', 'sv'] as const) expect(helpPageText('professionals', lang)).toMatch(/socialtjänstlagen/);
  });

  it('the harmed and family pages carry the language fixes', () => {
    expect(helpPageText('harmed', 'fi')).toContain('kuukauden sisällä');
    expect(helpPageText('harmed', 'fi')).not.toContain('kuukauden ajan tapahtuneesta');
    expect(helpPageText('family', 'fi')).toContain('syyllistäminen');
    expect(helpPageText('family', 'fi')).not.toMatch(/häpäiseminen|mahdottoman tuntuisen/);
    expect(helpPageText('family', 'sv')).not.toContain('handla på dem');
  });

  it('the page about the list never says entries were checked', () => {
    expect(helpPageText('about-list', 'en')).not.toMatch(/when it was checked/);
    expect(helpPageText('about-list', 'fi')).not.toMatch(/milloin tiedot tarkistettiin/);
    expect(helpPageText('about-list', 'sv')).not.toMatch(/när uppgifterna kontrollerades/);
  });
});
