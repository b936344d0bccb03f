import { join } from 'node:path';
import type { PinnedCa } from '../../shared/igc-sante/anchors.js';
import type { WorkerRunnerOptions } from '../adapters/worker-inspection-runner.js';
import type { Clock } from '../ports/clock.js';
import type { EventSink } from '../ports/event-sink.js';
import type { FileSystem } from '../ports/file-system.js';
import type { InspectionRunner } from '../ports/inspection-runner.js';
import { createInspector } from '../services/inspector/inspect-file.js';
import { createTrustService, type TrustDir } from '../services/trust/trust-service.js';
import { anchorFinder } from './anchor-finder.js';
import { cryptolibTrustDirs, extraTrustDirs } from './paths.js';

export type InspectionAdapters = { fs: FileSystem; clock: Clock; events: EventSink };

export type InspectionConfig = {
  dataDir: string;
  /** Extra trust folders on top of the Cryptolib install and VIGIE_TRUST_DIRS. */
  trustDirs?: readonly TrustDir[];
  /** DEV/TEST ONLY: extra trust anchors on top of the pinned IGC-Santé CAs (see CoreConfig). */
  devAnchors?: readonly PinnedCa[];
  /** The bundled inspection worker; absent: inspections run inline (see CoreConfig). */
  inspectionWorker?: string | URL;
};

/**
 * The worker adapter, loaded with the first inspection: `vigie inspect` runs inline and so
 * never loads node:worker_threads (a few milliseconds of every start-up).
 */
const lazyWorkerRunner = (options: WorkerRunnerOptions): InspectionRunner => {
  let runner: Promise<InspectionRunner> | null = null;
  const started = () =>
    (runner ??= import('../adapters/worker-inspection-runner.js').then((m) =>
      m.createWorkerInspectionRunner(options),
    ));
  return {
    inspect: async (job) => (await started()).inspect(job),
    facts: async (job) => (await started()).facts(job),
    scanRead: async (job) => (await started()).scanRead(job),
    scanStat: async (paths) => (await started()).scanStat(paths),
    prepare: () => void started().then((r) => r.prepare?.()),
    close: async () => {
      if (runner) await (await runner).close();
    },
  };
};

/**
 * The first layer of the composition root: the trust store and the inspector, which every
 * other service builds on. composeCore (compose.ts) starts from it; `vigie inspect` needs
 * nothing else, so it composes this layer alone and does not load the vault, orders,
 * PKCS#12 and CSR writers, keychain or network adapters (a third of its start-up time).
 */
export const composeInspection = (adapters: InspectionAdapters, config: InspectionConfig) => {
  const dirs: TrustDir[] = [
    ...cryptolibTrustDirs().map((path) => ({ path, source: 'cryptolib' })),
    ...extraTrustDirs().map((path) => ({ path, source: 'configured' })),
    ...(config.trustDirs ?? []),
  ];
  const trust = createTrustService({
    fs: adapters.fs,
    dirs,
    importDir: join(config.dataDir, 'anchors'),
    events: adapters.events,
  });
  const devAnchors = config.devAnchors ?? [];
  const findAnchor = anchorFinder(devAnchors);
  const inspectionRunner = config.inspectionWorker
    ? lazyWorkerRunner({ script: config.inspectionWorker, devAnchors })
    : null;
  const inspector = createInspector({
    clock: adapters.clock,
    fs: adapters.fs,
    trust,
    ...(findAnchor ? { findAnchor } : {}),
    ...(inspectionRunner ? { runner: inspectionRunner } : {}),
  });
  return {
    services: { trust, inspector },
    /** The anchor lookup the other services share (undefined: the pinned CAs only). */
    findAnchor,
    /**
     * Loads the trust store once and starts the inspection thread (not waited for: it loads
     * its code beside the window's start), so the first inspection or scan pays for neither.
     */
    async start() {
      inspectionRunner?.prepare?.();
      await trust.list();
    },
    /** Ends the inspection worker, if any. */
    async stop() {
      await inspectionRunner?.close();
    },
  };
};

export type InspectionCore = ReturnType<typeof composeInspection>;
