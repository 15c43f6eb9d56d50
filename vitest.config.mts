import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'test/unit/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/conformance/**/*.test.ts',
            'test/lint/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, 'test/unit/renderer/**'],
          environment: 'node',
          testTimeout: 30_000,
          setupFiles: ['./test/support/all-languages.ts'],
        },
      },
      {
        // The renderer's screens and store in a DOM (happy-dom), driven through a fake bridge.
        test: {
          name: 'renderer',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          testTimeout: 15_000,
          setupFiles: ['./test/support/all-languages.ts'],
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
          // The tests compute the words they expect with formatMessage, in every language.
          setupFiles: ['./test/support/all-languages.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
