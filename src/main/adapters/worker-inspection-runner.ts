import { Worker } from 'node:worker_threads';
import type { PinnedCa } from '../../shared/igc-sante/anchors.js';
import type { ReadError } from '../../shared/model/errors.js';
import type { InspectionReport } from '../../shared/model/inspection.js';
import { err, type Result } from '../../shared/result.js';
import type { FileInfo } from '../ports/file-system.js';
import type {
  FileFacts,
  InspectionRunner,
  InspectionWorkerReply,
  InspectionWorkerRequest,
  ScanRead,
} from '../ports/inspection-runner.js';

export type WorkerRunnerOptions = {
  /** The bundled worker entry (src/main/app/inspection-worker.ts). */
  script: string | URL;
  /** DEV/TEST-only extra anchors; plain data, rebuilt into a lookup inside the worker. */
  devAnchors?: readonly PinnedCa[];
  /**
   * Heap ceiling of the worker. A safety net, not the memory budget: hostile values are capped
   * while decoding, and a worker that still runs out is ended without taking the app with it.
   */
  maxHeapMb?: number;
};

type Settle = (result: InspectionWorkerReply['result']) => void;

/**
 * One long-lived worker thread, started on the first job and restarted after a crash. Long-
 * lived rather than one per job: starting a thread and parsing the PKI bundle costs about a
 * hundred milliseconds per file, and the parsed-certificate caches stay warm between files.
 * It is unref'd while idle, so it never keeps a process alive on its own.
 */
export const createWorkerInspectionRunner = (options: WorkerRunnerOptions): InspectionRunner => {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Settle>();

  const failAll = (message: string) => {
    for (const settle of pending.values()) settle(err({ code: 'malformed', message }));
    pending.clear();
  };

  const start = (): Worker => {
    const w = new Worker(options.script, {
      workerData: { devAnchors: [...(options.devAnchors ?? [])] },
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 },
    });
    w.on('message', (reply: InspectionWorkerReply) => {
      const settle = pending.get(reply.id);
      pending.delete(reply.id);
      settle?.(reply.result);
      if (pending.size === 0) w.unref();
    });
    w.on('error', (error) => {
      failAll(
        (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'The file could not be inspected: it needs more memory than allowed.'
          : `The file could not be inspected: ${error.message}`,
      );
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
      failAll('The file could not be inspected: the inspection stopped unexpectedly.');
    });
    w.unref();
    return w;
  };

  const send = (request: Omit<InspectionWorkerRequest, 'id'>): Promise<InspectionWorkerReply['result']> => {
    const w = (worker ??= start());
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      w.ref(); // a job in flight keeps the process alive until it is answered
      w.postMessage({ ...request, id } as InspectionWorkerRequest);
    });
  };

  return {
    // Each kind of request is answered with its own kind of result (inspection-worker.ts).
    inspect: (job) => send({ kind: 'inspect', job }) as Promise<Result<InspectionReport, ReadError>>,
    facts: (job) => send({ kind: 'facts', job }) as Promise<Result<FileFacts, ReadError>>,
    async scanStat(paths) {
      const result = await send({ kind: 'scan-stat', job: { paths } });
      if (Array.isArray(result)) return result as (FileInfo | null)[];
      // The worker stopped (the app is closing): the scan stops with it, its batches written
      // so far kept, and the next scan takes up from the cache.
      throw new Error('The scan could not look at its files: the inspection stopped unexpectedly.');
    },
    async scanRead(job) {
      const result = await send({ kind: 'scan-read', job });
      if (Array.isArray(result)) return result as ScanRead[];
      // The worker stopped (out of memory on a hostile file) or failed: no file of the batch
      // is known to be read, so each is unreadable this time, with a size that makes the next
      // scan read it again.
      const error = 'ok' in result && !result.ok ? result.error.code : 'malformed';
      return job.files.map((f) => ({
        kind: 'unreadable' as const,
        error,
        info: { size: -1, mtimeMs: f.seen?.mtimeMs ?? -1 },
      }));
    },
    prepare() {
      worker ??= start();
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
      failAll('The inspection was cancelled: the app is closing.');
    },
  };
};
