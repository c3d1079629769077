/**
 * Every route of the product map. Paths carry neutral ids only, never topic words or user text.
 * Declarative routes (not the data router, which costs 18 KB more gzip) and a lazy chunk for
 * every screen keep the lock screen within its budget.
 */
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes, useLocation } from 'react-router';
import { ErrorBoundary } from './ErrorBoundary';
import { AppLayout } from './layout/AppLayout';
import { NotFoundScreen } from './NotFoundScreen';
import { FIRST_RUN_AREA, FIRST_RUN_NAMESPACES, loadFirstRun } from './firstRunScreen';
import { lazyScreen } from './screens';
import { installReplaceOnlyHistory } from './replaceOnlyHistory';
import { VaultGate } from './VaultGate';

const OnboardingRoute = lazyScreen(FIRST_RUN_AREA, loadFirstRun, FIRST_RUN_NAMESPACES, 'public');
const HelpRoute = lazyScreen('help', () => import('../features/help/HelpRoute'), ['help'], 'public');
const ResearchRoute = lazyScreen('research', () => import('../features/research-page/ResearchRoute'), ['research'], 'public');
// The screens behind the lock, by their first path segment, with the strings their first render needs.
const HomeScreen = lazyScreen('', () => import('./home/HomeScreen'), ['home', 'course', 'tools', 'tracker']);
const NotesScreen = lazyScreen('notes', () => import('./notes/NotesScreen'), ['notes', 'course', 'tools', 'tracker']);
const CourseRoute = lazyScreen('course', () => import('../features/course/CourseRoute'), ['course', 'fields']);
const TrackerRoute = lazyScreen('tracker', () => import('../features/tracker/TrackerRoute'), ['tracker', 'fields']);
const ToolsRoute = lazyScreen('tools', () => import('../features/tools/ToolsRoute'), ['tools', 'fields']);
const PlanCopyRoute = lazyScreen('plan', () => import('../features/tools/PlanCopyRoute'), ['tools'], 'public');
const FeedbackRoute = lazyScreen('feedback', () => import('../features/feedback/FeedbackRoute'), ['feedback']);
const SettingsRoute = lazyScreen('settings', () => import('../features/settings/SettingsRoute'), ['settings', 'vault', 'backup', 'passphrase', 'recovery', 'install']);

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="status-screen" role="status">
      {t('app.loading')}
    </p>
  );
}

/**
 * A crash in one screen leaves the header (help, quick exit) working; moving to another area
 * clears it. Keyed by the first path segment so steps within one area do not remount it.
 */
function Screen({ children }: { children: ReactNode }) {
  const area = useLocation().pathname.split('/')[1] ?? '';
  return (
    <ErrorBoundary key={area}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

export function AppRoutes() {
  // Before the router's first navigation: Polku stays one history entry (see replaceOnlyHistory.ts).
  installReplaceOnlyHistory();
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route path="welcome/*" element={<Screen><OnboardingRoute /></Screen>} />
          <Route path="help/*" element={<Screen><HelpRoute /></Screen>} />
          <Route path="research" element={<Screen><ResearchRoute /></Screen>} />
          {/* The safety-plan copy the person chose to keep outside the vault: readable while locked. */}
          <Route path="plan" element={<Screen><PlanCopyRoute /></Screen>} />
          <Route element={<VaultGate />}>
            <Route index element={<Screen><HomeScreen /></Screen>} />
            <Route path="notes" element={<Screen><NotesScreen /></Screen>} />
            <Route path="course/*" element={<Screen><CourseRoute /></Screen>} />
            <Route path="tracker/*" element={<Screen><TrackerRoute /></Screen>} />
            <Route path="tools/*" element={<Screen><ToolsRoute /></Screen>} />
            <Route path="feedback" element={<Screen><FeedbackRoute /></Screen>} />
            <Route path="settings/*" element={<Screen><SettingsRoute /></Screen>} />
          </Route>
          <Route path="*" element={<NotFoundScreen />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
