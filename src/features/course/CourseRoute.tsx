import { Route, Routes } from 'react-router';
import { CourseOverview } from './components/CourseOverview';
import { CourseProblem } from './components/CourseProblem';
import { DoneScreen } from './components/DoneScreen';
import { FinishScreen } from './components/FinishScreen';
import { ModuleFrame } from './components/ModuleFrame';
import { ModuleIntro } from './components/ModuleIntro';
import { StepScreen } from './components/StepScreen';
import { PlanPage } from './plan/PlanPage';
import './course.css';

/**
 * The course under `/course/*`: the overview, a module's intro (`/course/m03`), its steps
 * (`/course/m03/2`, 1-based), the confidence slider after the last step (`/course/m03/finish`)
 * and the done screen (`/course/m03/done`); "my plan" is `/course/plan`. Addresses carry only
 * neutral ids.
 */
export default function CourseRoute() {
  return (
    <Routes>
      <Route index element={<CourseOverview />} />
      <Route path="plan" element={<PlanPage />} />
      <Route path=":moduleId" element={<ModuleFrame />}>
        <Route index element={<ModuleIntro />} />
        <Route path="finish" element={<FinishScreen />} />
        <Route path="done" element={<DoneScreen />} />
        <Route path=":step" element={<StepScreen />} />
      </Route>
      <Route path="*" element={<CourseProblem kind="not-found" />} />
    </Routes>
  );
}
