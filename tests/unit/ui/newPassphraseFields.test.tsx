import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { NewPassphraseFields } from '../../../src/ui/NewPassphraseFields';
import { useRealI18n } from '../../support/i18n';

function Harness({ assess, generate, onReady }: { assess: () => Promise<never>; generate: () => Promise<never>; onReady: (r: boolean) => void }) {
  const [value, setValue] = useState('');
  const [confirm, setConfirm] = useState('');
  return (
    <NewPassphraseFields
      value={value}
      onChange={setValue}
      confirm={confirm}
      onConfirmChange={setConfirm}
      assess={assess}
      generate={generate}
      defaultWordList="en"
      onReadyChange={onReady}
      showErrors
    />
  );
}

describe('setting a passphrase while its check cannot load (offline before first use)', () => {
  beforeAll(async () => {
    await useRealI18n('en');
  });

  it('says so plainly and never accepts the passphrase unchecked', async () => {
    const onReady = vi.fn();
    const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    render(<Harness assess={offline} generate={offline} onReady={onReady} />);
    const words = 'quiet river lantern orchard';
    await userEvent.type(screen.getByLabelText('New passphrase', { exact: true }), words);
    await userEvent.type(screen.getByLabelText('Type the passphrase again', { exact: true }), words);
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not load.*needs a connection/i);
    expect(onReady).not.toHaveBeenCalledWith(true);
  });
});
