/** Renders a vault screen with real English i18next and a memory router; watches the console. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { useRealI18n } from '../../support/i18n';

export function renderAt(element: ReactElement, path = '/screen') {
  const router = createMemoryRouter(
    [
      { path: '/', element: <p>start page</p> },
      { path: '/help/youth', element: <p>youth help page</p> },
      { path: '*', element },
    ],
    { initialEntries: [path] },
  );
  const result = render(<RouterProvider router={router} />);
  return { ...result, router };
}

/** Fails the test if any console output contains one of the given secrets. */
export function watchConsoleFor(secrets: () => string[]): void {
  const lines: string[] = [];
  beforeEach(async () => {
    lines.length = 0;
    await useRealI18n('en');
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        lines.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack ?? ''}` : String(a))).join(' '));
      });
    }
  });
  afterEach(() => {
    for (const secret of secrets()) expect(lines.filter((line) => line.includes(secret)), 'console output with user text').toEqual([]);
  });
}

/** PRIVACY check shared by every screen: sensitive inputs keep browser helpers off. */
export function expectSensitiveInputs(container: HTMLElement): void {
  const inputs = [...container.querySelectorAll<HTMLInputElement>('input[data-sensitive]')];
  expect(inputs.length).toBeGreaterThan(0);
  for (const input of inputs) {
    expect(input.getAttribute('spellcheck')).toBe('false');
    expect(input.getAttribute('translate')).toBe('no');
    expect(input.getAttribute('autocapitalize')).toBe('off');
    // Check 36 and issue 9 item 9: browsers and password-manager extensions are asked not to save it.
    expect(input.getAttribute('autocomplete')).toBe('off');
    for (const optOut of ['data-1p-ignore', 'data-lpignore', 'data-bwignore']) expect(input.getAttribute(optOut)).toBe('true');
  }
  expect(container.querySelector('form')).toBeNull();
}
