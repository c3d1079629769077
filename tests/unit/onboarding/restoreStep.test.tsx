/**
 * The first-run restore ("I have a backup", issue 13) on a fresh device with real Dexie on
 * fake-indexeddb and real Web Crypto: a damaged file gets the one translated message and creates
 * nothing; the right file shows the summary, then the vault is created with the backup's
 * passphrase, every entry is written and the new recovery code is handed on. In Finnish too, since
 * the day range and the message come from the reader's language.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { RestoreStep } from '../../../src/features/onboarding/RestoreStep';
import { createBackup } from '../../../src/storage/backupPages';
import { resetDbForTests } from '../../../src/storage/db';
import { dropDataKey, getVaultStatus } from '../../../src/vault/vaultState';
import { useRealI18n } from '../../support/i18n';
import { BACKUP_PASSPHRASE, contents, dbDigest, seedVault } from '../storage/backupSupport';
import { FAST, PASSPHRASE, useFreshVault } from '../storage/support';

useFreshVault();
afterAll(async () => {
  await useRealI18n('en');
});

/** A backup made on "another device", then this device as new: no vault, no database rows. */
async function backupFromAnotherDevice(): Promise<{ file: File; written: Awaited<ReturnType<typeof contents>> }> {
  await seedVault();
  const written = await contents();
  const { bytes } = await createBackup(PASSPHRASE, { filePassphrase: BACKUP_PASSPHRASE, params: FAST });
  dropDataKey('checking');
  await resetDbForTests();
  return { file: new File([bytes], 'backup-2026-11-27.bak'), written };
}

describe('first run: I have a backup', () => {
  test('damaged file: one message, no vault; right file: summary, restore, recovery code, every entry here', async () => {
    await useRealI18n('en');
    const { file, written } = await backupFromAnotherDevice();
    const good = new Uint8Array(await file.arrayBuffer());
    const digest = await dbDigest();
    const onCreating = vi.fn();
    const onRestored = vi.fn();
    const user = userEvent.setup();
    render(<RestoreStep onBack={() => undefined} onCreating={onCreating} onRestored={onRestored} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Restore from a backup' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Open the backup' }));
    expect(screen.getByText('Choose a backup file first.')).toBeInTheDocument();

    await user.upload(screen.getByLabelText('Backup file'), new File([good.subarray(0, good.length >> 1)], 'backup.bak'));
    await user.type(screen.getByLabelText('Passphrase of the backup'), BACKUP_PASSPHRASE);
    await user.click(screen.getByRole('button', { name: 'Open the backup' }));
    expect(await screen.findByText('This backup could not be opened: the passphrase is wrong or the file is damaged. Nothing was changed.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(await dbDigest()).toBe(digest);
    expect(onCreating).not.toHaveBeenCalled();

    await user.upload(screen.getByLabelText('Backup file'), file);
    await user.type(screen.getByLabelText('Passphrase of the backup'), BACKUP_PASSPHRASE);
    await user.keyboard('{Enter}');
    const summary = await screen.findByTestId('backup-summary', {}, { timeout: 15_000 });
    expect(summary).toHaveTextContent('6 entries from Feb 29, 2024 to Nov 20, 2026');
    expect(summary).toHaveTextContent('Programme modules with answers: 1, 4');
    // Still nothing on this device: opening is a dry run.
    expect(await dbDigest()).toBe(digest);

    await user.click(screen.getByRole('button', { name: 'Restore and continue' }));
    await vi.waitFor(() => expect(onRestored).toHaveBeenCalledTimes(1), { timeout: 60_000 });
    expect(onCreating).toHaveBeenCalledTimes(1);
    expect(onRestored.mock.calls[0]?.[0]).toMatch(/\S/);
    expect(getVaultStatus()).toBe('unlocked');
    expect(await contents()).toEqual(written);
  }, 120_000);

  test('in Finnish: the labels, the message and the days in the reader\'s language', async () => {
    await useRealI18n('fi');
    const { file } = await backupFromAnotherDevice();
    const user = userEvent.setup();
    render(<RestoreStep onBack={() => undefined} onCreating={() => undefined} onRestored={() => undefined} />);
    await user.upload(screen.getByLabelText('Varmuuskopiotiedosto'), file);
    await user.type(screen.getByLabelText(/^Varmuuskopion tunnuslause/), 'väärä tunnuslause');
    await user.keyboard('{Enter}');
    expect(await screen.findByText(/Varmuuskopiota ei voitu avata/, {}, { timeout: 15_000 })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Varmuuskopion tunnuslause/), BACKUP_PASSPHRASE);
    await user.keyboard('{Enter}');
    const summary = await screen.findByTestId('backup-summary', {}, { timeout: 15_000 });
    expect(summary).toHaveTextContent('29.2.2024');
    expect(summary).toHaveTextContent('20.11.2026');
  }, 60_000);
});
