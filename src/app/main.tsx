import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '../i18n/i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { prepareFirstScreen } from './firstScreen';
import { AppRoutes } from './router';
import '../ui/theme.css';

async function start(): Promise<void> {
  const i18nReady = setupI18n();
  await prepareFirstScreen(location.pathname, i18nReady);
  await i18nReady;
  const root = document.getElementById('root');
  if (!root) return;
  const app = createRoot(root);
  // A transition renders in slices of a few milliseconds with the browser free in between, so
  // the first screen never holds the main thread in one long task (Lighthouse counted it as
  // blocking time).
  startTransition(() =>
    app.render(
      <StrictMode>
        <ErrorBoundary>
          <AppRoutes />
        </ErrorBoundary>
      </StrictMode>,
    ),
  );
}

void start();
