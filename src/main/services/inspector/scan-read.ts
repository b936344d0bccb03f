import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import type { ReadError } from '../../../shared/model/errors.js';
import type { Result } from '../../../shared/result.js';
import { NotRegularFileError, readFailure, type FileSystem } from '../../ports/file-system.js';
import type { FileFacts, ScanRead, ScanReadRequest } from '../../ports/inspection-runner.js';
import { isIoError } from '../../ports/io-error.js';

export type ScanFacts = (file: {
  fileName: string;
  bytes: Uint8Array;
}) => Promise<Result<FileFacts, ReadError>>;

/**
 * Reads one file for a folder scan and parses it unless its bytes are the ones last read.
 * Never throws for an unreadable file (a bug still throws). The one implementation of what
 * a scan makes of a file, run inline (the CLI, tests) or in the app's inspection worker.
 */
export const readForScan = async (
  { path, listedAsFile, seen, sameIf }: ScanReadRequest,
  fs: FileSystem,
  facts: ScanFacts,
): Promise<ScanRead> => {
  let read;
  try {
    // Seen by stat just now, or listed as a regular file by the walk: no type check again.
    read = await fs.readFileWithInfo(path, MAX_FILE_BYTES, listedAsFile || seen?.kind === 'file');
  } catch (cause) {
    if (!isIoError(cause)) throw cause;
    const info = seen ?? (await fs.fileInfo(path));
    if (cause instanceof NotRegularFileError || info === null) return { kind: 'not-file' };
    return {
      kind: 'unreadable',
      error: readFailure(cause, MAX_FILE_BYTES).code,
      info: { size: info.size, mtimeMs: info.mtimeMs },
    };
  }
  const info = { size: read.info.size, mtimeMs: read.info.mtimeMs };
  const contentSha256 = createHash('sha256').update(read.bytes).digest('hex').toUpperCase();
  if (contentSha256 === sameIf) return { kind: 'same-bytes', contentSha256, info }; // touched, not changed
  const parsed = await facts({ fileName: basename(path), bytes: read.bytes });
  return parsed.ok
    ? { kind: 'parsed', contentSha256, info, certificates: parsed.value.certificates, error: null }
    : { kind: 'parsed', contentSha256, info, certificates: [], error: parsed.error.code };
};

/**
 * Bytes one batch reads before the rest of it is left for later: what a batch's answer holds
 * (the certificates of its files) stays bounded in a folder of large bundles, where 32 files
 * of 10 MiB would otherwise be one answer of several hundred MiB.
 */
export const SCAN_BATCH_BYTES = 8 * 2 ** 20;

/** A batch of a scan's files, in order, each as `readForScan`, up to SCAN_BATCH_BYTES read. */
export const readBatchForScan = async (
  files: readonly ScanReadRequest[],
  fs: FileSystem,
  facts: ScanFacts,
): Promise<ScanRead[]> => {
  const reads: ScanRead[] = [];
  let bytes = 0;
  for (const file of files) {
    if (bytes >= SCAN_BATCH_BYTES) {
      reads.push({ kind: 'later' });
      continue;
    }
    const read = await readForScan(file, fs, facts);
    if (read.kind === 'parsed' || read.kind === 'same-bytes') bytes += read.info.size;
    reads.push(read);
  }
  return reads;
};
