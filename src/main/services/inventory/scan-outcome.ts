import type { CertificateFacts, ScanCacheEntry } from '../../ports/inventory-store.js';
import type { ScanRead, ScanReadRequest } from '../../ports/inspection-runner.js';

/** What a folder scan makes of one file it read, ready to be written. */
export type Outcome = {
  certificates: CertificateFacts[];
  found: string[];
  /** Empty when the file was not read (unchanged by size and time, or unreadable). */
  contentSha256: string;
  error: string | null;
  parsed: boolean;
  /** Size and time of what was read (or seen), for the scan cache; null: not a regular file after all. */
  info: { size: number; mtimeMs: number } | null;
};

/** One file's outcome, waiting its turn to be written (files are written in walk order). */
export type Sighting = {
  path: string;
  cached: ScanCacheEntry | null;
  outcome: Promise<Pending>;
  /** The read batch it is in (see `dispatch` in folder-scan.ts). */
  batch: number;
};

/** An outcome, or a file its batch left for later (see SCAN_BATCH_BYTES). */
export type Pending = Outcome | { later: ScanReadRequest };

export const outcomeOf = (read: ScanRead, cached: ScanCacheEntry | null): Outcome => {
  switch (read.kind) {
    case 'not-file':
    case 'later': // a single file is never left for later
      return { certificates: [], found: [], contentSha256: '', error: null, parsed: false, info: null };
    case 'unreadable':
      // An unreadable file says nothing about what it holds: its certificates stay listed.
      return {
        certificates: [],
        found: cached?.certificates ?? [],
        contentSha256: '',
        error: read.error,
        parsed: false,
        info: read.info,
      };
    case 'same-bytes':
      // Touched, not changed.
      return {
        certificates: [],
        found: cached?.certificates ?? [],
        contentSha256: read.contentSha256,
        error: null,
        parsed: false,
        info: read.info,
      };
    case 'parsed':
      return {
        certificates: read.certificates,
        found: read.certificates.map((c) => c.sha256),
        contentSha256: read.contentSha256,
        error: read.error,
        parsed: true,
        info: read.info,
      };
  }
};
