import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { resetInstallId } from '../model/prepareExport';

/** Replacing the random code makes later exports unlinkable to earlier ones. */
export function ResetSection() {
  const { t } = useTranslation('feedback');
  const [done, setDone] = useState<'' | 'done' | 'failed'>('');
  return (
    <section aria-labelledby="feedback-reset" className="feedback__reset">
      <h2 id="feedback-reset">{t('reset.heading')}</h2>
      <p>{t('reset.body')}</p>
      <Button
        onClick={() =>
          resetInstallId().then(
            () => setDone('done'),
            () => setDone('failed'),
          )
        }
      >
        {t('reset.button')}
      </Button>
      <p role="status">{done === 'done' ? t('reset.done') : done === 'failed' ? t('save-failed') : ''}</p>
    </section>
  );
}
