import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/.work/**'],
    testTimeout: 180_000,
    hookTimeout: 600_000,
    pool: 'forks',
    setupFiles: ['tests/harness/work-dir.ts', 'tests/harness/yield-between-tests.ts'],
  },
});
