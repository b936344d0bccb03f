import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { composeCore, type Core } from '../../../../src/main/app/compose.js';
import { confDocumentStore } from '../../../../src/main/adapters/conf-document-store.js';
import { createMemorySecretStore } from '../../../../src/main/adapters/memory-secret-store.js';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { systemClock } from '../../../../src/main/adapters/system-clock.js';
import { makeManyCertificates } from '../../../helpers/chain-certificates.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/**
 * The app's folder scan as the window's event loop sees it: files are parsed in the
 * inspection worker, the walk and reads are asynchronous, and the inventory is written in
 * short batches, so the loop that serves the window keeps turning through a first scan and
 * a rescan of thousands of files. A responsiveness bound, not a speed claim.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const FILES = 4_000;
const MAX_TICK_GAP_MS = 200;
const ctx = { origin: 'vigie://app' };

let workerScript: string;
const cores: Core[] = [];
beforeAll(async () => {
  const out = tempDir('vigie-scan-worker-');
  workerScript = join(out, 'inspection-worker.mjs');
  await build({
    entryPoints: [join(ROOT, 'src/main/app/inspection-worker.ts')],
    outfile: workerScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);",
    },
  });
}, 60_000);
afterAll(async () => {
  for (const core of cores) await core.stop();
});

/** Largest pause between ticks of a 10 ms interval on this thread while `work` runs. */
const largestTickGap = async <T>(work: () => Promise<T>): Promise<{ value: T; gap: number }> => {
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

describe('a folder scan in the app', () => {
  it(`keeps the main event loop turning over ${FILES} files, first scan and rescan`, async () => {
    const dataDir = tempDir('vigie-scan-app-');
    const folder = join(dataDir, 'certs');
    mkdirSync(folder);
    makeManyCertificates(folder, FILES);
    const core = composeCore(
      {
        fs: nodeFileSystem,
        clock: systemClock,
        opener: { open: async () => undefined },
        events: { emit: () => undefined },
        secrets: createMemorySecretStore('scan tests do not use the vault', () => undefined),
        orderDocuments: confDocumentStore(dataDir, 'orders'),
        settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
        notifier: { notify: () => undefined },
      },
      {
        dataDir,
        trustDirs: [],
        appInfo: { version: 'test', platform: 'linux', runtime: 'cli' },
        inspectionWorker: workerScript,
        refreshInventoryAtStart: false,
      },
    );
    cores.push(core);
    await core.start();
    const h = core.handlers.inventory;
    const first = await largestTickGap(() => h.addFolder({ path: folder }, ctx));
    expect(first.value.ok && first.value.value.report.certificates).toBe(FILES);
    const again = await largestTickGap(() => h.refresh({}, ctx));
    expect(again.value.ok).toBe(true);
    console.log(
      `${FILES} files: largest event-loop gap ${first.gap.toFixed(0)} ms (first scan), ${again.gap.toFixed(0)} ms (rescan)`,
    );
    expect(first.gap).toBeLessThan(MAX_TICK_GAP_MS);
    expect(again.gap).toBeLessThan(MAX_TICK_GAP_MS);
  }, 300_000);
});
