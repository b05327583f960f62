import { defineConfig } from 'vitest/config';
import { reporters } from './tests/support/json-report.mts';
import { resolve } from './vitest.shared.mts';

export default defineConfig({
  resolve,
  test: {
    reporters: reporters('e2e'),
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
