import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { defineCollection, readable } from '../../../src/storage/records';
import { useCollection } from '../../../src/storage/useCollection';
import { createVault } from '../../../src/storage/vaultKeys';
import { lockVault } from '../../../src/vault/session';
import { FAST, PASSPHRASE, guardCryptoOutsideTransactions, useFreshVault } from './support';

useFreshVault();
guardCryptoOutsideTransactions();

const notes = defineCollection('plans', z.object({ text: z.string() }));

function NoteList() {
  const state = useCollection(notes);
  if (state.status !== 'ready') return <p>{state.status}</p>;
  return (
    <ul>
      {readable(state.items).map((item) => (
        <li key={item.id}>{item.value.text}</li>
      ))}
    </ul>
  );
}

describe('useCollection', () => {
  test('shows decrypted items, follows writes, and forgets them on lock', async () => {
    await createVault(PASSPHRASE, undefined, FAST);
    await notes.put({ text: 'first note' });
    render(<NoteList />);
    expect(await screen.findByText('first note')).toBeInTheDocument();
    await act(async () => {
      await notes.put({ text: 'second note' });
    });
    expect(await screen.findByText('second note')).toBeInTheDocument();
    act(() => lockVault());
    await waitFor(() => expect(screen.queryByText('first note')).not.toBeInTheDocument());
  });
});
