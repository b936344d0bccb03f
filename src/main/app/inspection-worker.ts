/**
 * Entry of the inspection worker thread (bundled to dist/main/inspection-worker.cjs and
 * dist/dev-bridge/inspection-worker.mjs). It runs the same `inspectBytes` and
 * `inventoryFactsOf` as the inline path, one job at a time, so the main process's event loop
 * stays free while a big file is read or a folder scanned.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PinnedCa } from '../../shared/igc-sante/anchors.js';
import type { InspectionWorkerReply, InspectionWorkerRequest } from '../ports/inspection-runner.js';
import { inspectBytes } from '../services/inspector/inspect-bytes.js';
import { inventoryFactsOf } from '../services/inspector/inventory-facts.js';
import { readBatchForScan } from '../services/inspector/scan-read.js';
import { cliFileSystem } from '../adapters/node-file-system.js';
import { anchorFinder } from './anchor-finder.js';

export type InspectionWorkerData = { devAnchors: readonly PinnedCa[] };

const port = parentPort;
if (port === null) throw new Error('inspection-worker must run in a worker thread');
const findAnchor = anchorFinder((workerData as InspectionWorkerData | null)?.devAnchors ?? []);

const run = async (request: InspectionWorkerRequest): Promise<InspectionWorkerReply> => {
  const { id } = request;
  const anchors = findAnchor ? { findAnchor } : {};
  try {
    if (request.kind === 'scan-read') {
      // Blocking reads: this thread has nothing else to serve, and they cost a fraction of
      // the promise-based ones (the same reads `vigie scan` does).
      const { files, now, storeCertificates } = request.job;
      const facts = (file: { fileName: string; bytes: Uint8Array }) =>
        inventoryFactsOf({ ...file, now, storeCertificates, ...anchors });
      return { id, result: await readBatchForScan(files, cliFileSystem, facts) };
    }
    if (request.kind === 'scan-stat') {
      const infos = [];
      for (const path of request.job.paths) infos.push(await cliFileSystem.fileInfo(path));
      return { id, result: infos };
    }
    return request.kind === 'facts'
      ? { id, result: await inventoryFactsOf({ ...request.job, ...anchors }) }
      : { id, result: await inspectBytes({ ...request.job, ...anchors }) };
  } catch (error) {
    // inspectBytes returns its failures; a throw is a bug, still answered so no caller hangs.
    const message = error instanceof Error ? error.message : String(error);
    return {
      id,
      result: { ok: false, error: { code: 'malformed', message: `Inspection failed: ${message}` } },
    };
  }
};

// One job at a time: two 10 MiB files inspected at once would double the peak memory.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: InspectionWorkerRequest) => {
  queue = queue.then(async () => port.postMessage(await run(request)));
});
