import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openInBrowser } from '../adapters/system-browser.js';
import { startLocalMode } from '../dev-bridge/local-mode.js';
import { packageRoot } from './package-root.js';
import type { UiDeps } from './ui-command.js';

export type UiPaths = { rendererDir: string; workersDir: string };

/** Built by `node scripts/start.mjs --build-only` (or `npm start`): the bridge renderer and the local mode's workers. */
export const uiPaths = (root = packageRoot()): UiPaths => ({
  rendererDir: join(root, 'dist', 'renderer-bridge'),
  workersDir: join(root, 'dist', 'local'),
});

/**
 * The first Ctrl-C or SIGTERM stops Vigie cleanly. The same signal often comes twice at once
 * (the terminal's to the whole group, and `npm start` passing its own on): repeats in the
 * first seconds are ignored; a later one ends the process at once, if stopping hangs.
 */
const untilSignal = () =>
  new Promise<void>((resolve) => {
    let first = 0;
    const onSignal = () => {
      if (first === 0) {
        first = Date.now();
        resolve();
      } else if (Date.now() - first > 3_000) process.exit(130);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });

export const uiDeps = (version: string, paths: UiPaths = uiPaths()): UiDeps => ({
  missingBuild: () => {
    const needed = [
      join(paths.rendererDir, 'index.html'),
      join(paths.workersDir, 'inspection-worker.mjs'),
      join(paths.workersDir, 'token-worker.mjs'),
    ];
    return needed.every((file) => existsSync(file))
      ? null
      : `vigie ui: Vigie's browser interface is not built (${paths.rendererDir}, ${paths.workersDir}): ` +
          'run `node scripts/start.mjs --build-only` in the Vigie folder.';
  },
  start: (port) =>
    startLocalMode({
      rendererDir: paths.rendererDir,
      workersDir: paths.workersDir,
      version,
      ...(port !== undefined ? { port } : {}),
    }),
  open: (url) => openInBrowser(url),
  untilStopped: untilSignal,
});
