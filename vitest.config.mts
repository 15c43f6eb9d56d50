import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'test/unit/**/*.test.{ts,tsx}',
            'test/integration/**/*.test.ts',
            'test/conformance/**/*.test.ts',
            'test/lint/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          // The packaging test shares the one build of out/ with the browser tests.
          include: ['test/e2e/**/*.test.ts', 'test/package/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globalSetup: ['./test/e2e/support/build-once.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
