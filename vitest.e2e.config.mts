import { defineConfig } from 'vitest/config';
import { reporters } from './tests/support/json-report.mts';
import { resolve } from './vitest.shared.mts';

export default defineConfig({
  resolve,
  test: {
    reporters: reporters('e2e'),
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Generous limits, for a CI machine with busy cores: every wait in these tests is for a state (focus,
    // a response, a text), so it returns as soon as the state is there and a long limit costs the passing
    // run nothing. A hook starts `next start` (up to 180 s) and Chromium (up to 90 s).
    testTimeout: 240_000,
    hookTimeout: 300_000,
    expect: { poll: { timeout: 60_000 } },
    fileParallelism: false,
  },
});
