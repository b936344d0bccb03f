import type { ReadError } from '../../shared/model/errors.js';
import type { InspectionReport } from '../../shared/model/inspection.js';
import type { Result } from '../../shared/result.js';
import type { FileInfo } from './file-system.js';
import type { CertificateFacts } from './inventory-store.js';

/** One file to inspect, as plain data: it is copied to another thread as it is. */
export type InspectionJob = {
  fileName: string;
  bytes: Uint8Array;
  password?: string;
  now: Date;
  /** DER of the local trust store's CA certificates. */
  storeCertificates: readonly Uint8Array[];
};

/** The certificates of one file as the inventory keeps them, in file order (a scan's job). */
export type FileFacts = { certificates: CertificateFacts[] };

/** A scan's job: a file read without a password. */
export type FactsJob = Omit<InspectionJob, 'password'>;

/** One file a folder scan reads (new, or changed by size or time). */
export type ScanReadRequest = {
  path: string;
  /** The folder listing said it is a regular file: no check by type before the open. */
  listedAsFile: boolean;
  /** What a stat said just now (a file the cache knows); null for a file never seen. */
  seen: FileInfo | null;
  /** The hash of the bytes last read: the same bytes again are not parsed (only touched). */
  sameIf: string | null;
};

/** What reading one file for a scan gave; the same whether read inline or in the worker. */
export type ScanRead =
  /** A link to a folder, a FIFO, a socket, a file gone since the walk: not a file to scan. */
  | { kind: 'not-file' }
  /** Not read: the batch had read its share of bytes (SCAN_BATCH_BYTES); ask for it alone. */
  | { kind: 'later' }
  | { kind: 'unreadable'; error: string; info: { size: number; mtimeMs: number } }
  /** Read and hashed: the same bytes as `sameIf`, so not parsed. */
  | { kind: 'same-bytes'; contentSha256: string; info: { size: number; mtimeMs: number } }
  | {
      kind: 'parsed';
      contentSha256: string;
      info: { size: number; mtimeMs: number };
      certificates: CertificateFacts[];
      /** Why nothing could be read from the bytes (not a certificate file, damaged…). */
      error: string | null;
    };

/** A batch of a scan's files, read and parsed where the runner runs (plain data). */
export type ScanReadJob = {
  files: readonly ScanReadRequest[];
  now: Date;
  storeCertificates: readonly Uint8Array[];
};

/**
 * Where inspections run (read + describe + chain): a worker thread in the app, so the main
 * process's event loop keeps serving the window; inline where no one waits on that loop.
 */
export type InspectionRunner = {
  inspect(job: InspectionJob): Promise<Result<InspectionReport, ReadError>>;
  /** What a folder scan keeps of a file (services/inspector/inventory-facts.ts). */
  facts(job: FactsJob): Promise<Result<FileFacts, ReadError>>;
  /**
   * Reads and parses a batch of a scan's files where the runner runs: in the app's worker
   * the reads too leave the main thread (blocking reads there stop nothing), and one message
   * carries many files.
   */
  scanRead(job: ScanReadJob): Promise<ScanRead[]>;
  /** What a stat says of each path (links followed; null: nothing there), in one message. */
  scanStat(paths: readonly string[]): Promise<(FileInfo | null)[]>;
  /**
   * Starts the thread now, without a job, so the first inspection or scan does not wait for
   * it to load (the app calls it once started; nothing waits for it).
   */
  prepare?(): void;
  /** Stops the thread, if any; later jobs start a new one. */
  close(): Promise<void>;
};

/** The worker-thread protocol (shared by the runner adapter and the worker entry). */
export type InspectionWorkerRequest =
  | { id: number; kind: 'inspect'; job: InspectionJob }
  | { id: number; kind: 'facts'; job: FactsJob }
  | { id: number; kind: 'scan-read'; job: ScanReadJob }
  | { id: number; kind: 'scan-stat'; job: { paths: readonly string[] } };
export type InspectionWorkerReply = {
  id: number;
  result:
    Result<InspectionReport, ReadError> | Result<FileFacts, ReadError> | ScanRead[] | (FileInfo | null)[];
};
