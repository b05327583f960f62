import { defineConfig } from 'vitest/config';
import { reporters } from './tests/support/json-report.mts';
import { resolve } from './vitest.shared.mts';

export default defineConfig({
  resolve,
  test: {
    reporters: reporters('unit'),
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['tests/support/worker-bundle.ts'],
  },
});
