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
    expect(count()).toBe(44);

    await user.click(screen.getByRole('checkbox', { name: 'Only services where I can stay anonymous' }));
    expect(count()).toBeLessThan(44);

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

  it('shows each service with its source, the dates and a reminder to confirm', () => {
    renderDirectory();
    const mieli = screen.getByRole('article', { name: 'MIELI Crisis Helpline (Kriisipuhelin)' });
    expect(within(mieli).getByText(/The source page shows no date\. Checked against the source on 22 November 2026\./)).toBeInTheDocument();
    expect(within(mieli).getByText(/confirm them with the service before you rely on them/)).toBeInTheDocument();
    expect(within(mieli).getByRole('button', { name: 'Source: mieli.fi' })).toBeInTheDocument();
    expect(within(mieli).getByRole('button', { name: 'Call 09 2525 0111' })).toBeInTheDocument();
    // The Swedish-language line from the entry's notes is offered too.
    expect(within(mieli).getByRole('button', { name: 'Call 09 2525 0112' })).toBeInTheDocument();
    // Caveats are shown where they matter.
    const serie = screen.getByRole('article', { name: 'SeriE support service (SeriE-tukipalvelu)' });
    expect(within(serie).getByText(/funding was due to end on 31 December 2022/)).toBeInTheDocument();
    expect(within(serie).getByText('Check first:')).toBeInTheDocument();
  });

  it('says plainly when the list has no phone number for a service', async () => {
    const user = userEvent.setup();
    renderDirectory();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Country' }), 'SE');
    const preventell = screen.getByRole('article', { name: 'PrevenTell national helpline' });
    expect(within(preventell).getByText(/our list does not have the number/)).toBeInTheDocument();
    expect(within(preventell).queryByRole('button', { name: /^Call / })).toBeNull();
  });
});
