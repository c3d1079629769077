/** Issue 10 item 7: the "Ready to use offline" note offers the browser's install prompt, or says how elsewhere. */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import OfflineReady from '../../../src/app/pwa/OfflineReady';
import { listenForInstallOffer } from '../../../src/ui/installPrompt';
import { useRealI18n } from '../../support/i18n';

beforeAll(async () => {
  await useRealI18n('en');
  listenForInstallOffer();
});
afterEach(() => vi.unstubAllGlobals());

describe('Ready to use offline', () => {
  test("shows the browser's own install offer as a button, used once", async () => {
    render(<OfflineReady onClose={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('Ready to use offline.');
    const prompt = vi.fn(async () => undefined);
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), { prompt });
    act(() => void window.dispatchEvent(offer));
    expect(offer.defaultPrevented).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Install Polku' }));
    expect(prompt).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Install Polku' })).toBeNull();
  });

  test.each([
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1', /tap Share, then Add to Home Screen/],
    ['Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0', /open the menu \(⋮\), then Install/],
  ])('without an offer it explains how to install (%s)', (userAgent, advice) => {
    vi.stubGlobal('navigator', { ...navigator, userAgent, maxTouchPoints: 5 });
    const onClose = vi.fn();
    render(<OfflineReady onClose={onClose} />);
    expect(screen.getByText(advice)).toBeInTheDocument();
    screen.getByRole('button', { name: 'Close' }).click();
    expect(onClose).toHaveBeenCalledOnce();
  });
});
