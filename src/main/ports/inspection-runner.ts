import type { ReadError } from '../../shared/model/errors.js';
import type { InspectionReport } from '../../shared/model/inspection.js';
import type { Result } from '../../shared/result.js';
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

/**
 * Where inspections run (read + describe + chain): a worker thread in the app, so the main
 * process's event loop keeps serving the window; inline where no one waits on that loop.
 */
export type InspectionRunner = {
  inspect(job: InspectionJob): Promise<Result<InspectionReport, ReadError>>;
  /** What a folder scan keeps of a file (services/inspector/inventory-facts.ts). */
  facts(job: FactsJob): Promise<Result<FileFacts, ReadError>>;
  /** Stops the thread, if any; later jobs start a new one. */
  close(): Promise<void>;
};

/** The worker-thread protocol (shared by the runner adapter and the worker entry). */
export type InspectionWorkerRequest =
  { id: number; kind: 'inspect'; job: InspectionJob } | { id: number; kind: 'facts'; job: FactsJob };
export type InspectionWorkerReply = {
  id: number;
  result: Result<InspectionReport, ReadError> | Result<FileFacts, ReadError>;
};
