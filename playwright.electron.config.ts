import { defineConfig } from '@playwright/test';

// The packaged-shape app under Playwright's _electron driver. Runs only where an
// Electron binary exists (not on CI here: it cannot be downloaded); each test says why
// it skips. See test/electron/README.md.
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.electron.ts',
  outputDir: 'test-results/electron',
  timeout: 90_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/electron.json' }]],
});
