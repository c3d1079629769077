import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LinkButton } from '../../../ui/LinkButton';
import { Page } from '../../../ui/Page';
import { useModuleContext } from '../hooks/useModuleContext';
import { COURSE_PATH, resumePath, stepPath } from '../model/paths';
import { statusOf } from '../model/progress';
import { resetSaveState, useSaveStatus } from '../../../storage/autosave/saveStatus';
import { ConfidenceQuestion } from './ConfidenceQuestion';
import { Markdown } from './Markdown';
import { SaveStatusLine } from '../../../ui/SaveStatusLine';

/** A module's first screen: what it is for, how long it takes, and the confidence slider before starting. */
export function ModuleIntro() {
  const { t } = useTranslation('course');
  const saveStatus = useSaveStatus();
  const { module, records, order } = useModuleContext();
  const { id, structure, strings } = module;
  const progress = records.progress.get(id);
  const status = statusOf(progress);
  const stepIds = structure.steps.map((s) => s.id);
  const resume = resumePath(id, stepIds, progress?.position);
  useEffect(() => resetSaveState(), []);
  const canResume = status === 'in-progress' && resume !== `${COURSE_PATH}/${id}`;

  return (
    <Page title={strings.title} lead={strings.summary}>
      <p className="course-meta">
        {t('module.number', { number: order.indexOf(id) + 1 })} · {t('module.minutes', { count: structure.estimatedMinutes })} ·{' '}
        {t('module.steps', { count: structure.steps.length })}
      </p>
      <section aria-labelledby="module-goal">
        <h2 id="module-goal">{t('intro.goal')}</h2>
        <Markdown headingLevel={3}>{strings.goal}</Markdown>
      </section>
      {structure.heavy ? (
        <div className="course-note" role="note">
          <p>{t('intro.heavy')}</p>
          <Link to="/help">{t('nav.help')}</Link>
        </div>
      ) : null}
      <ConfidenceQuestion moduleId={id} when="before" initial={progress?.confidenceBefore ?? null} />
      <SaveStatusLine {...saveStatus} />
      <div className="page__actions">
        {canResume ? (
          <>
            <LinkButton variant="primary" to={resume}>
              {t('intro.continue')}
            </LinkButton>
            <LinkButton to={stepPath(id, 1)}>{t('intro.restart')}</LinkButton>
          </>
        ) : (
          <LinkButton variant="primary" to={stepPath(id, 1)}>
            {status === 'done' ? t('intro.again') : t('intro.start')}
          </LinkButton>
        )}
        <LinkButton variant="quiet" to={COURSE_PATH}>
          {t('nav.overview')}
        </LinkButton>
      </div>
    </Page>
  );
}
