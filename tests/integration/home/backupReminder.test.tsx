/**
 * Home's backup reminder (issue 13: "you have never made a backup" in settings and on home) on a
 * real vault: nothing while there is nothing to lose; after the first entry, "never" with the way
 * to settings; nothing once a backup was saved today; "old" and "many" as the status says. In
 * English and Finnish.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { homeReminder } from '../../../src/features/settings/home/BackupReminder';
import { useRealI18n } from '../../support/i18n';
import { backupStatus, noteBackupSaved } from '../../../src/storage/backupStatus';
import { putRecord } from '../../../src/storage/pageStore';
import { useUnlockedVault } from '../../support/vaultScreens';
import { renderApp } from './appScreens';

const SLOW = { timeout: 8000 };

useUnlockedVault('en');

describe('home: the backup reminder', () => {
  test('a new vault with nothing written: no reminder', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' }, SLOW)).toBeInTheDocument();
    // The other cards have read the vault by the time "Recently" says nothing yet.
    expect(await screen.findByText(/Nothing yet/, {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Backup' })).toBeNull();
  });

  test('after the first entry and no backup: "never", with the way to settings', async () => {
    await putRecord('notes', '', 'a', { text: 'x' });
    renderApp('/');
    const card = within(await screen.findByRole('region', { name: 'Backup' }, SLOW));
    expect(card.getByText("You have never made a backup. If this browser's data is erased, everything you have written is gone.")).toBeInTheDocument();
    expect(card.getByRole('link', { name: 'Make a backup in Settings' })).toHaveAttribute('href', '/settings');
  });

  test('a backup saved today: the status says nothing is due, so home shows no reminder', async () => {
    await putRecord('notes', '', 'a', { text: 'x' });
    await noteBackupSaved(1);
    expect(homeReminder(await backupStatus())).toBeUndefined();
  });

  test('in Finnish', async () => {
    await useRealI18n('fi');
    try {
      await putRecord('notes', '', 'a', { text: 'x' });
      renderApp('/');
      const card = within(await screen.findByRole('region', { name: 'Varmuuskopio' }, SLOW));
      expect(card.getByText(/Et ole vielä tehnyt varmuuskopiota/)).toBeInTheDocument();
      expect(card.getByRole('link', { name: 'Tee varmuuskopio asetuksissa' })).toHaveAttribute('href', '/settings');
    } finally {
      await useRealI18n('en');
    }
  });

  test('which reminder: none without entries or after a recent backup; "old" and "many" as the status says', () => {
    expect(homeReminder(undefined)).toBeUndefined();
    expect(homeReminder({ lastOn: undefined, entries: 0, nudge: 'never' })).toBeUndefined();
    expect(homeReminder({ lastOn: undefined, entries: 1, nudge: 'never' })).toBe('never');
    expect(homeReminder({ lastOn: '2026-11-27', entries: 5, nudge: undefined })).toBeUndefined();
    expect(homeReminder({ lastOn: '2026-11-01', entries: 5, nudge: 'old' })).toBe('old');
    expect(homeReminder({ lastOn: '2026-11-26', entries: 50, nudge: 'many' })).toBe('many');
  });
});
