import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContentError } from '../../../content/courseLoader';
import { Button } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { CourseLoading, CourseProblem } from '../components/CourseProblem';
import { useCourseIndex, useCourseModules } from '../hooks/useCourseContent';
import { useCourseRecords } from '../hooks/useCourseRecords';
import { COURSE_PATH } from '../model/paths';
import { buildPlan, PLAN_MODULES, type PlanItem, type PlanSection } from './planModel';
import './plan.css';

function problemOf(error: ContentError) {
  return error.type === 'not-found' ? 'not-found' : error.type === 'unavailable' ? 'offline' : 'content';
}

function Item({ item }: { item: PlanItem }) {
  const { t } = useTranslation('course');
  switch (item.kind) {
    case 'text':
      return (
        <li className="plan-item">
          {item.label ? <span className="plan-item__label">{item.label}</span> : null}{' '}
          <span className="plan-item__text">{item.text}</span>
        </li>
      );
    case 'if-then':
      return (
        <li className="plan-item">
          <span className="plan-item__text">
            <strong>{t('plan.if')}</strong> {item.situation}
          </span>{' '}
          <span className="plan-item__text">
            <strong>{t('plan.then')}</strong> {item.response}
          </span>
        </li>
      );
    case 'card':
      return (
        <li className="plan-item plan-card">
          {item.front ? <span className="plan-card__front">{item.front}</span> : null}{' '}
          {item.back ? <span className="plan-item__text">{item.back}</span> : null}
        </li>
      );
  }
}

function Section({ section }: { section: PlanSection }) {
  const { t } = useTranslation('course');
  const headingId = useId();
  const empty = section.groups.length === 0;
  const List = section.ordered ? 'ol' : 'ul';
  return (
    <section className={empty ? 'plan-section plan-section--empty' : 'plan-section'} aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`plan.sections.${section.key}`)}</h2>
      {empty ? (
        <p className="plan-empty">
          {t('plan.empty')} <Link to={section.path}>{t('plan.write', { number: section.moduleNumber })}</Link>
        </p>
      ) : (
        <>
          {section.groups.map((group, index) => (
            <div key={index} className="plan-group">
              {group.heading ? <h3>{group.heading}</h3> : null}
              <List className={section.key === 'cards' ? 'plan-list plan-list--cards' : 'plan-list'}>
                {group.items.map((item, i) => (
                  <Item key={i} item={item} />
                ))}
              </List>
            </div>
          ))}
          <p className="plan-screen-only plan-change">
            <Link to={section.path}>{t('plan.change', { number: section.moduleNumber })}</Link>
          </p>
        </>
      )}
    </section>
  );
}

/**
 * "My plan" (`/course/plan`): the person's pathway, if-then plans, coping cards, balanced thought,
 * online rules and relapse-prevention plan from their course answers, on one calm page that prints
 * on one A4 sheet where it fits, without the app's header, footer or buttons (plan.css).
 * PRIVACY: read from the vault and shown here only; it leaves the device only if the person prints.
 */
export function PlanPage() {
  const { t } = useTranslation('course');
  const index = useCourseIndex();
  const modules = useCourseModules(PLAN_MODULES);
  const records = useCourseRecords();

  if (index.status === 'error') return <CourseProblem kind={problemOf(index.error)} />;
  if (modules.status === 'error') return <CourseProblem kind={problemOf(modules.error)} />;
  if (records.status === 'error') return <CourseProblem kind={records.failure === 'failed' ? 'records' : records.failure} />;
  if (index.status !== 'ready' || modules.status !== 'ready' || records.status !== 'ready') return <CourseLoading />;

  const loaded = new Map(modules.value.map((entry) => [entry.id, entry.module]));
  const sections = buildPlan(records.records.answers, loaded, index.value.modules);
  const anything = sections.some((section) => section.groups.length > 0);

  return (
    <div className="plan-page">
      <Page title={t('plan.title')} lead={t('plan.lead')}>
        <div className="course-note plan-screen-only" role="note">
          <p>{t('plan.privacy')}</p>
        </div>
        {anything ? (
          <div className="page__actions plan-screen-only">
            <Button variant="primary" onClick={() => window.print()}>
              {t('plan.print')}
            </Button>
          </div>
        ) : (
          <p className="plan-screen-only">{t('plan.none')}</p>
        )}
        <div className="plan-sections">
          {sections.map((section) => (
            <Section key={section.key} section={section} />
          ))}
        </div>
        <p className="plan-screen-only">
          <Link to={COURSE_PATH}>{t('nav.overview')}</Link>
        </p>
      </Page>
    </div>
  );
}
