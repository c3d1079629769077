import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { VaultError } from '../../../vault/errors';
import { getVaultStatus, subscribeVaultStatus } from '../../../vault/vaultState';

type State = 'idle' | 'saving' | 'saved' | 'locked' | 'failed';

/** The help pages are public: storage code loads only when the person saves. */
async function save(country: string, serviceIds: readonly string[]): Promise<void> {
  const { saveShortlist } = await import('../data/shortlists');
  await saveShortlist(country, serviceIds);
}

/**
 * "Save to my plan", offered only while the vault is unlocked. PRIVACY: until the person presses
 * it, nothing about the finder is stored; when locked, the button is replaced by a hint.
 */
export function SaveShortlist({ country, serviceIds }: { country: string; serviceIds: readonly string[] }) {
  const { t } = useTranslation('help');
  const status = useSyncExternalStore(subscribeVaultStatus, getVaultStatus, getVaultStatus);
  const [state, setState] = useState<State>('idle');

  if (status !== 'unlocked') {
    return status === 'locked' ? <p className="save__hint">{t('save.hint')}</p> : null;
  }

  const onSave = async () => {
    setState('saving');
    try {
      await save(country, serviceIds);
      setState('saved');
    } catch (error) {
      const locked = (error instanceof VaultError && error.code === 'locked') || getVaultStatus() !== 'unlocked';
      setState(locked ? 'locked' : 'failed');
    }
  };

  return (
    <div className="save">
      <Button variant="primary" onClick={() => void onSave()} disabled={state === 'saving' || state === 'saved'}>
        {state === 'saving' ? t('save.saving') : t('save.button')}
      </Button>
      <p className="save__status" role="status">
        {state === 'saved' ? t('save.saved') : state === 'locked' ? t('save.locked') : state === 'failed' ? t('save.failed') : ''}
      </p>
    </div>
  );
}
