/**
 * The one wrapper that the four passphrase screens (first run, recovery unlock, change passphrase,
 * a backup's own passphrase) use: the strength check, the generator and the word list of the
 * language in use come with it, so a screen passes only its own state.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, test } from 'vitest';
import { LazyNewPassphraseFields } from '../../../src/vault/LazyNewPassphraseFields';
import type { Language } from '../../../src/i18n/languages';
import { FINNISH_WORDS } from '../../../src/vault/passphraseWordsFi';
import { useRealI18n } from '../../support/i18n';

function Screen() {
  const [value, setValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [ready, setReady] = useState(false);
  return (
    <>
      <LazyNewPassphraseFields value={value} onChange={setValue} confirm={confirm} onConfirmChange={setConfirm} onReadyChange={setReady} showErrors={false} />
      <output>{ready ? 'ready' : 'not ready'}</output>
    </>
  );
}

describe('LazyNewPassphraseFields', () => {
  test.each([
    ['en', 'Word list for suggestions', 'English words'],
    ['fi', 'Ehdotusten sanalista', 'suomenkieliset sanat'],
    ['sv', 'Ordlista för förslag', 'svenska ord'],
  ] as const)('in %s, suggestions come from that language by default', async (language: Language, label, option) => {
    await useRealI18n(language);
    render(<Screen />);
    const list = screen.getByLabelText(label) as HTMLSelectElement;
    expect(list.selectedOptions[0]?.textContent).toBe(option);
  });

  test('in Finnish, a suggestion is six words from the Finnish list', async () => {
    await useRealI18n('fi');
    const user = userEvent.setup();
    render(<Screen />);
    await user.click(screen.getByRole('button', { name: 'Ehdota tunnuslausetta' }));
    const field = screen.getByLabelText('Uusi tunnuslause') as HTMLInputElement;
    await waitFor(() => expect(field.value.split(' ')).toHaveLength(6));
    for (const word of field.value.split(' ')) expect(FINNISH_WORDS).toContain(word);
  });

  test('checks strength with the real check and reports a strong pair typed twice as ready', async () => {
    await useRealI18n('en');
    const user = userEvent.setup();
    render(<Screen />);
    await user.type(screen.getByLabelText('New passphrase'), 'password1234');
    expect(await screen.findByText('It is a common password that attackers try first.', {}, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Suggest a passphrase' }));
    await waitFor(() => expect((screen.getByLabelText('New passphrase') as HTMLInputElement).value.split(' ')).toHaveLength(6));
    await user.type(screen.getByLabelText('Type the passphrase again'), (screen.getByLabelText('New passphrase') as HTMLInputElement).value);
    await waitFor(() => expect(screen.getByRole('meter')).toHaveAccessibleName(/strong enough/), { timeout: 10_000 });
    await waitFor(() => expect(screen.getByText('ready')).toBeInTheDocument());
  });
});
