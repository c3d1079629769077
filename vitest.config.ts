import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20_000,
    restoreMocks: true,
    // Vitest's default leaves one core idle, which on the 2-core CI machine meant one file at a time
    // (7.5 of the 24 minutes); two at once halves that and every test still waits for states, not times.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
