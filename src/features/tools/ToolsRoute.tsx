/**
 * The tools for hard moments: the tools page (big tiles and calendar reminders), the urge-surf
 * timer, the coping cards (edit, then read one at a time) and the safety plan. Neutral paths only.
 */
import './tools.css';
import { Route, Routes } from 'react-router';
import { CardsPage } from './pages/CardsPage';
import { CardReader } from './pages/CardReader';
import { SafetyPlanPage } from './pages/SafetyPlanPage';
import { ToolsHome } from './pages/ToolsHome';
import { UrgeSurfPage } from './pages/UrgeSurfPage';
import { NotFoundInTools } from './pages/NotFoundInTools';

export default function ToolsRoute() {
  return (
    <Routes>
      <Route index element={<ToolsHome />} />
      <Route path="surf" element={<UrgeSurfPage />} />
      <Route path="cards" element={<CardsPage />} />
      <Route path="cards/read" element={<CardReader />} />
      <Route path="plan" element={<SafetyPlanPage />} />
      <Route path="*" element={<NotFoundInTools />} />
    </Routes>
  );
}
