import { build } from 'esbuild';
import { join } from 'node:path';
import { tempDir } from './temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The app's inspection worker entry bundled as scripts/build-bridge.mjs bundles it, into a
 * temp folder (removed with the test's other temp folders): tests then run the app's
 * worker-thread path from the sources.
 */
export const bundleInspectionWorker = async (): Promise<string> => {
  const script = join(tempDir('vigie-worker-'), 'inspection-worker.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/main/app/inspection-worker.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
  });
  return script;
};

/** Largest pause between ticks of a 10 ms interval on this thread while `work` runs. */
export const largestTickGap = async <T>(work: () => Promise<T>): Promise<{ value: T; gap: number }> => {
  let last = performance.now();
  let gap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 10);
  try {
    const value = await work();
    return { value, gap: Math.max(gap, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
};
