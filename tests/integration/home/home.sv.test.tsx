/** Home for a new person in the sv interface: every string in place, no key showing through. */
import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useUnlockedVault } from '../../support/vaultScreens';
import { renderApp } from './appScreens';

/** The first screen decrypts the vault and loads course content: slow on a busy machine. */
const SLOW = { timeout: 8000 };

useUnlockedVault('sv');

test('a new person, sv', async () => {
  renderApp('/');
  expect(await screen.findByRole('heading', { level: 1, name: 'I dag' }, SLOW)).toBeInTheDocument();
  const programme = within(await screen.findByRole('region', { name: 'Programmet' }, SLOW));
  expect(await programme.findByText('0 av 12 moduler klara', {}, SLOW)).toBeInTheDocument();
  expect(await programme.findByText('Nästa: Modul 1 · Cirka 30 minuter', {}, SLOW)).toBeInTheDocument();
  expect(programme.getByRole('link', { name: 'Börja' })).toHaveAttribute('href', '/course/m01');
  expect(await screen.findByRole('link', { name: 'Gör dagens avstämning' }, SLOW)).toHaveAttribute('href', '/tracker/today');
  expect(within(screen.getByRole('navigation', { name: 'Verktyg' })).getAllByRole('link')).toHaveLength(3);
  expect(screen.getByRole('link', { name: 'Öppna mina anteckningar' })).toHaveAttribute('href', '/notes');
  expect(document.body.textContent).not.toMatch(/\b(home|course|checkin|recent|notes)\.[a-z-]+/);
});
