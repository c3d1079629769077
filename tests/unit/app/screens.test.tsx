import { act, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { describe, expect, test } from 'vitest';
import { lazyScreen, preloadScreenAt } from '../../../src/app/screens';

function Counter() {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      pressed {n}
    </button>
  );
}

describe('lazy screens', () => {
  test('a screen preloaded during unlock renders on its first render, with no "Loading" in between', async () => {
    const Screen = lazyScreen('preload-check', () => Promise.resolve({ default: () => <h1>Behind the lock</h1> }));
    preloadScreenAt('/preload-check/step/2');
    await act(() => Screen.preload());
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Screen />
      </Suspense>,
    );
    // Synchronously present: no fallback was ever committed.
    expect(screen.getByRole('heading', { name: 'Behind the lock' })).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });

  test('a screen opened before it loaded shows the fallback, then keeps its state when it re-renders', async () => {
    const Screen = lazyScreen(undefined, () => Promise.resolve({ default: Counter }));
    const { rerender } = render(
      <Suspense fallback={<p>Loading</p>}>
        <Screen />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    const button = await screen.findByRole('button', { name: 'pressed 0' });
    await act(async () => button.click());
    rerender(
      <Suspense fallback={<p>Loading</p>}>
        <Screen />
      </Suspense>,
    );
    expect(screen.getByRole('button', { name: 'pressed 1' })).toBeInTheDocument();
  });

  test('a failed load (offline mid-update) can be tried again', async () => {
    let attempts = 0;
    const Second = () => <h1>Second try</h1>;
    const Screen = lazyScreen('retry-check', () => {
      attempts += 1;
      return attempts === 1 ? Promise.reject<{ default: typeof Second }>(new Error('offline')) : Promise.resolve({ default: Second });
    });
    await expect(Screen.preload()).rejects.toThrow('offline');
    await Screen.preload();
    render(<Screen />);
    expect(screen.getByRole('heading', { name: 'Second try' })).toBeInTheDocument();
  });
});
