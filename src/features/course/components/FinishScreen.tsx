import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { updateProgress } from '../data/courseRecords';
import { failureOf, flushAll, resetSaveState, setSaveState, useSaveStatus } from '../../../storage/autosave/saveStatus';
import { useModuleContext } from '../hooks/useModuleContext';
import { donePath, stepPath } from '../model/paths';
import { FINISH_POSITION, markFinished, visit } from '../model/progress';
import { ConfidenceQuestion } from './ConfidenceQuestion';
import { SaveStatusLine } from '../../../ui/SaveStatusLine';

/** After the last step: the confidence slider again, then on to the done screen. */
export function FinishScreen() {
  const { t } = useTranslation('course');
  const saveStatus = useSaveStatus();
  const navigate = useNavigate();
  const { module, records } = useModuleContext();
  const { id, structure, strings } = module;
  const progress = records.progress.get(id);
  const [moving, setMoving] = useState(false);

  useEffect(() => {
    resetSaveState();
    updateProgress(id, (current) => visit(current, id, FINISH_POSITION, Date.now())).catch(() => undefined);
  }, [id]);

  const finish = async () => {
    setMoving(true);
    try {
      if (!(await flushAll())) return;
      await updateProgress(id, (current) => markFinished(current, id, Date.now()));
      navigate(donePath(id));
    } catch (error) {
      setSaveState({ kind: 'failed', failure: failureOf(error) });
    } finally {
      setMoving(false);
    }
  };
  const back = async () => {
    if (await flushAll()) navigate(stepPath(id, structure.steps.length));
  };

  return (
    <Page title={t('finish.title')} lead={strings.title}>
      {progress?.confidenceBefore !== null && progress?.confidenceBefore !== undefined ? (
        <p>{t('finish.before-was', { value: progress.confidenceBefore })}</p>
      ) : null}
      <ConfidenceQuestion moduleId={id} when="after" initial={progress?.confidenceAfter ?? null} />
      <SaveStatusLine {...saveStatus} />
      <nav className="course-step-nav" aria-label={t('step.nav-label')}>
        <Button onClick={() => void back()} disabled={moving}>
          {t('step.back')}
        </Button>
        <Button variant="primary" onClick={() => void finish()} disabled={moving}>
          {t('finish.button')}
        </Button>
      </nav>
    </Page>
  );
}
