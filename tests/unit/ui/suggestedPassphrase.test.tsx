/** Issue 10 item 3: a suggested passphrase is shown in plain text, so it can be written down, with Hide. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { NewPassphraseFields, type StrengthView } from '../../../src/ui/NewPassphraseFields';
import { useRealI18n } from '../../support/i18n';

const SUGGESTION = 'kuusi vihreää omenaa pöydällä aamulla hiljaa';

function Harness() {
  const [value, setValue] = useState('');
  const [confirm, setConfirm] = useState('');
  return (
    <NewPassphraseFields
      value={value}
      onChange={setValue}
      confirm={confirm}
      onConfirmChange={setConfirm}
      assess={async (): Promise<StrengthView> => ({ score: 4, acceptable: true, reasons: [] })}
      generate={async () => SUGGESTION}
      defaultWordList="fi"
      onReadyChange={() => undefined}
      showErrors={false}
    />
  );
}

describe('Suggest a passphrase', () => {
  beforeAll(async () => {
    await useRealI18n('en');
  });

  it('offers Finnish words and shows the suggestion in plain text with a Hide button', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const field = screen.getByLabelText('New passphrase', { exact: true });
    expect(field).toHaveAttribute('type', 'password');
    expect(screen.getByRole('combobox', { name: 'Word list for suggestions' })).toHaveDisplayValue('Finnish words');
    await user.click(screen.getByRole('button', { name: 'Suggest a passphrase' }));
    expect(field).toHaveValue(SUGGESTION);
    expect(field).toHaveAttribute('type', 'text');
    expect(screen.getByText(/Write them on paper/)).toBeInTheDocument();
    const [hide] = screen.getAllByRole('button', { name: 'Hide' });
    if (!hide) throw new Error('no Hide button');
    await user.click(hide);
    expect(field).toHaveAttribute('type', 'password');
    await user.click(screen.getAllByRole('button', { name: 'Show' })[0] as HTMLElement);
    expect(field).toHaveAttribute('type', 'text');
  });

  it('keeps a typed passphrase masked until Show', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const field = screen.getByLabelText('New passphrase', { exact: true });
    await user.type(field, 'my own words');
    expect(field).toHaveAttribute('type', 'password');
  });
});
