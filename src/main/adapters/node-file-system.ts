import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { chmod, mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, normalize, sep } from 'node:path';
import {
  FileTooLargeError,
  NotRegularFileError,
  type FileInfo,
  type FileSystem,
  type SpecialFileKind,
} from '../ports/file-system.js';

const specialKind = (s: Stats): SpecialFileKind =>
  s.isDirectory()
    ? 'directory'
    : s.isFIFO()
      ? 'fifo'
      : s.isCharacterDevice()
        ? 'character-device'
        : s.isBlockDevice()
          ? 'block-device'
          : s.isSocket()
            ? 'socket'
            : 'other';

/**
 * O_NONBLOCK: if the path is swapped for a FIFO between stat and open, open returns at
 * once instead of waiting for a writer (fstat then refuses it). Regular files ignore it.
 * Windows has no such flag (and no FIFOs at a path), hence the fallback to 0.
 */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

type ReadWithInfo = { bytes: Uint8Array; info: FileInfo };

const readCapped = async (path: string, maxBytes: number): Promise<Uint8Array> =>
  (await readCappedWithInfo(path, maxBytes)).bytes;

const readCappedWithInfo = async (
  path: string,
  maxBytes: number,
  listedAsFile = false,
): Promise<ReadWithInfo> => {
  // By type before opening: open() on a FIFO blocks until a writer comes, a device may
  // never end, a folder or socket cannot be read. stat follows links to their target.
  // A scan that just listed the entry as a regular file saves this stat per file.
  if (!listedAsFile) {
    const before = await stat(path);
    if (!before.isFile()) throw new NotRegularFileError(path, specialKind(before));
  }
  const handle = await open(path, READ_FLAGS);
  try {
    // Again on what was opened (the path may have changed since), and the size first so a
    // huge file is refused without being read.
    const opened = await handle.stat();
    if (!opened.isFile()) throw new NotRegularFileError(path, specialKind(opened));
    const { size } = opened;
    if (size > maxBytes) throw new FileTooLargeError(path, size);
    const buffer = Buffer.alloc(size);
    let offset = 0;
    while (offset < size) {
      const { bytesRead } = await handle.read(buffer, offset, size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return {
      bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, offset),
      info: infoOf(opened) as FileInfo,
    };
  } finally {
    await handle.close();
  }
};

/**
 * The same checks as readCapped, with blocking calls. For one-shot command-line runs only:
 * the CLI has no window or peer to keep serving, and over 3,000 small files the five
 * thread-pool round trips per promise-based read (stat, open, fstat, read, close) cost
 * more than parsing the certificates (measured, `npm run bench`).
 */
const readCappedSync = (path: string, maxBytes: number): Uint8Array =>
  readCappedSyncWithInfo(path, maxBytes).bytes;

const readCappedSyncWithInfo = (path: string, maxBytes: number, listedAsFile = false): ReadWithInfo => {
  if (!listedAsFile) {
    const before = statSync(path);
    if (!before.isFile()) throw new NotRegularFileError(path, specialKind(before));
  }
  const fd = openSync(path, READ_FLAGS);
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) throw new NotRegularFileError(path, specialKind(opened));
    if (opened.size > maxBytes) throw new FileTooLargeError(path, opened.size);
    const buffer = Buffer.alloc(opened.size);
    let offset = 0;
    while (offset < opened.size) {
      const bytesRead = readSync(fd, buffer, offset, opened.size - offset, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
    }
    return {
      bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, offset),
      info: infoOf(opened) as FileInfo,
    };
  } finally {
    closeSync(fd);
  }
};

/** An error from the OS (ENOENT, EACCES, EISDIR…), as opposed to a bug in our code. */
const isSystemError = (e: unknown): boolean =>
  e instanceof Error && 'code' in e && typeof e.code === 'string' && 'syscall' in e;

/** Persists renames and unlinks; not supported on every platform, hence best effort. */
const syncDir = async (dir: string): Promise<void> => {
  try {
    const dirHandle = await open(dir, 'r');
    try {
      await dirHandle.sync();
    } finally {
      await dirHandle.close();
    }
  } catch (e) {
    // Directories cannot be opened for sync on Windows (EISDIR / EPERM): best effort there.
    if (!isSystemError(e)) throw e;
  }
};

/**
 * The temp file of an atomic write: `.<name>.<pid>-<random>.tmp`, hidden, next to its
 * target. The pid tells the start-up sweep (app/start-sweep.ts) whether the writer is still
 * alive: a leftover of a killed process goes at the next start, never one being written.
 */
export const atomicTempName = (name: string): string =>
  `.${name}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`;

/** The pid in an atomic write's temp name, or null for any other name. */
export const atomicTempWriter = (name: string): number | null => {
  const pid = /^\..+\.(\d+)-[0-9a-f]{12}\.tmp$/.exec(name)?.[1];
  return pid === undefined ? null : Number(pid);
};

const writeAtomic = async (path: string, data: Uint8Array, mode = 0o644): Promise<void> => {
  const dir = dirname(path);
  const temp = join(dir, atomicTempName(basename(path)));
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDir(dir);
};

/**
 * Takes away the permission bits `path` has beyond `mode` (a folder made 0755 by an older
 * Vigie or another tool becomes 0700). POSIX only: Windows has no such bits (ACLs), and the
 * app's folders there live under the user's profile, private already.
 */
export const narrowMode = async (path: string, mode: number): Promise<void> => {
  if (process.platform === 'win32') return;
  const current = (await stat(path)).mode & 0o777;
  if ((current & ~mode) !== 0) await chmod(path, current & mode);
};

const isMissing = (e: unknown): boolean =>
  isSystemError(e) && ['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '');

const missingAsNull = (e: unknown): null => {
  if (isMissing(e)) return null;
  throw e;
};

const infoOf = (s: Stats | null): FileInfo | null =>
  s && {
    kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other',
    size: s.size,
    mtimeMs: s.mtimeMs,
    id: `${s.dev}:${s.ino}`,
  };

export const nodeFileSystem: FileSystem = {
  readFile: readCapped,
  readFileWithInfo: readCappedWithInfo,
  writeFileAtomic: writeAtomic,
  async listDir(path) {
    const entries = await readdir(path, { withFileTypes: true });
    // An entry's name has no separator: the folder's normalised path and the name make what
    // join() would, without normalising the same prefix again for each of 10,000 files.
    const base = normalize(path);
    const prefix = path === '' ? '' : base.endsWith(sep) ? base : base + sep;
    return entries.map((e) => ({
      name: e.name,
      path: prefix + e.name,
      isFile: e.isFile(),
      isDirectory: e.isDirectory(),
    }));
  },
  async fileInfo(path) {
    return infoOf(await stat(path).catch(missingAsNull));
  },
  async exists(path) {
    try {
      await stat(path);
      return true;
    } catch (e) {
      if (!isSystemError(e)) throw e;
      return false;
    }
  },
  async ensureDir(path, mode) {
    if (mode === undefined) {
      await mkdir(path, { recursive: true });
      return;
    }
    await mkdir(path, { recursive: true, mode });
    await narrowMode(path, mode);
  },
  async remove(path) {
    try {
      // unlink, not rm: it refuses folders, so a wrong path cannot take a tree with it.
      await unlink(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    await syncDir(dirname(path));
  },
};

/** nodeFileSystem with blocking reads, for the command line (see readCappedSync). */
export const cliFileSystem: FileSystem = {
  ...nodeFileSystem,
  readFile: async (path, maxBytes) => readCappedSync(path, maxBytes),
  readFileWithInfo: async (path, maxBytes, listedAsFile) =>
    readCappedSyncWithInfo(path, maxBytes, listedAsFile),
  // Also blocking: `vigie scan` checks thousands of files unchanged since the last run.
  fileInfo: async (path) => {
    try {
      return infoOf(statSync(path));
    } catch (e) {
      return missingAsNull(e);
    }
  },
};
