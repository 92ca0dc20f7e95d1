import { defineConfig } from 'vitest/config';

// One runner for the whole repository: unit, contract, API and e2e suites live under test/.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
