import { useTranslation } from 'react-i18next';
import type { Loaded } from '../hooks/useRecords';

/** What a tool screen shows while its records are decrypted, or if they cannot be. */
export function LoadState({ state }: { state: Loaded<unknown> }) {
  const { t } = useTranslation('tools');
  if (state.status === 'error') return <p role="alert">{t('load-failed')}</p>;
  return <p role="status">{t('loading')}</p>;
}
