import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DirectoryPage } from '../../../src/features/help/pages/DirectoryPage';
import { useRealI18n } from '../../support/i18n';

function renderDirectory() {
  return render(
    <MemoryRouter initialEntries={['/help/services']}>
      <DirectoryPage />
    </MemoryRouter>,
  );
}

const count = () => Number(/\d+/.exec(screen.getByRole('status').textContent ?? '')?.[0]);

describe('the service directory', () => {
  beforeAll(async () => {
    await useRealI18n('en');
  });
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('polku.country', 'FI');
  });

  it('has a labelled search box and labelled filters', () => {
    renderDirectory();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveValue('FI');
    for (const name of ['Language', 'Kind of help', 'For whom', 'How to reach them']) {
      expect(screen.getByRole('combobox', { name })).toHaveValue('all');
    }
    expect(screen.getByRole('checkbox', { name: 'Only services where I can stay anonymous' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Only free services' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Also show services open to everyone online' })).toBeChecked();
  });

  it('announces the number of results in a live region as filters change', async () => {
    const user = userEvent.setup();
    renderDirectory();
    const all = count();
    expect(screen.getByRole('status')).toHaveTextContent(`${all} services`);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of help' }), 'crisis');
    const crisis = count();
    expect(crisis).toBeLessThan(all);
    expect(screen.getAllByRole('article').length).toBe(crisis);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'all');
    const everywhere = count();
    expect(everywhere).toBeGreaterThan(crisis);

    await user.click(screen.getByRole('checkbox', { name: 'Only services where I can stay anonymous' }));
    expect(count()).toBeLessThan(everywhere);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(count()).toBe(all);
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('searches as the person types and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderDirectory();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'seri support');
    const names = screen.getAllByRole('article').map((a) => within(a).getByRole('heading').textContent);
    expect(names).toContain('Seri Support Center, HUS Women\'s Hospital (Seri-tukikeskus)');
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'qqqqq');
    expect(screen.getByRole('status')).toHaveTextContent('0 services');
    expect(screen.getByText('No service matches. Try fewer filters, or clear them.')).toBeInTheDocument();
  });

  it('shows honest dates on each card: when the source was dated and when the entry was compiled, never "checked"', () => {
    renderDirectory();
    const mieli = screen.getByRole('article', { name: 'MIELI Crisis Helpline (Kriisipuhelin)' });
    expect(within(mieli).getByText(/Source page undated\. Entry compiled 22 November 2026\./)).toBeInTheDocument();
    expect(within(mieli).getByText(/confirm them with the service before you rely on them/)).toBeInTheDocument();
    expect(within(mieli).queryByText(/checked/i)).toBeNull();
    expect(within(mieli).getByRole('link', { name: 'Call 09 2525 0111' })).toHaveAttribute('href', 'tel:0925250111');
    // The Swedish-language line from the entry's notes is offered too.
    expect(within(mieli).getByRole('link', { name: 'Call 09 2525 0112' })).toBeInTheDocument();
    const seri = screen.getByRole('article', { name: 'Seri Support Centre, Soite (Kokkola)' });
    expect(within(seri).getByText(/Source page dated 6 June 2022\. Entry compiled 27 November 2026\./)).toBeInTheDocument();
  });

  it('keeps the sources behind a quiet "Where this comes from" disclosure, with the quoted evidence', async () => {
    const user = userEvent.setup();
    renderDirectory();
    const seri = screen.getByRole('article', { name: 'Seri Support Centre, Soite (Kokkola)' });
    const source = within(seri).getByText('Where this comes from');
    expect(source.tagName).toBe('SUMMARY');
    expect(within(seri).queryByRole('button', { name: /^Source: / })).not.toBeVisible();
    await user.click(source);
    expect(within(seri).getByRole('button', { name: 'Source: soite.fi' })).toBeVisible();
    expect(within(seri).getByText(/Öppet dygnet runt 24\/7\. Ring: 06 826 4344\./)).toBeVisible();
  });

  it('says plainly that a service may have ended, and lists it after the services that run', () => {
    renderDirectory();
    const serie = screen.getByRole('article', { name: 'SeriE support service (SeriE-tukipalvelu)' });
    expect(within(serie).getByText('May have ended:')).toBeInTheDocument();
    expect(within(serie).getByText(/This service may have ended\./)).toBeInTheDocument();
    const names = screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby'));
    const finnish = names.filter((id) => id?.startsWith('service-fi-'));
    // Only other doubtful entries (the unverified ones) come after it.
    expect(finnish.slice(finnish.indexOf('service-fi-serie-support-service') + 1).sort()).toEqual([
      'service-fi-seri-support-center-paijat-hame',
      'service-fi-seri-support-centers-named-only',
      'service-fi-tukinainen',
    ]);
  });

  it('shows a corrected detail with its own source, date and quoted line', async () => {
    const user = userEvent.setup();
    renderDirectory();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'SE');
    const preventell = screen.getByRole('article', { name: 'PrevenTell national helpline' });
    expect(within(preventell).getByRole('link', { name: 'Call 020-66 77 88' })).toHaveAttribute('href', 'tel:020667788');
    expect(within(preventell).getByText(/Entry compiled 22 November 2026\. Corrected 27 November 2026\./)).toBeInTheDocument();
    await user.click(within(preventell).getByText('Where this comes from'));
    expect(within(preventell).getByText('Phone number: metro.se, undated')).toBeVisible();
    expect(within(preventell).getByText(/Numret till hjälplinjen är: 020-66 77 88/)).toBeVisible();
    expect(within(preventell).getByText('Whether it still runs: gov.se, January 2020')).toBeVisible();
  });

  it('shows entries our sources only name as unverified', () => {
    renderDirectory();
    const tukinainen = screen.getByRole('article', { name: 'Rape Crisis Centre Tukinainen (Raiskauskriisikeskus Tukinainen)' });
    expect(within(tukinainen).getByText(/^Unverified: our sources only show that this service exists/)).toBeInTheDocument();
    expect(within(tukinainen).getByText(/no contact details for this service yet/)).toBeInTheDocument();
  });

  it('shows a service with no way to reach it as such, and says Polku does not suggest it', () => {
    localStorage.setItem('polku.country', 'SE');
    renderDirectory();
    const barnahus = screen.getByRole('article', { name: 'Barnahus (Sweden)' });
    expect(within(barnahus).getByText(/no contact details for this service yet, so Polku does not suggest it/)).toBeInTheDocument();
    expect(within(barnahus).queryByRole('link')).toBeNull();
  });

  it('says plainly when the list has no phone number for a service', () => {
    renderDirectory();
    const serita = screen.getByRole('article', { name: 'Seritatyö (Serita) – work to prevent sexual offences' });
    expect(within(serita).getByText(/our list does not have the number/)).toBeInTheDocument();
    expect(within(serita).queryByRole('link', { name: /^Call / })).toBeNull();
  });
});
