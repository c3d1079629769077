/**
 * The restore section in settings (issue 13) with a real vault on fake-indexeddb: a damaged file
 * gets the one translated message and changes nothing; a good file shows the dry-run summary,
 * then merge adds only new entries; replace needs this device's passphrase and a wrong one
 * changes nothing.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { RestoreSection } from '../../../src/features/settings/RestoreSection';
import { createBackup } from '../../../src/storage/backupPages';
import { putRecord } from '../../../src/storage/pageStore';
import { useRealI18n } from '../../support/i18n';
import { BACKUP_PASSPHRASE, contents, dbDigest, seedVault } from '../storage/backupSupport';
import { FAST, PASSPHRASE, useFreshVault } from '../storage/support';

useFreshVault();

async function backupFile(): Promise<File> {
  const { bytes } = await createBackup(PASSPHRASE, { filePassphrase: BACKUP_PASSPHRASE, params: FAST });
  return new File([bytes], 'backup-2026-11-27.bak');
}

async function openIn(user: ReturnType<typeof userEvent.setup>, file: File, passphrase = BACKUP_PASSPHRASE) {
  const section = screen.getByTestId('restore-section');
  await user.upload(within(section).getByLabelText('Backup file'), file);
  await user.type(within(section).getByLabelText('Passphrase of the backup'), passphrase);
  await user.click(within(section).getByRole('button', { name: 'Open the backup' }));
  return section;
}

describe('settings: restore from a backup', () => {
  beforeEach(async () => {
    await useRealI18n('en');
  });
  afterAll(async () => {
    await useRealI18n('en');
  });

  it('a damaged file: one translated message, nothing changed', async () => {
    await seedVault();
    const good = new Uint8Array(await (await backupFile()).arrayBuffer());
    const digest = await dbDigest();
    const user = userEvent.setup();
    render(<RestoreSection />);
    await openIn(user, new File([good.subarray(0, good.length - 3)], 'backup.bak'));
    expect(await screen.findByText('This backup could not be opened: the passphrase is wrong or the file is damaged. Nothing was changed.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(await dbDigest()).toBe(digest);
  });

  it('summary, then merge adds only what is missing', async () => {
    await seedVault();
    const file = await backupFile();
    // After the backup: one entry removed here and one changed; merge brings back the first only.
    await putRecord('checkins', '2024-03', '2024-03-01', undefined);
    await putRecord('checkins', '2024-02', '2024-02-29', { date: '2024-02-29', mood: 1, note: 'changed here' });
    const user = userEvent.setup();
    render(<RestoreSection />);
    const section = await openIn(user, file);
    const summary = await within(section).findByTestId('backup-summary', {}, { timeout: 15_000 });
    expect(summary).toHaveTextContent('6 entries from');
    expect(summary).toHaveTextContent('Programme modules with answers: 1, 4');
    await user.click(within(section).getByRole('button', { name: 'Restore' }));
    expect(await within(section).findByText('Done: 1 entry restored.', {}, { timeout: 15_000 })).toBeInTheDocument();
    const after = await contents();
    expect(after['checkins/2024-03']).toEqual({ '2024-03-01': { date: '2024-03-01', mood: 5, note: '' } });
    expect(after['checkins/2024-02']).toEqual({ '2024-02-29': { date: '2024-02-29', mood: 1, note: 'changed here' } });
  });

  it('replace needs the passphrase of this device; a wrong one changes nothing', async () => {
    await seedVault();
    const file = await backupFile();
    await putRecord('notes', '', 'later', { text: 'written after the backup' });
    const user = userEvent.setup();
    render(<RestoreSection />);
    const section = await openIn(user, file);
    await within(section).findByTestId('backup-summary', {}, { timeout: 15_000 });
    await user.click(within(section).getByRole('radio', { name: /Replace everything/ }));
    await user.type(within(section).getByLabelText('Your passphrase on this device'), 'not the passphrase here');
    await user.click(within(section).getByRole('button', { name: 'Restore' }));
    expect(await within(section).findByText('That passphrase did not open Polku. Check it and try again.', {}, { timeout: 15_000 })).toBeInTheDocument();
    // Only the back-off counter (plaintext meta) changed; every page is as it was.
    expect((await contents())['notes/']).toEqual({ later: { text: 'written after the backup' } });
    await user.type(within(section).getByLabelText('Your passphrase on this device'), PASSPHRASE);
    await user.click(within(section).getByRole('button', { name: 'Restore' }));
    expect(await within(section).findByText('Done: 6 entries restored.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect((await contents())['notes/']).toBeUndefined();
  });
});
