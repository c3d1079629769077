/** `npm run test:fuzz`: the long fuzz runs, kept out of `npm test` (which runs tests/unit only). */
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

export default defineConfig({ ...base, test: { ...base.test, include: ['tests/fuzz/**/*.fuzz.test.ts'], testTimeout: 1_800_000 } });
