import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import type { ReadError } from '../../../shared/model/errors.js';
import type { InspectionReport } from '../../../shared/model/inspection.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { FileInfo, FileSystem } from '../../ports/file-system.js';
import type {
  FileFacts,
  InspectionRunner,
  ScanRead,
  ScanReadRequest,
} from '../../ports/inspection-runner.js';
import type { ChainInput } from '../../pki/chain/index.js';
import type { TrustService } from '../trust/trust-service.js';
import { inspectBytes, type OnInspectedItem } from './inspect-bytes.js';
import { inventoryFactsOf } from './inventory-facts.js';
import { readBatchForScan } from './scan-read.js';

export type InspectRequest = { fileName: string; bytes: Uint8Array; password?: string };

export type InspectorDeps = {
  clock: Clock;
  /** Where a scan's files are read on the inline path (a runner reads them itself). */
  fs: FileSystem;
  trust: Pick<TrustService, 'list'>;
  /** Trust anchors for the inline path; a runner brings its own (they cannot cross threads). */
  findAnchor?: ChainInput['findAnchor'];
  /**
   * Where the CPU-heavy part runs. Absent: inline, on this thread (the CLI, tests). The app
   * passes a worker-thread runner so a 10 MiB file never freezes the main process.
   */
  runner?: InspectionRunner;
};

/**
 * The inspector: read a user's file (format from content), describe every object in it,
 * recognise IGC-Santé certificates and check their chain to the pinned anchors. Shared by
 * the app (over IPC), the dev bridge and `vigie inspect`.
 */
export const createInspector = (deps: InspectorDeps) => {
  // The trust store's certificates, read once per batch of files rather than per file.
  let storeDer: Promise<Uint8Array[]> | null = null;
  const storeCertificates = () => (storeDer ??= deps.trust.list().then((cs) => cs.map((c) => c.der)));
  return {
    /**
     * A scan's files are read and parsed on another thread (a worker runner): reading ahead
     * then overlaps with writing; read inline, it only keeps more objects alive.
     */
    readsAside: deps.runner !== undefined,
    /** Gets the reader ready (starts its thread) ahead of a scan that will read files. */
    prepare(): void {
      deps.runner?.prepare?.();
    },
    /** With `onItem`, items go to it one by one and the report's `items` stays empty. */
    async inspect(
      request: InspectRequest,
      onItem?: OnInspectedItem,
    ): Promise<Result<InspectionReport, ReadError>> {
      // Refused before the bytes are copied to a worker.
      if (request.bytes.length > MAX_FILE_BYTES) {
        return err({
          code: 'file-too-large',
          message: `File is ${request.bytes.length} bytes; the limit is ${MAX_FILE_BYTES}`,
          detail: { limit: MAX_FILE_BYTES, size: request.bytes.length },
        });
      }
      const job = {
        fileName: request.fileName,
        bytes: request.bytes,
        ...(request.password === undefined ? {} : { password: request.password }),
        now: deps.clock.now(),
        storeCertificates: (await deps.trust.list()).map((c) => c.der),
      };
      if (deps.runner) {
        const report = await deps.runner.inspect(job);
        // A worker's items cross the thread boundary together: hand them over afterwards.
        if (!onItem || !report.ok) return report;
        for (const item of report.value.items) onItem(item, report.value.format);
        return ok({ ...report.value, items: [] });
      }
      return inspectBytes({ ...job, ...(deps.findAnchor ? { findAnchor: deps.findAnchor } : {}) }, onItem);
    },

    /**
     * What a folder scan keeps of a file (its certificates, IGC-Santé ones recognised). The
     * trust store is read at the first file of a scan and kept until `endScan`.
     */
    async facts(request: { fileName: string; bytes: Uint8Array }): Promise<Result<FileFacts, ReadError>> {
      const job = { ...request, now: deps.clock.now(), storeCertificates: await storeCertificates() };
      if (deps.runner) return deps.runner.facts(job);
      return inventoryFactsOf({ ...job, ...(deps.findAnchor ? { findAnchor: deps.findAnchor } : {}) });
    },

    /**
     * Reads and parses a batch of a scan's files, in order: in the worker when there is one
     * (reads included, one message for the batch), else here one after the other.
     */
    async scanRead(files: readonly ScanReadRequest[]): Promise<ScanRead[]> {
      if (deps.runner)
        return deps.runner.scanRead({
          files,
          now: deps.clock.now(),
          storeCertificates: await storeCertificates(),
        });
      return readBatchForScan(files, deps.fs, (f) => this.facts(f));
    },

    /** A stat of each of a scan's files, in the worker when there is one (one message). */
    async scanStat(paths: readonly string[]): Promise<(FileInfo | null)[]> {
      if (deps.runner) return deps.runner.scanStat(paths);
      const infos: (FileInfo | null)[] = [];
      for (const path of paths) infos.push(await deps.fs.fileInfo(path));
      return infos;
    },

    /** A scan ended: the next one reads the trust store again (it may have changed meanwhile). */
    endScan(): void {
      storeDer = null;
    },
  };
};

export type Inspector = ReturnType<typeof createInspector>;
