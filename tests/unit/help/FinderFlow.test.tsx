/** The finder's new questions and its urgent path (issue #15), through what a person sees. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import HelpRoute from '../../../src/features/help/HelpRoute';
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

const results = () => screen.getByRole('region', { name: 'Suggestions for you' });

describe('the finder, when help is urgent', () => {
  beforeAll(async () => {
    await useRealI18n('en');
  });
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('polku.country', 'FI');
  });

  it('opens the results with the emergency number and the crisis line as direct call links', async () => {
    const user = userEvent.setup();
    renderAt('/help/finder');
    await user.click(screen.getByRole('radio', { name: 'Me: I am worried about my own sexual thoughts or behaviour' }));
    await user.click(screen.getByRole('radio', { name: 'Yes, it is urgent' }));
    await user.click(screen.getByRole('button', { name: 'Show suggestions' }));
    const urgent = within(results()).getByRole('region', { name: 'Call now' });
    const calls = within(urgent).getAllByRole('link', { name: /^Call / });
    expect(calls[0]).toHaveAccessibleName('Call 112');
    expect(calls[0]).toHaveAttribute('href', 'tel:112');
    expect(within(urgent).getByRole('link', { name: 'Call 09 2525 0111' })).toHaveAttribute('href', 'tel:0925250111');
    // The crisis routes come before the suggestions.
    const [firstCard] = within(results()).getAllByRole('article');
    expect(urgent.compareDocumentPosition(firstCard!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('opens with them for an under-18 without being asked, with the youth line', async () => {
    const user = userEvent.setup();
    renderAt('/help/finder');
    await user.click(screen.getByRole('radio', { name: 'Me, and I am under 18' }));
    await user.click(screen.getByRole('button', { name: 'Show suggestions' }));
    const urgent = within(results()).getByRole('region', { name: 'Call now' });
    expect(within(urgent).getByRole('link', { name: 'Call 116 111' })).toHaveAttribute('href', 'tel:116111');
  });

  it('opens with them for someone harmed in the past month, and not for harm long ago', async () => {
    const user = userEvent.setup();
    renderAt('/help/finder');
    await user.click(screen.getByRole('radio', { name: 'Me or someone close to me: we have been harmed' }));
    await user.click(screen.getByRole('radio', { name: 'In the past month' }));
    await user.click(screen.getByRole('button', { name: 'Show suggestions' }));
    expect(within(results()).getByRole('region', { name: 'Call now' })).toBeInTheDocument();
    expect(within(results()).getAllByRole('article')[0]).toHaveAccessibleName("Seri Support Center, HUS Women's Hospital (Seri-tukikeskus)");

    await user.click(screen.getByRole('radio', { name: 'Longer ago' }));
    await user.click(screen.getByRole('button', { name: 'Show suggestions' }));
    expect(within(results()).queryByRole('region', { name: 'Call now' })).toBeNull();
  });
});

describe('the finder asks a professional which need they have', () => {
  beforeAll(async () => {
    await useRealI18n('en');
  });
  beforeEach(() => {
    localStorage.clear();
    localStorage.setItem('polku.country', 'FI');
  });

  it('will not guess between protecting a child and consulting about a client', async () => {
    const user = userEvent.setup();
    renderAt('/help/finder');
    await user.click(screen.getByRole('radio', { name: 'Someone I work with: I am a professional' }));
    await user.click(screen.getByRole('button', { name: 'Show suggestions' }));
    expect(screen.getByText('Choose what you need help with.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'What do you need?' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('region', { name: 'Suggestions for you' })).toBeNull();

    await user.click(screen.getByRole('radio', { name: /^To protect a child/ }));
    await user.click(screen.getByRole('button', { name: 'Show suggestions' }));
    const [first] = within(results()).getAllByRole('article');
    expect(first).toHaveAccessibleName('Child welfare notification (lastensuojeluilmoitus) and social emergency services (sosiaalipäivystys), Finland');
    expect(within(first!).getByText('A route for protecting a child')).toBeInTheDocument();
  });
});

describe('"another country" on the help home', () => {
  beforeAll(async () => {
    await useRealI18n('en');
  });

  it('carries over into the finder, which then offers the international online services', async () => {
    localStorage.clear();
    const user = userEvent.setup();
    const { unmount } = renderAt('/help');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Your country' }), 'INT');
    unmount();
    renderAt('/help/finder');
    expect(screen.getByRole('combobox', { name: 'Where are you?' })).toHaveValue('INT');
    await user.click(screen.getByRole('radio', { name: 'Me: I am worried about my own sexual thoughts or behaviour' }));
    await user.click(screen.getByRole('radio', { name: 'Yes, it is urgent' }));
    await user.click(screen.getByRole('button', { name: 'Show suggestions' }));
    const names = within(results())
      .getAllByRole('article')
      .map((a) => a.getAttribute('aria-labelledby'));
    expect(names.length).toBeGreaterThan(0);
    expect(names.every((id) => id?.startsWith('service-int-'))).toBe(true);
    // No crisis numbers are known for another country, and the page says what to do instead.
    expect(within(results()).getByText(/Call the emergency number of the country you are in/)).toBeInTheDocument();
  });
});

describe('when nothing in the list fits (issue #15)', () => {
  beforeAll(async () => {
    await useRealI18n('en');
  });
  beforeEach(() => localStorage.clear());

  async function askAsHarmedLongAgo(country: string) {
    localStorage.setItem('polku.country', country);
    const user = userEvent.setup();
    renderAt('/help/finder');
    await user.click(screen.getByRole('radio', { name: 'Me or someone close to me: we have been harmed' }));
    await user.click(screen.getByRole('radio', { name: 'Longer ago' }));
    await user.click(screen.getByRole('button', { name: 'Show suggestions' }));
    expect(within(results()).getByRole('status')).toHaveTextContent(/^0 /);
    expect(within(results()).queryAllByRole('article')).toEqual([]);
  }

  it('for another country, says to call the local emergency number and never points to crisis lines Get help now does not have', async () => {
    await askAsHarmedLongAgo('INT');
    const text = results().textContent ?? '';
    expect(text).toMatch(/call the emergency number of the country you are in/i);
    expect(text).not.toMatch(/crisis lines are always|these come first/i);
    expect(within(results()).queryByRole('link', { name: 'Get help now' })).toBeNull();
    // Nothing about anonymity or kind was asked for, so it does not suggest loosening them.
    expect(text).not.toMatch(/not anonymous|another kind/i);
  });

  it('for a country with crisis routes (the US), points to Get help now, where 911 and 988 are', async () => {
    await askAsHarmedLongAgo('US');
    expect(results().textContent).toMatch(/The emergency number and crisis lines are always on Get help now/);
    expect(within(results()).getAllByRole('link', { name: 'Get help now' })[0]).toHaveAttribute('href', '/help');
  });
});
