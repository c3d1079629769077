import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { flushAll, getSaveState, subscribeSaveState } from '../data/saveStatus';

/**
 * "Saving…" / "Saved" in a polite live region; a failed save in an alert that says why, that the
 * text is still on screen, and offers to try again.
 */
export function SaveStatus() {
  const { t } = useTranslation('course');
  const state = useSyncExternalStore(subscribeSaveState, getSaveState, getSaveState);
  return (
    <div className="course-save">
      <p role="status" className="course-save__status">
        {state.kind === 'saving' ? t('save.saving') : state.kind === 'saved' ? t('save.saved') : ''}
      </p>
      <div role="alert">
        {state.kind === 'failed' ? (
          <div className="course-save__error">
            <p>{t(`save.failed.${state.failure}`)}</p>
            <p>{t('save.kept')}</p>
            <Button onClick={() => void flushAll()}>{t('save.retry')}</Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
