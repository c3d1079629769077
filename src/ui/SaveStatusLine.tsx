import './entry.css';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../lib/saveState';
import { Button } from './Button';

/**
 * "Saving…" / "Saved" in a polite live region; a failed save in an alert that says why, that the
 * text is still on screen, and offers to try again.
 */
export function SaveStatusLine({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation('fields');
  return (
    <div className="save-line">
      <p role="status" className="save-line__status">
        {state.kind === 'saving' ? t('save.saving') : state.kind === 'saved' ? t('save.saved') : ''}
      </p>
      <div role="alert">
        {state.kind === 'failed' ? (
          <div className="save-line__error">
            <p>{t(`save.failed.${state.failure}`)}</p>
            <p>{t('save.kept')}</p>
            <Button onClick={onRetry}>{t('save.retry')}</Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
