import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Button } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { updateProgress } from '../data/courseRecords';
import { flushAll, resetSaveState, useSaveStatus } from '../../../storage/autosave/saveStatus';
import { useModuleContext } from '../hooks/useModuleContext';
import { COURSE_PATH, finishPath, modulePath, parseStep, stepPath } from '../model/paths';
import { visit } from '../model/progress';
import { CourseProblem } from './CourseProblem';
import { ExerciseHost } from './ExerciseHost';
import { Markdown } from './Markdown';
import { SaveStatusLine } from '../../../ui/SaveStatusLine';
import { StepProgress } from './StepProgress';

/** One reading screen or exercise, with progress, back and next. `/course/m03/2` is step 2 of m03. */
export function StepScreen() {
  const { t } = useTranslation('course');
  const saveStatus = useSaveStatus();
  const navigate = useNavigate();
  const { step: segment } = useParams();
  const { module, order } = useModuleContext();
  const { id, structure, strings } = module;
  const total = structure.steps.length;
  const number = parseStep(segment, total);
  const step = number === undefined ? undefined : structure.steps[number - 1];
  const [moving, setMoving] = useState(false);

  useEffect(() => {
    resetSaveState();
    if (!step) return;
    // Where to resume. A failure here is not shown: the next answer save reports storage problems.
    updateProgress(id, (current) => visit(current, id, step.id, Date.now())).catch(() => undefined);
  }, [id, step]);

  if (number === undefined || !step) return <CourseProblem kind="not-found" backTo={modulePath(id)} />;
  const stepStrings = strings.steps[step.id];
  const title = stepStrings?.title ?? step.id;

  const go = async (to: string) => {
    setMoving(true);
    const saved = await flushAll();
    setMoving(false);
    if (saved) navigate(to);
  };
  const previous = number > 1 ? stepPath(id, number - 1) : modulePath(id);
  const next = number < total ? stepPath(id, number + 1) : finishPath(id);

  return (
    <Page key={number} title={title}>
      <p className="course-meta">
        <Link to={modulePath(id)}>
          {t('module.number', { number: order.indexOf(id) + 1 })}: {strings.title}
        </Link>
      </p>
      <StepProgress current={number} total={total} />
      {step.kind === 'reading' ? (
        <Markdown>{stepStrings?.body ?? ''}</Markdown>
      ) : stepStrings?.exercise ? (
        <section className="course-exercise-step" aria-labelledby={`exercise-${step.exercise.id}`}>
          <h2 id={`exercise-${step.exercise.id}`} className={stepStrings.exercise.title === title ? 'visually-hidden' : undefined}>
            {stepStrings.exercise.title}
          </h2>
          <Markdown headingLevel={3}>{stepStrings.exercise.intro}</Markdown>
          <ExerciseHost key={step.exercise.id} exercise={step.exercise} strings={stepStrings.exercise} />
          <SaveStatusLine {...saveStatus} />
        </section>
      ) : null}
      <nav className="course-step-nav" aria-label={t('step.nav-label')}>
        <Button onClick={() => void go(previous)} disabled={moving}>
          {number > 1 ? t('step.back') : t('step.back-to-intro')}
        </Button>
        <Button variant="primary" onClick={() => void go(next)} disabled={moving}>
          {number < total ? t('step.next') : t('step.to-finish')}
        </Button>
      </nav>
      <p>
        <Link to={COURSE_PATH}>{t('nav.overview')}</Link>
      </p>
    </Page>
  );
}
