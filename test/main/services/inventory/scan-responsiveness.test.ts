import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { composeCore, type Core } from '../../../../src/main/app/compose.js';
import { confDocumentStore } from '../../../../src/main/adapters/conf-document-store.js';
import { createMemorySecretStore } from '../../../../src/main/adapters/memory-secret-store.js';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { systemClock } from '../../../../src/main/adapters/system-clock.js';
import { makeManyCertificates } from '../../../helpers/chain-certificates.js';
import { bundleInspectionWorker, largestTickGap } from '../../../helpers/event-loop.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/**
 * The app's folder scan as the window's event loop sees it: files are parsed in the
 * inspection worker, the walk and reads are asynchronous, and the inventory is written in
 * short batches, so the loop that serves the window keeps turning through a first scan and
 * a rescan of thousands of files. A responsiveness bound, not a speed claim.
 */

const FILES = 4_000;
const MAX_TICK_GAP_MS = 200;
const ctx = { origin: 'vigie://app' };

let workerScript: string;
const cores: Core[] = [];
beforeAll(async () => {
  workerScript = await bundleInspectionWorker();
}, 60_000);
afterAll(async () => {
  for (const core of cores) await core.stop();
});

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
