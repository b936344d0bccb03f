import { defineConfig } from 'vitest/config';

// Unit and renderer tests. Node-side tests (shared + main) run in Node; renderer tests
// run in happy-dom. End-to-end suites live under test/e2e and test/electron (Playwright).
export default defineConfig({
  test: {
    globals: true,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Code that picks its fetcher from the environment (CLI, bridge) never leaves 127.0.0.1 here.
    env: { VIGIE_NETWORK: 'loopback' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/shared/**/*.test.ts',
            'test/main/**/*.test.ts',
            'test/scripts/**/*.test.ts',
            'test/conformance/**/*.test.ts',
          ],
          setupFiles: ['test/setup/temp-dirs.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/setup.ts', 'test/setup/temp-dirs.ts'],
        },
      },
    ],
  },
});
