import { composeCore, type Core } from '../../../../src/main/app/compose.js';
import { confDocumentStore } from '../../../../src/main/adapters/conf-document-store.js';
import { createMemorySecretStore } from '../../../../src/main/adapters/memory-secret-store.js';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { fixedClock } from '../../../../src/main/adapters/system-clock.js';
import type { PinnedCa } from '../../../../src/shared/igc-sante/anchors.js';
import { createSigner, manyLeaves, toPem } from '../../../helpers/many-certificates.js';
import { sha256Hex } from '../../../helpers/fixture-ca.js';
import { bundleInspectionWorker, largestTickGap } from '../../../helpers/event-loop.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/**
 * The app's inspection runs in a worker thread (src/main/app/inspection-worker.ts): same
 * typed results as the inline path, and the main event loop keeps turning meanwhile.
 */

const NOW = new Date();
/**
 * 2,000 certificates, not the 25,000 of a full 10 MiB export: inspecting one file of many
 * leaves is still superlinear before the linear chain building lands (2,000: ~6 s, 4,000:
 * ~30 s on 2 cores), and the bound measured here does not depend on the count.
 */
const MANY = 2_000;
const MAX_TICK_GAP_MS = 200;

let workerScript: string;
const ca = createSigner('Vigie worker test CA');
let caPin: PinnedCa;
const cores: Core[] = [];

beforeAll(async () => {
  // The same entry and settings as scripts/build-bridge.mjs, into a temp folder.
  workerScript = await bundleInspectionWorker();
  caPin = {
    name: 'Vigie worker test CA',
    short: 'TEST CA',
    environment: 'test',
    role: 'root',
    range: 'STANDARD',
    sha256: await sha256Hex(ca.der),
  };
}, 60_000);

afterAll(async () => {
  for (const core of cores) await core.stop();
});

const coreWith = (inspectionWorker?: string) => {
  const dataDir = tempDir('vigie-worker-core-');
  const core = composeCore(
    {
      fs: nodeFileSystem,
      clock: fixedClock(NOW),
      opener: { open: async () => undefined },
      events: { emit: () => undefined },
      secrets: createMemorySecretStore('inspection tests do not use the vault', () => undefined),
      orderDocuments: confDocumentStore(dataDir, 'orders'),
      settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
    },
    {
      dataDir,
      trustDirs: [],
      devAnchors: [caPin],
      appInfo: { version: 'test', platform: process.platform, runtime: 'cli' },
      ...(inspectionWorker ? { inspectionWorker } : {}),
    },
  );
  cores.push(core);
  return core;
};

const pemBytes = (count: number) =>
  new Uint8Array(Buffer.from(toPem([ca.der, ...manyLeaves(ca, count)]), 'latin1'));

describe('inspection in a worker thread', () => {
  it('gives the same typed report as the inline path, errors included', async () => {
    const bytes = pemBytes(3);
    const inline = await coreWith().services.inspector.inspect({ fileName: 'few.pem', bytes });
    const worker = coreWith(workerScript);
    const threaded = await worker.services.inspector.inspect({ fileName: 'few.pem', bytes });
    expect(threaded).toEqual(inline);
    expect(
      threaded.ok && threaded.value.items.map((i) => i.kind === 'certificate' && i.chain?.status),
    ).toEqual(['valid', 'valid', 'valid', 'valid']);
    const refused = await worker.services.inspector.inspect({ fileName: 'x', bytes: new Uint8Array([1, 2]) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unrecognized-format' } });
  });

  it(`keeps the main event loop turning while ${MANY} certificates are inspected`, async () => {
    const bytes = pemBytes(MANY);
    const core = coreWith(workerScript);
    const { value, gap } = await largestTickGap(() =>
      core.services.inspector.inspect({ fileName: 'many.pem', bytes }),
    );
    expect(value.ok && value.value.items).toHaveLength(MANY + 1);
    console.log(`${MANY} certificates: largest event-loop gap ${gap.toFixed(0)} ms`);
    // A responsiveness bound, not a speed claim: the inline path blocks for the whole read.
    expect(gap).toBeLessThan(MAX_TICK_GAP_MS);
  }, 300_000);

  it("reads a scan's files in the worker as the inline path does, the main loop free meanwhile", async () => {
    const bytes = pemBytes(MANY);
    const inline = await coreWith().services.inspector.facts({ fileName: 'many.pem', bytes });
    const core = coreWith(workerScript);
    const { value, gap } = await largestTickGap(() =>
      core.services.inspector.facts({ fileName: 'many.pem', bytes }),
    );
    expect(value.ok && value.value.certificates).toHaveLength(MANY + 1);
    expect(value).toEqual(inline);
    expect(gap).toBeLessThan(MAX_TICK_GAP_MS);
    const refused = await core.services.inspector.facts({ fileName: 'x', bytes: new Uint8Array([1, 2]) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unrecognized-format' } });
  }, 300_000);
});
