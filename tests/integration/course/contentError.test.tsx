/** A content file that fails validation shows a calm, translated message, never a crash. */
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { renderCourse, useCourseVault } from './support';

vi.mock('../../../src/content/courseLoader', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/content/courseLoader')>();
  const goodStrings = (await import('../../../modules-content/modules/m01/locales/fi.json')).default;
  const goodStructure = (await import('../../../modules-content/modules/m01/module.json')).default;
  return {
    ...real,
    courseLoader: real.createCourseLoader({
      index: async () => ({ contentVersion: '2026.11', modules: ['m01', 'm02'] }),
      structures: {
        m01: async () => goodStructure,
        // A structure with a step kind the schema does not know.
        m02: async () => ({ id: 'm02', estimatedMinutes: 30, steps: [{ id: 'm02-x', kind: 'video' }] }),
      },
      strings: {
        // English strings that lost a step: the parity check fails.
        'm01/en': async () => ({ title: 'T', summary: 'S', goal: 'G', steps: {} }),
        'm01/fi': async () => goodStrings,
        'm02/en': async () => ({ title: 'T', summary: 'S', goal: 'G', steps: {} }),
      },
    }),
  };
});

useCourseVault('en');

describe('broken content', () => {
  test('a module whose strings fail validation shows the calm message, with help and a way back', async () => {
    renderCourse('/course/m01/2');
    const heading = await screen.findByRole('heading', { level: 1, name: 'This part of the programme cannot be opened' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/This is a fault in Polku, not something you did/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All modules' })).toHaveAttribute('href', '/course');
    expect(screen.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help');
  });

  test('a module whose structure fails validation does too', async () => {
    renderCourse('/course/m02');
    expect(await screen.findByRole('heading', { level: 1, name: 'This part of the programme cannot be opened' })).toBeInTheDocument();
  });

  test('the overview still lists the modules, saying which cannot be opened', async () => {
    renderCourse('/course');
    await screen.findByRole('heading', { level: 1, name: 'Programme' });
    expect(screen.getAllByText('This module cannot be opened right now.')).toHaveLength(2);
  });
});
