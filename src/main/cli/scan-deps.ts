import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteInventory } from '../adapters/inventory/sqlite-inventory-store.js';
import { networkFetcher, networkPolicy } from '../app/network.js';
import { cliFileSystem } from '../adapters/node-file-system.js';
import { systemClock } from '../adapters/system-clock.js';
import { defaultDataDir } from '../app/paths.js';
import type { Inspector } from '../services/inspector/inspect-file.js';
import { scanFolder } from '../services/inventory/folder-scan.js';
import { reportRows } from '../services/inventory/report-rows.js';
import { packageRoot } from './package-root.js';
import type { ScanDeps } from './scan-command.js';

/**
 * The inspection thread bundled beside the CLI (scripts/build-cli.mjs): a folder's files are
 * read and parsed there while this thread writes the inventory, as in the app. Absent (the
 * CLI run from its sources), they are read here.
 */
const bundledWorker = (): string | null => {
  const path = join(packageRoot(), 'dist', 'cli', 'inspection-worker.mjs');
  return existsSync(path) ? path : null;
};

const startInspection = async () => {
  const { composeInspection } = await import('../app/compose-inspection.js');
  const worker = bundledWorker();
  const core = composeInspection(
    { fs: cliFileSystem, clock: systemClock, events: { emit: () => undefined } },
    { dataDir: defaultDataDir(), ...(worker ? { inspectionWorker: worker } : {}) },
  );
  await core.start();
  return core;
};

/** `vigie scan` on the inspection layer and the inventory file of the data folder. */
export const scanDeps = (): ScanDeps => ({
  fs: cliFileSystem,
  now: () => systemClock.now(),
  interactive: process.stderr.isTTY === true,
  open: async () => {
    // The inspection layer (trust store, readers, chain building) is loaded with the first
    // file that needs reading: a scan from cron that finds nothing changed never loads it.
    let loaded: Promise<Awaited<ReturnType<typeof startInspection>>> | null = null;
    const core = () => (loaded ??= startInspection());
    const inspector: Pick<
      Inspector,
      'inspect' | 'facts' | 'scanRead' | 'scanStat' | 'endScan' | 'readsAside' | 'prepare'
    > = {
      readsAside: bundledWorker() !== null,
      prepare: () => void core().then((c) => c.services.inspector.prepare()),
      inspect: async (request, onItem) => (await core()).services.inspector.inspect(request, onItem),
      facts: async (request) => (await core()).services.inspector.facts(request),
      scanRead: async (files) => (await core()).services.inspector.scanRead(files),
      // Stats need no inspection layer: a rescan that finds nothing changed never loads it.
      scanStat: async (paths) => Promise.all(paths.map((p) => cliFileSystem.fileInfo(p))),
      endScan: () => void loaded?.then((c) => c.services.inspector.endScan()),
    };
    const { store } = openSqliteInventory(join(defaultDataDir(), 'inventory.sqlite'));
    const deps = { fs: cliFileSystem, store, clock: systemClock, inspector };
    return {
      store,
      scan: (root, onProgress) => scanFolder(root, deps, onProgress ? { onProgress } : {}),
      scanEndpoints: async (targets, onProgress) => {
        const [{ createNodeTlsProbe, systemRootCertificates }, { scanEndpoints }] = await Promise.all([
          import('../adapters/tls/node-tls-probe.js'),
          import('../services/inventory/endpoint-scan.js'),
        ]);
        // A chain is complete when it reaches a root clients have: the web's (Node's list) or IGC-Santé's.
        const igcRoots = (await (await core()).services.trust.list()).filter((c) => c.pinned.role === 'root');
        const endpointDeps = {
          ...deps,
          probe: createNodeTlsProbe({ network: networkPolicy() }),
          anchors: [...systemRootCertificates(), ...igcRoots.map((c) => c.der)],
        };
        return scanEndpoints(targets, endpointDeps, onProgress ? { onProgress } : {});
      },
      // CRLs over the network as VIGIE_NETWORK allows; none when it is off.
      checkRevocation: async () => {
        const http = networkFetcher();
        // Nothing due (a scan from cron soon after the last one, or certificates naming no
        // CRL): the revocation code and its OCSP/CRL codecs are not even loaded.
        if (!http || store.revocationDue(systemClock.now()).length === 0) return;
        const [{ createRevocationService }, { sweepRevocation }] = await Promise.all([
          import('../services/revocation/index.js'),
          import('../services/inventory/revocation-sweep.js'),
        ]);
        const revocation = createRevocationService({
          http,
          fs: cliFileSystem,
          clock: systemClock,
          cacheDir: join(defaultDataDir(), 'crl-cache'),
        });
        const issuers = async () => (await (await core()).services.trust.list()).map((c) => c.der);
        await sweepRevocation({ store, clock: systemClock, revocation, issuers });
      },
      rows: (under, endpoints) => reportRows(store, systemClock.now(), { under, endpoints }),
      close: () => {
        store.close();
        void loaded?.then((c) => c.stop());
      },
    };
  },
});
