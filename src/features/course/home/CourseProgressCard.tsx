/**
 * Home's view of the programme: modules done out of all, the next module's number and time, and
 * one button: "Start" for a person who has begun nothing, "Continue" otherwise. PRIVACY: home
 * names no topic, so a module's title is not shown here (some titles name it); its number is.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LinkButton } from '../../../ui/LinkButton';
import { useCourseIndex, useCourseModule } from '../hooks/useCourseContent';
import { useCourseRecords } from '../hooks/useCourseRecords';
import { COURSE_PATH, modulePath, resumePath } from '../model/paths';
import { continueTarget, statusOf, type ContinueTarget, type ModuleProgress } from '../model/progress';
import './courseProgress.css';

function NextModule({ target, number, progress, started }: { target: ContinueTarget; number: number; progress: ModuleProgress | undefined; started: boolean }) {
  const { t } = useTranslation(['home', 'course']);
  const module = useCourseModule(target.moduleId);
  const steps = module.status === 'ready' ? module.value.structure.steps.map((s) => s.id) : undefined;
  const to = target.kind === 'resume' && steps ? resumePath(target.moduleId, steps, progress?.position) : modulePath(target.moduleId);
  return (
    <>
      <p id="home-next-module" className="home-course__next">
        {t('home:course.next', { module: t('course:module.number', { number }) })}
        {module.status === 'ready' ? <> · {t('course:module.minutes', { count: module.value.structure.estimatedMinutes })}</> : null}
      </p>
      <div className="page__actions">
        <LinkButton variant="primary" to={to} aria-describedby="home-next-module">
          {started ? t('home:course.continue') : t('home:course.start')}
        </LinkButton>
      </div>
    </>
  );
}

export function CourseProgressCard() {
  const { t } = useTranslation(['home', 'course']);
  const index = useCourseIndex();
  const records = useCourseRecords();
  const failed = index.status === 'error' || records.status === 'error';
  const ready = index.status === 'ready' && records.status === 'ready';

  let body;
  if (failed) {
    body = (
      <p>
        <Link to={COURSE_PATH}>{t('home:course.open')}</Link>
      </p>
    );
  } else if (!ready) {
    body = <p role="status">{t('home:loading')}</p>;
  } else {
    const order = index.value.modules;
    const { progress } = records.records;
    const done = order.filter((id) => statusOf(progress.get(id)) === 'done').length;
    const started = order.some((id) => statusOf(progress.get(id)) !== 'not-started');
    const target = continueTarget(order, progress);
    body = (
      <>
        <p className="home-course__count">{t('home:course.done', { done, total: order.length })}</p>
        <div className="home-course__bar" aria-hidden="true">
          <span style={{ width: `${(100 * done) / Math.max(order.length, 1)}%` }} />
        </div>
        {target ? (
          <NextModule target={target} number={order.indexOf(target.moduleId) + 1} progress={progress.get(target.moduleId)} started={started} />
        ) : (
          <>
            <p>{t('home:course.all-done')}</p>
            <div className="page__actions">
              <LinkButton to={COURSE_PATH}>{t('home:course.open')}</LinkButton>
            </div>
          </>
        )}
      </>
    );
  }

  return (
    <section className="card home-course" aria-labelledby="home-course-heading">
      <h2 id="home-course-heading">{t('home:course.heading')}</h2>
      {body}
      <p>
        <Link to={`${COURSE_PATH}/plan`}>{t('course:plan.home-link')}</Link>
      </p>
    </section>
  );
}
