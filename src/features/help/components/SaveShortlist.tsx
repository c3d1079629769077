import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShortlistRecord } from '../../../content/servicesShortlist';
import { Button } from '../../../ui/Button';
import { VaultError } from '../../../vault/errors';
import { getVaultStatus, subscribeVaultStatus } from '../../../vault/session';

type State = 'idle' | 'saving' | 'saved' | 'locked' | 'failed';

/** Writes the shortlist into the encrypted `shortlists` collection (storage is loaded on demand). */
async function saveShortlist(record: ShortlistRecord): Promise<void> {
  const [{ defineCollection }, { shortlistRecordSchema }] = await Promise.all([
    import('../../../storage/records'),
    import('../../../content/servicesShortlist'),
  ]);
  await defineCollection('shortlists', shortlistRecordSchema).put(record);
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
      await saveShortlist({ v: 1, savedOn: today(), country, serviceIds: serviceIds.slice(0, 20) });
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
