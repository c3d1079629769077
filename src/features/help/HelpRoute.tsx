/**
 * The help section, mounted by the shell at /help/*. Public: it needs no vault, works offline and
 * in every shipped language. Sub-paths carry only neutral words.
 */
import { Navigate, Route, Routes } from 'react-router';
import { DirectoryPage } from './pages/DirectoryPage';
import { FinderPage } from './pages/FinderPage';
import { GuidePage } from './pages/GuidePage';
import { HelpHome } from './pages/HelpHome';
import { YouthPage } from './pages/YouthPage';
import './help.css';

export default function HelpRoute() {
  return (
    <Routes>
      <Route index element={<HelpHome />} />
      <Route path="services" element={<DirectoryPage />} />
      <Route path="finder" element={<FinderPage />} />
      <Route path="family" element={<GuidePage page="family" />} />
      <Route path="professionals" element={<GuidePage page="professionals" />} />
      <Route path="harmed" element={<GuidePage page="harmed" />} />
      <Route path="youth" element={<YouthPage />} />
      <Route path="*" element={<Navigate to="/help" replace />} />
    </Routes>
  );
}
