/**
 * Issue 10 item 7, in settings: "Install Polku on this device" on the whole settings screen of a
 * real unlocked vault, with the same offer or instructions as the "Ready to use offline" note, and
 * only "it is installed" once Polku runs as the installed app or was just installed from this tab.
 * The tests share the install offer's module state, so the one that installs runs last.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import SettingsRoute from '../../../src/features/settings/SettingsRoute';
import { Gate, useUnlockedVault } from '../../support/vaultScreens';

const SLOW = { timeout: 8000 };
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1';

useUnlockedVault('en');
afterEach(() => vi.unstubAllGlobals());

async function installSection() {
  render(
    <MemoryRouter initialEntries={['/settings']}>
      <Gate>
        <SettingsRoute />
      </Gate>
    </MemoryRouter>,
  );
  return within(await screen.findByRole('region', { name: 'Install Polku on this device' }, SLOW));
}

function standalone(matches: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: matches && query === '(display-mode: standalone)', media: query, addEventListener() {}, removeEventListener() {} }));
}

describe('settings: Install Polku on this device', () => {
  test('opened as the installed app, it says so and offers nothing to install', async () => {
    standalone(true);
    const section = await installSection();
    expect(section.getByText('Polku is installed on this device. It opens from its own icon, also without a connection.')).toBeInTheDocument();
    expect(section.queryByRole('button')).toBeNull();
  });

  test('on an iPhone without an offer it explains Add to Home Screen', async () => {
    standalone(false);
    vi.stubGlobal('navigator', { ...navigator, userAgent: IPHONE, maxTouchPoints: 5 });
    const section = await installSection();
    expect(section.getByText(/Neither the icon nor the name says what it is for/)).toBeInTheDocument();
    expect(section.getByText(/tap Share, then Add to Home Screen/)).toBeInTheDocument();
    expect(section.queryByRole('button')).toBeNull();
  });

  test("the browser's own offer becomes a button, used once; once installed the section says so", async () => {
    standalone(false);
    const section = await installSection();
    expect(section.queryByRole('button', { name: 'Install Polku' })).toBeNull();
    const prompt = vi.fn(async () => undefined);
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt });
    act(() => void window.dispatchEvent(offer));
    // The browser's own banner is held back: Polku offers it quietly here.
    expect(offer.defaultPrevented).toBe(true);
    await userEvent.click(section.getByRole('button', { name: 'Install Polku' }));
    expect(prompt).toHaveBeenCalledOnce();
    expect(section.queryByRole('button', { name: 'Install Polku' })).toBeNull();
    act(() => void window.dispatchEvent(new Event('appinstalled')));
    expect(section.getByText('Polku is installed on this device. It opens from its own icon, also without a connection.')).toBeInTheDocument();
  });
});
