import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteInventory } from '../../../../src/main/adapters/inventory/sqlite-inventory-store.js';
import { confDocumentStore } from '../../../../src/main/adapters/conf-document-store.js';
import { createMemorySecretStore } from '../../../../src/main/adapters/memory-secret-store.js';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { composeCore, type Core } from '../../../../src/main/app/compose.js';
import type { InventoryStore } from '../../../../src/main/ports/inventory-store.js';
import { createInspector } from '../../../../src/main/services/inspector/inspect-file.js';
import { SCAN_BATCH_BYTES } from '../../../../src/main/services/inspector/scan-read.js';
import { scanFolder, type FolderScanDeps } from '../../../../src/main/services/inventory/folder-scan.js';
import { makeCertificates } from '../../../helpers/chain-certificates.js';
import { bundleInspectionWorker } from '../../../helpers/event-loop.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/**
 * The app scans through its inspection worker (reads, stats and parses in batches off the
 * main thread); the CLI and tests read inline. Both must leave the same inventory behind,
 * over every kind of file a folder holds, many batches, and bundles large enough that a
 * batch leaves some of its files for later.
 */

const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;
const NOW = new Date();
const clock = { now: () => new Date(NOW.getTime()) };

let workerScript: string;
const cores: Core[] = [];
const stores: InventoryStore[] = [];
beforeAll(async () => {
  workerScript = await bundleInspectionWorker();
}, 60_000);
afterAll(async () => {
  for (const core of cores) await core.stop();
  for (const s of stores) s.close();
});

const SMALL = 150; // several read batches and stat batches' worth

const makeFolder = () => {
  const root = join(tempDir('vigie-scan-worker-'), 'certs');
  mkdirSync(join(root, 'many'), { recursive: true });
  const { root: ca, intermediates, leaves } = makeCertificates(SMALL + 4, 1);
  writeFileSync(join(root, 'chain.pem'), [ca, ...intermediates].map(pem).join(''));
  leaves.slice(0, SMALL).forEach((leaf, i) =>
    // Half PEM, half DER, as certificate folders are.
    writeFileSync(join(root, 'many', `leaf-${i}.${i % 2 ? 'der' : 'pem'}`), i % 2 ? leaf : pem(leaf)),
  );
  // Bundles of a third of a batch's share each: a batch reads some and leaves the rest for later.
  const padding = '#'.repeat(Math.ceil(SCAN_BATCH_BYTES / 3));
  leaves
    .slice(SMALL)
    .forEach((leaf, i) => writeFileSync(join(root, `bundle-${i}.pem`), `${padding}\n${pem(leaf)}`));
  writeFileSync(join(root, 'notes.txt'), 'not a certificate');
  execFileSync('mkfifo', [join(root, 'pipe')]);
  symlinkSync(join(root, 'many'), join(root, 'loop'));
  symlinkSync(join(root, 'many', 'leaf-1.der'), join(root, 'link.der'));
  return root;
};

const inlineDeps = (store: InventoryStore): FolderScanDeps => ({
  fs: nodeFileSystem,
  store,
  clock,
  inspector: createInspector({ fs: nodeFileSystem, clock, trust: { list: async () => [] } }),
});

const workerDeps = (store: InventoryStore): FolderScanDeps => {
  const dataDir = tempDir('vigie-scan-worker-core-');
  const core = composeCore(
    {
      fs: nodeFileSystem,
      clock,
      opener: { open: async () => undefined },
      events: { emit: () => undefined },
      secrets: createMemorySecretStore('scan tests do not use the vault', () => undefined),
      orderDocuments: confDocumentStore(dataDir, 'orders'),
      settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
    },
    {
      dataDir,
      trustDirs: [],
      appInfo: { version: 'test', platform: process.platform, runtime: 'cli' },
      inspectionWorker: workerScript,
    },
  );
  cores.push(core);
  return { fs: nodeFileSystem, store, clock, inspector: core.services.inspector };
};

const newStore = () => {
  const { store } = openSqliteInventory(join(tempDir('vigie-scan-worker-db-'), 'inventory.sqlite'));
  stores.push(store);
  return store;
};

/** What a scan leaves: every certificate with its places, and what the cache knows of each file. */
const stateOf = (store: InventoryStore, root: string) => ({
  certificates: store.watchList({ includeNowhere: true }),
  cache: store.scanCacheUnder(root).map((e) => {
    const entry = store.scanCacheEntry(e.path);
    return { ...entry, scannedAt: undefined };
  }),
});

describe('a folder scan through the app’s worker', () => {
  it('leaves the same inventory as the inline scan, first scan and rescans', async () => {
    const root = makeFolder();
    const inlineStore = newStore();
    const workerStore = newStore();
    const inline = inlineDeps(inlineStore);
    const worker = workerDeps(workerStore);

    const first = await scanFolder(root, worker);
    expect(first).toEqual(await scanFolder(root, inline));
    // chain.pem, SMALL leaves, 4 bundles, notes.txt, link.der: the FIFO and the folder link are not files.
    expect(first).toMatchObject({
      files: SMALL + 7,
      read: SMALL + 7,
      unreadable: 1,
      certificates: SMALL + 7,
    });
    expect(stateOf(workerStore, root)).toEqual(stateOf(inlineStore, root));

    // Nothing changed: every file known by its stat, none read.
    const again = await scanFolder(root, worker);
    expect(again).toEqual(await scanFolder(root, inline));
    expect(again).toMatchObject({ read: 0, unchanged: SMALL + 7 });

    // Touched (same bytes), rewritten with another certificate, removed.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'many', 'leaf-0.pem'), later, later);
    utimesSync(join(root, 'bundle-3.pem'), later, later);
    writeFileSync(join(root, 'many', 'leaf-2.pem'), pem(makeCertificates(1, 1).leaves[0]!));
    rmSync(join(root, 'many', 'leaf-4.pem'));
    const changed = await scanFolder(root, worker);
    expect(changed).toEqual(await scanFolder(root, inline));
    expect(changed).toMatchObject({ files: SMALL + 6, read: 1, unchanged: SMALL + 5, gone: 2 });
    expect(stateOf(workerStore, root)).toEqual(stateOf(inlineStore, root));
  }, 120_000);
});
