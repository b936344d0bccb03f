import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import type { Clock } from '../../ports/clock.js';
import { NotRegularFileError, readFailure, type FileInfo, type FileSystem } from '../../ports/file-system.js';
import { isIoError } from '../../ports/io-error.js';
import type {
  CachedFile,
  CertificateFacts,
  InventoryStore,
  Location,
  ScanCacheEntry,
} from '../../ports/inventory-store.js';
import type { Inspector } from '../inspector/inspect-file.js';

export type FolderScanDeps = {
  fs: FileSystem;
  store: InventoryStore;
  clock: Clock;
  inspector: Pick<Inspector, 'facts' | 'endScan'>;
};

export type ScanProgress = { filesFound: number; filesDone: number; certificates: number; current: string };

export type ScanSummary = {
  files: number;
  /** Read and parsed (new or changed files). */
  read: number;
  /** Known from the scan cache: same size and time, or same bytes. */
  unchanged: number;
  unreadable: number;
  certificates: number;
  /** Places where a certificate was no longer found (files changed or removed). */
  gone: number;
  cancelled: boolean;
};

/** Files per write transaction: large enough that commits cost little, small enough to lose little. */
const BATCH = 256;
/**
 * Unchanged files whose places are marked seen in one statement: a touch writes only a time,
 * so a larger group loses nothing and a rescan of 10,000 files is a few statements.
 */
const TOUCH_BATCH = 4096;

export type ScanOptions = { signal?: AbortSignal; onProgress?: (progress: ScanProgress) => void };

/**
 * Every regular file under `root`, depth first. Symbolic links to files are followed (a
 * certificate folder is often links to the real files); links to folders are not, so a
 * link loop cannot trap the walk. Folders that cannot be listed are skipped.
 */
type Walked = { path: string; listedAsFile: boolean };

const walk = async (fs: FileSystem, root: string, signal?: AbortSignal): Promise<Walked[]> => {
  // A file given as the root is scanned on its own.
  if ((await fs.fileInfo(root))?.kind === 'file') return [{ path: root, listedAsFile: false }];
  const files: Walked[] = [];
  const folders = [root];
  while (folders.length > 0 && !signal?.aborted) {
    const folder = folders.pop() as string;
    let entries;
    try {
      entries = await fs.listDir(folder);
    } catch (e) {
      // An unreadable or vanished folder is not the scan's failure: its files are just not there.
      if (!isIoError(e)) throw e;
      continue;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? 1 : -1))) {
      if (e.isDirectory) folders.push(e.path);
      else files.push({ path: e.path, listedAsFile: e.isFile });
    }
  }
  return files;
};

type Outcome = {
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
type Sighting = { path: string; cached: ScanCacheEntry | null; outcome: Promise<Outcome> };

/**
 * Files read and handed to the parser before the first of them is written: the parser (a
 * worker thread in the app) works on some while this thread reads the next ones and writes
 * the previous ones, so on two cores neither waits for the other. Bounded, so a folder of
 * large files never holds more than this many in memory.
 */
const IN_FLIGHT = 16;

/**
 * Scans a watched folder (or a single file) into the inventory. A file whose size and modification time match
 * the scan cache is not read; one that was only touched (same bytes) is read and hashed but
 * not parsed. Writes are grouped, BATCH files to a transaction: a file's certificates,
 * locations and cache entry always land together with it, so a cancelled or killed scan
 * leaves the inventory consistent and the next scan resumes from the cache. The
 * transaction is only open while a batch is written, never across a read or a parse,
 * so the app's own connection never waits on a scan. Files gone since the last scan have
 * their locations marked gone.
 */
export const scanFolder = async (
  root: string,
  deps: FolderScanDeps,
  options: ScanOptions = {},
): Promise<ScanSummary> => {
  try {
    return await scanFiles(root, deps, options);
  } finally {
    deps.inspector.endScan();
  }
};

const scanFiles = async (root: string, deps: FolderScanDeps, options: ScanOptions): Promise<ScanSummary> => {
  const { fs, store, clock } = deps;
  const summary: ScanSummary = {
    files: 0,
    read: 0,
    unchanged: 0,
    unreadable: 0,
    certificates: 0,
    gone: 0,
    cancelled: false,
  };
  const files = await walk(fs, root, options.signal);
  const present = new Set<string>();
  // The whole folder's cache in one read, not one query per file.
  const cache = new Map(store.scanCacheUnder(root).map((e) => [e.path, e]));
  let pending: (() => void)[] = [];
  let touched: string[] = [];
  const flush = () => {
    const writes = pending;
    const seen = touched;
    pending = [];
    touched = [];
    if (writes.length === 0 && seen.length === 0) return;
    const now = clock.now();
    store.transaction(() => {
      store.touchLocations('folder', seen, now);
      writes.forEach((write) => write());
    });
  };

  /**
   * Reads a new or changed file and starts its parse; never throws for an unreadable file.
   * A file never seen is read straight away, its size and time taken from the open file.
   */
  const look = async (
    { path, listedAsFile }: Walked,
    cached: ScanCacheEntry | null,
    seen: FileInfo | null,
  ): Promise<Outcome> => {
    let bytes: Uint8Array | null = null;
    let info: Outcome['info'] = seen;
    let error: string | null = null;
    try {
      // Seen by stat just now, or listed as a regular file by the walk: no type check again.
      const read = await fs.readFileWithInfo(path, MAX_FILE_BYTES, listedAsFile || seen?.kind === 'file');
      bytes = read.bytes;
      info = read.info;
    } catch (cause) {
      if (!isIoError(cause)) throw cause;
      // A link to a folder, a FIFO, a socket, a file gone since the walk: not a file to scan.
      if (cause instanceof NotRegularFileError || (seen === null && (await fs.fileInfo(path)) === null))
        return { certificates: [], found: [], contentSha256: '', error: null, parsed: false, info: null };
      error = readFailure(cause, MAX_FILE_BYTES).code;
      info ??= (await fs.fileInfo(path)) ?? { size: -1, mtimeMs: -1 };
    }
    // An unreadable file says nothing about what it holds: its certificates stay listed.
    if (!bytes)
      return {
        certificates: [],
        found: cached?.certificates ?? [],
        contentSha256: '',
        error,
        parsed: false,
        info,
      };
    const contentSha256 = createHash('sha256').update(bytes).digest('hex').toUpperCase();
    if (cached && cached.contentSha256 === contentSha256 && cached.error === null)
      return {
        certificates: [],
        found: cached.certificates,
        contentSha256,
        error: null,
        parsed: false,
        info,
      }; // touched, not changed
    const facts = await deps.inspector.facts({ fileName: basename(path), bytes });
    const certificates = facts.ok ? facts.value.certificates : [];
    return {
      certificates,
      found: certificates.map((c) => c.sha256),
      contentSha256,
      error: facts.ok ? null : facts.error.code,
      parsed: true,
      info,
    };
  };

  /** Writes one file's outcome (queued into the current batch) and reports progress. */
  const settle = async ({ path, cached, outcome }: Sighting) => {
    const { certificates, found, contentSha256, error, parsed, info } = await outcome;
    if (info === null) return; // not a regular file
    const place: Location = { source: 'folder', locator: path };
    const now = clock.now();
    summary.files++;
    if (parsed) summary.read++;
    else if (!error) summary.unchanged++;
    if (error) summary.unreadable++;
    if (!parsed && !error && contentSha256 === '') {
      // Same size and time: its places are seen again (one statement per batch), and the
      // cache entry stands as it is.
      touched.push(path);
    } else
      pending.push(() => {
        for (const c of certificates) store.upsertCertificate(c, now);
        for (const sha256 of found) store.recordLocation(sha256, place, now);
        // A file never seen had nothing there to be gone.
        if (!error && cached) summary.gone += store.markGone(place, found, now);
        store.putScanCacheEntry({
          path,
          size: info.size,
          mtimeMs: info.mtimeMs,
          contentSha256,
          certificates: found,
          error,
          scannedAt: now,
        });
      });
    if (pending.length >= BATCH || touched.length >= TOUCH_BATCH) flush();
    summary.certificates += found.length;
    progress(path);
  };
  const progress = (current: string) =>
    options.onProgress?.({
      filesFound: files.length,
      filesDone: summary.files,
      certificates: summary.certificates,
      current,
    });
  /**
   * A file the cache knows, with the same size and time: nothing to read or wait for, so it
   * skips the queue (its places are seen again in the next touch, which order does not matter to).
   */
  const unchanged = (path: string, cached: CachedFile) => {
    summary.files++;
    summary.unchanged++;
    summary.certificates += cached.certificateCount;
    touched.push(path);
    if (touched.length >= TOUCH_BATCH) flush();
    progress(path);
  };

  const queue: Sighting[] = [];
  for (const walked of files) {
    const { path } = walked;
    if (options.signal?.aborted) break;
    // A file given as the root is not under itself: its entry is read on its own.
    const alone = files.length === 1 && !cache.has(path) ? store.scanCacheEntry(path) : null;
    const known = cache.get(path) ?? (alone && { ...alone, certificateCount: alone.certificates.length });
    present.add(path);
    let outcome: Promise<Outcome>;
    let cached: ScanCacheEntry | null = null;
    if (known) {
      const info = await fs.fileInfo(path);
      if (!info || info.kind !== 'file') continue; // a link to a folder, a FIFO, a socket…
      if (known.size === info.size && known.mtimeMs === info.mtimeMs) {
        unchanged(path, known);
        continue;
      }
      // Changed: its whole entry (what it held, its bytes' hash), for the few that are.
      cached = alone ?? store.scanCacheEntry(path);
      outcome = look(walked, cached, info);
    } else outcome = look(walked, null, null);
    // Settled in order; a rejection (a bug, not a bad file) surfaces when its turn comes.
    outcome.catch(() => undefined);
    queue.push({ path, cached, outcome });
    if (queue.length >= IN_FLIGHT) await settle(queue.shift() as Sighting);
  }
  // Cancelled: what was read ahead is dropped (the next scan reads it again), the rest written.
  while (queue.length > 0 && !options.signal?.aborted) await settle(queue.shift() as Sighting);

  flush();
  if (options.signal?.aborted) return { ...summary, cancelled: true };
  // Files scanned before and not found now: removed, renamed or no longer regular files.
  const now = clock.now();
  store.transaction(() => {
    for (const { path } of cache.values()) {
      if (present.has(path)) continue;
      summary.gone += store.markGone({ source: 'folder', locator: path }, [], now);
      store.removeScanCacheEntry(path);
    }
  });
  return summary;
};
