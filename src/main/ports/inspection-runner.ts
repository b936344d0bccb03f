import type { ReadError } from '../../shared/model/errors.js';
import type { InspectionReport } from '../../shared/model/inspection.js';
import type { Result } from '../../shared/result.js';

/** One file to inspect, as plain data: it is copied to another thread as it is. */
export type InspectionJob = {
  fileName: string;
  bytes: Uint8Array;
  password?: string;
  now: Date;
  /** DER of the local trust store's CA certificates. */
  storeCertificates: readonly Uint8Array[];
};

/**
 * Where inspections run (read + describe + chain): a worker thread in the app, so the main
 * process's event loop keeps serving the window; inline where no one waits on that loop.
 */
export type InspectionRunner = {
  inspect(job: InspectionJob): Promise<Result<InspectionReport, ReadError>>;
  /** Stops the thread, if any; later jobs start a new one. */
  close(): Promise<void>;
};

/** The worker-thread protocol (shared by the runner adapter and the worker entry). */
export type InspectionWorkerRequest = { id: number; job: InspectionJob };
export type InspectionWorkerReply = { id: number; result: Result<InspectionReport, ReadError> };
