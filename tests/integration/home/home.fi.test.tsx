/** Home for a new person in the fi interface: every string in place, no key showing through. */
import { screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useUnlockedVault } from '../../support/vaultScreens';
import { renderApp } from './appScreens';

/** The first screen decrypts the vault and loads course content: slow on a busy machine. */
const SLOW = { timeout: 8000 };

useUnlockedVault('fi');

test('a new person, fi', async () => {
  renderApp('/');
  expect(await screen.findByRole('heading', { level: 1, name: 'Tänään' }, SLOW)).toBeInTheDocument();
  const programme = within(await screen.findByRole('region', { name: 'Ohjelma' }, SLOW));
  expect(await programme.findByText('Osioita tehty: 0/12', {}, SLOW)).toBeInTheDocument();
  expect(await programme.findByText('Seuraavaksi: Osio 1 · Noin 30 minuuttia', {}, SLOW)).toBeInTheDocument();
  expect(programme.getByRole('link', { name: 'Aloita' })).toHaveAttribute('href', '/course/m01');
  expect(await screen.findByRole('link', { name: 'Päivän kirjaus' }, SLOW)).toHaveAttribute('href', '/tracker/today');
  expect(within(screen.getByRole('navigation', { name: 'Työkalut' })).getAllByRole('link')).toHaveLength(3);
  expect(screen.getByRole('link', { name: 'Avaa omat muistiinpanot' })).toHaveAttribute('href', '/notes');
  expect(document.body.textContent).not.toMatch(/\b(home|course|checkin|recent|notes)\.[a-z-]+/);
});
