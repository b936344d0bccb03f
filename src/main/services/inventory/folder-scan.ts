import type { Clock } from '../../ports/clock.js';
import type { FileInfo, FileSystem } from '../../ports/file-system.js';
import type { CachedFile, InventoryStore, Location, ScanCacheEntry } from '../../ports/inventory-store.js';
import type { ScanRead, ScanReadRequest } from '../../ports/inspection-runner.js';
import type { Inspector } from '../inspector/inspect-file.js';
import { walk, type Walked } from './folder-walk.js';
import { outcomeOf, type Pending, type Sighting } from './scan-outcome.js';

export type FolderScanDeps = {
  fs: FileSystem;
  store: InventoryStore;
  clock: Clock;
  inspector: Pick<Inspector, 'scanRead' | 'scanStat' | 'endScan' | 'readsAside'> &
    Partial<Pick<Inspector, 'prepare'>>;
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

/**
 * Files per write transaction. A commit rewrites every index page the batch touched, and
 * certificates are keyed by their SHA-256, so each batch touches pages all over the indexes:
 * at 256 files a first scan of 10,000 wrote 48 MB of log for a 17 MB inventory, and its
 * commits were a third of the main thread's work. At 1,024 a killed scan still loses little
 * (those files are read again by the next scan).
 */
const BATCH = 1024;
/**
 * Unchanged files whose places are marked seen in one statement: a touch writes only a time,
 * so a larger group loses nothing and a rescan of 10,000 files is a few statements.
 */
const TOUCH_BATCH = 4096;

export type ScanOptions = {
  signal?: AbortSignal;
  onProgress?: (progress: ScanProgress) => void;
  /**
   * Called once, when the folder is listed and its first files have gone to the reader (or,
   * with nothing to read, when the scan ends): work that is slow to set up beside a scan
   * (the folder's OS watch walks the whole tree) runs then, while the reader loads, rather
   * than before the first file is read.
   */
  onListed?: () => void;
};

/**
 * Files handed to the reader before the first of them is written. A reader on another
 * thread reads and parses ahead while this thread writes, so on two cores neither waits for
 * the other, a write transaction (BATCH files) included. Read inline, reading ahead overlaps
 * nothing and only keeps more objects alive (more garbage collection): a few batches then.
 * Bounded either way, so a folder of large files never holds more than this many in memory.
 */
const IN_FLIGHT = { aside: 1024, inline: 256 };
/** Files per message to the reader: one message per file cost more than the parse. */
const READ_BATCH = 64;
/** Known files looked at by stat per message (a rescan of 10,000 files is 20 messages). */
const STAT_BATCH = 512;
/** Stat batches asked for ahead of the one being gone through. */
const STATS_AHEAD = 2;

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
  const inFlight = deps.inspector.readsAside ? IN_FLIGHT.aside : IN_FLIGHT.inline;
  // The whole folder's cache in one read, not one query per file.
  const cache = new Map(store.scanCacheUnder(root).map((e) => [e.path, e]));
  // A folder (or file) never scanned has every file to read: the reader gets ready (its
  // thread starts) during the walk rather than after it.
  if (cache.size === 0 && store.scanCacheEntry(root) === null) deps.inspector.prepare?.();
  const files = await walk(fs, root, options.signal);
  let listed = false;
  const tellListed = () => {
    if (listed) return;
    listed = true;
    options.onListed?.();
  };
  const present = new Set<string>();
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
   * Files to read go to the inspector in batches (one message to the app's worker per batch);
   * each file's outcome is its part of its batch's answer. A batch leaves when full, or when
   * the oldest file waiting to be written is in it.
   */
  let batch: { request: ScanReadRequest; settle: (read: Promise<ScanRead>) => void }[] = [];
  let filling = 0; // the number of the batch being filled
  const dispatch = () => {
    const sent = batch;
    batch = [];
    filling++;
    if (sent.length === 0) return;
    const reads = deps.inspector.scanRead(sent.map((b) => b.request));
    sent.forEach((b, i) => b.settle(reads.then((r) => r[i] ?? { kind: 'not-file' })));
    tellListed();
  };
  const look = (walked: Walked, cached: ScanCacheEntry | null, seen: FileInfo | null): Promise<Pending> => {
    const request: ScanReadRequest = {
      path: walked.path,
      listedAsFile: walked.listedAsFile,
      seen,
      // Only bytes that were read without error last time count as known.
      sameIf: cached && cached.error === null ? cached.contentSha256 : null,
    };
    const read = new Promise<ScanRead>((settle) => batch.push({ request, settle: (r) => settle(r) }));
    if (batch.length >= READ_BATCH) dispatch();
    return read.then((r) =>
      // Left for later by its batch (large files before it): read alone when its turn comes,
      // so no more than one large file waits here at a time.
      r.kind === 'later' ? { later: request } : outcomeOf(r, cached),
    );
  };

  /** Writes one file's outcome (queued into the current batch) and reports progress. */
  const settle = async ({ path, cached, outcome }: Sighting) => {
    const waited = await outcome;
    const { certificates, found, contentSha256, error, parsed, info } =
      'later' in waited
        ? outcomeOf((await deps.inspector.scanRead([waited.later]))[0] ?? { kind: 'not-file' }, cached)
        : waited;
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
  /** Writes the oldest file waiting, sending its batch first if it is still being filled. */
  const next = () => {
    const head = queue.shift() as Sighting;
    if (head.batch === filling) dispatch();
    return settle(head);
  };
  // A file given as the root is not under itself: its entry is read on its own.
  const first = files[0];
  const alone =
    files.length === 1 && first && !cache.has(first.path) ? store.scanCacheEntry(first.path) : null;
  const knownOf = (path: string): CachedFile | null =>
    cache.get(path) ?? (alone && { ...alone, certificateCount: alone.certificates.length });
  // The files the cache knows are looked at by stat, a batch at a time (in the app's worker:
  // one message, blocking stats off the main thread), STATS_AHEAD batches asked ahead so
  // the reader stats the next ones while this thread goes through the last.
  const stats = new Map<number, Promise<(FileInfo | null)[]>>();
  const statsOf = (from: number) => {
    const asked = stats.get(from);
    if (asked) return asked;
    const paths = files
      .slice(from, from + STAT_BATCH)
      .filter((w) => knownOf(w.path) !== null)
      .map((w) => w.path);
    const infos = paths.length > 0 ? deps.inspector.scanStat(paths) : Promise.resolve([]);
    // A rejection surfaces when its batch's turn comes.
    infos.catch(() => undefined);
    stats.set(from, infos);
    return infos;
  };
  for (let from = 0; from < files.length && !options.signal?.aborted; from += STAT_BATCH) {
    const chunk = files.slice(from, from + STAT_BATCH);
    for (let ahead = 1; ahead <= STATS_AHEAD; ahead++)
      if (from + ahead * STAT_BATCH < files.length) void statsOf(from + ahead * STAT_BATCH);
    const infos = await statsOf(from);
    stats.delete(from);
    const statted = chunk.filter((w) => knownOf(w.path) !== null).map((w) => w.path);
    const infoOf = new Map(statted.map((path, i) => [path, infos[i] ?? null]));
    for (const walked of chunk) {
      const { path } = walked;
      if (options.signal?.aborted) break;
      const known = knownOf(path);
      present.add(path);
      let outcome: Promise<Pending>;
      let cached: ScanCacheEntry | null = null;
      if (known) {
        const info = infoOf.get(path) ?? null;
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
      queue.push({ path, cached, outcome, batch: filling });
      if (queue.length >= inFlight) await next();
    }
  }
  // Cancelled: what was read ahead is dropped (the next scan reads it again), the rest written.
  while (queue.length > 0 && !options.signal?.aborted) await next();

  flush();
  tellListed();
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
