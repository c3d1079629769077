import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary';
import { useRealI18n } from '../../support/i18n';

const CANARY = 'my private diary words';

function Exploding(): never {
  throw new Error(`failed while showing: ${CANARY}`);
}

describe('the error boundary', () => {
  beforeAll(async () => {
    await useRealI18n('en');
  });

  it('shows a calm message and a way forward, never the error text', () => {
    // React reports caught errors to console.error in development; keep the test output clean.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Exploding />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload Polku' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help');
    expect(document.body.textContent).not.toContain(CANARY);
  });
});
