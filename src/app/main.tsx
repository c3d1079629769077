import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from '../i18n/i18n';
import { initVault } from '../storage/vaultActions';
import { ErrorBoundary } from './ErrorBoundary';
import { AppRoutes } from './router';
import '../ui/theme.css';

async function start(): Promise<void> {
  await setupI18n();
  void initVault();
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <AppRoutes />
      </ErrorBoundary>
    </StrictMode>,
  );
}

void start();
