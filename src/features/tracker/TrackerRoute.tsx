/**
 * `/tracker` and its screens: `/tracker/today` (the daily check-in, one tap from home),
 * `/tracker/week` (weekly review) and `/tracker/q/:measure` (PHQ-9, GAD-7, WHO-5). Paths carry
 * neutral ids only; the day being edited never goes into the address.
 */
import './tracker.css';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useParams } from 'react-router';
import { Page } from '../../ui/Page';
import { CheckinPage } from './components/CheckinPage';
import { QuestionnairePage } from './components/QuestionnairePage';
import { TrackerHome } from './components/TrackerHome';
import { WeeklyPage } from './components/WeeklyPage';
import { useTrackerData, type TrackerData } from './data/useTrackerData';
import { MEASURES, type Measure } from './model/questionnaires';
import { NotFoundInTracker } from './components/NotFoundInTracker';

function QuestionnaireRoute({ data }: { data: TrackerData }) {
  const { measure } = useParams();
  if (!MEASURES.includes(measure as Measure)) return <NotFoundInTracker />;
  return <QuestionnairePage key={measure} measure={measure as Measure} data={data} />;
}

export default function TrackerRoute() {
  const { t } = useTranslation('tracker');
  const state = useTrackerData();
  if (state.status === 'loading') {
    return (
      <p className="status-screen" role="status">
        {t('loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <Page title={t('title')}>
        <p role="alert">{t(`load-failed.${state.failure}`)}</p>
      </Page>
    );
  }
  const { data } = state;
  return (
    <div className="tracker-page">
      <Routes>
      <Route index element={<TrackerHome data={data} />} />
      <Route path="today" element={<CheckinPage data={data} />} />
      <Route path="week" element={<WeeklyPage data={data} />} />
      <Route path="q/:measure" element={<QuestionnaireRoute data={data} />} />
      <Route path="*" element={<NotFoundInTracker />} />
      </Routes>
    </div>
  );
}
