import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PrivacyScreen } from '../../../src/features/lock/PrivacyScreen';
import { useAutoLock } from '../../../src/features/lock/useAutoLock';
import { holdIdleLock } from '../../../src/lib/idleLockHold';
import { DEFAULT_LOCK_PREFS, dropDataKey, getVaultStatus, holdSession } from '../../../src/vault/vaultState';
import { useRealI18n } from '../../support/i18n';
import { randomSessionKeys } from '../../support/sessionKeys';

function Shell() {
  useAutoLock();
  return (
    <div>
      <label>
        Note <input data-sensitive="true" defaultValue="" />
      </label>
      <PrivacyScreen />
    </div>
  );
}

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(async () => {
  await useRealI18n('en');
  const keys = await randomSessionKeys();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  holdSession(keys, DEFAULT_LOCK_PREFS);
});

afterEach(() => {
  setVisibility('visible');
  vi.useRealTimers();
  dropDataKey('checking');
});

describe('useAutoLock', () => {
  test('locks after five idle minutes; activity before that keeps it open', () => {
    render(<Shell />);
    act(() => vi.advanceTimersByTime(4 * 60_000));
    fireEvent.keyDown(window, { key: 'a' });
    act(() => vi.advanceTimersByTime(2 * 60_000));
    expect(getVaultStatus()).toBe('unlocked');
    act(() => vi.advanceTimersByTime(3 * 60_000 + 1000));
    expect(getVaultStatus()).toBe('locked');
  });

  test('covers the page the moment it is hidden and locks after the grace period', () => {
    render(<Shell />);
    act(() => setVisibility('hidden'));
    expect(screen.getByTestId('privacy-screen')).toBeInTheDocument();
    expect(getVaultStatus()).toBe('unlocked');
    act(() => vi.advanceTimersByTime(30_000));
    expect(getVaultStatus()).toBe('locked');
  });

  test('locks on return when the page was hidden past the grace period and no timer ran (a suspended page, issue 9)', () => {
    render(<Shell />);
    act(() => setVisibility('hidden'));
    // iOS Safari and Android Chrome suspend hidden pages: the clock moves on, timers do not fire.
    vi.setSystemTime(Date.now() + 4 * 60_000);
    expect(getVaultStatus()).toBe('unlocked');
    act(() => setVisibility('visible'));
    expect(getVaultStatus()).toBe('locked');
  });

  test('coming back within the grace period lifts the cover and stays open', () => {
    render(<Shell />);
    act(() => setVisibility('hidden'));
    act(() => vi.advanceTimersByTime(10_000));
    act(() => setVisibility('visible'));
    expect(screen.queryByTestId('privacy-screen')).toBeNull();
    act(() => vi.advanceTimersByTime(60_000));
    expect(getVaultStatus()).toBe('unlocked');
  });

  test('pagehide locks at once and empties text fields', () => {
    render(<Shell />);
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: 'something private' } });
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(getVaultStatus()).toBe('locked');
    expect(screen.getByLabelText('Note')).toHaveValue('');
  });

  test('a page restored from the back/forward cache is locked', () => {
    render(<Shell />);
    act(() => {
      const event = new Event('pageshow') as PageTransitionEvent;
      Object.defineProperty(event, 'persisted', { value: true });
      window.dispatchEvent(event);
    });
    expect(getVaultStatus()).toBe('locked');
  });
});

describe('a timer on screen', () => {
  test('holds the inactivity lock while it runs; hiding the page still locks; released, the usual limit applies again', () => {
    render(<Shell />);
    const release = holdIdleLock();
    act(() => vi.advanceTimersByTime(20 * 60_000));
    expect(getVaultStatus()).toBe('unlocked');
    release();
    act(() => vi.advanceTimersByTime(4 * 60_000));
    expect(getVaultStatus()).toBe('unlocked');
    act(() => vi.advanceTimersByTime(2 * 60_000));
    expect(getVaultStatus()).toBe('locked');
  });

  test('does not keep the vault open when the page is hidden', () => {
    render(<Shell />);
    const release = holdIdleLock();
    act(() => setVisibility('hidden'));
    act(() => vi.advanceTimersByTime(30_000));
    expect(getVaultStatus()).toBe('locked');
    release();
  });
});
