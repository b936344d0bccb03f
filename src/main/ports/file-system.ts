import type { ReadError } from '../../shared/model/errors.js';

/** The part of the file system services need. Paths are absolute. */
/** A folder entry as the folder lists it: a symbolic link is neither a file nor a folder here. */
export type DirEntry = { name: string; path: string; isFile: boolean; isDirectory: boolean };

/** What `fileInfo` says of a path, links followed; `id` is the same for two paths of one file. */
export type FileInfo = { kind: 'file' | 'directory' | 'other'; size: number; mtimeMs: number; id: string };

export type FileSystem = {
  /**
   * Reads a regular file (symbolic links followed). Throws `FileTooLargeError` past
   * `maxBytes` and `NotRegularFileError` for a FIFO, device, socket or folder — refused by
   * type before it is opened, since opening a FIFO blocks until a writer comes.
   */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  /**
   * `readFile` plus the file's info as it was opened: a scan meeting a file for the first
   * time needs both, and asking them apart costs a stat per file.
   */
  readFileWithInfo(
    path: string,
    maxBytes: number,
    /**
     * The folder listing just said it is a regular file (not a link): the check by type
     * before opening is skipped. What was opened is still checked, and the open itself never
     * blocks on a FIFO swapped in meanwhile (non-blocking open).
     */
    listedAsFile?: boolean,
  ): Promise<{ bytes: Uint8Array; info: FileInfo }>;
  /** Temp file in the same folder, fsync, rename: a crash leaves the old or the new file. */
  writeFileAtomic(path: string, data: Uint8Array, mode?: number): Promise<void>;
  listDir(path: string): Promise<DirEntry[]>;
  /** Type, size and modification time (symbolic links followed); null when nothing is there. */
  fileInfo(path: string): Promise<FileInfo | null>;
  exists(path: string): Promise<boolean>;
  /**
   * Creates the folder and its missing parents. With `mode` (a folder holding key material:
   * 0o700), created folders get it and an existing folder with wider permissions is
   * narrowed to it (POSIX only; Windows folders under the profile are already private).
   */
  ensureDir(path: string, mode?: number): Promise<void>;
  /** Deletes one file (never a folder); a file that is already gone is not an error. */
  remove(path: string): Promise<void>;
};

/** Thrown by `readFile` when a file is larger than allowed, before it is read whole. */
export class FileTooLargeError extends Error {
  constructor(
    readonly path: string,
    readonly size: number,
  ) {
    super(`${path} is ${size} bytes`);
  }
}

export type SpecialFileKind = 'directory' | 'fifo' | 'character-device' | 'block-device' | 'socket' | 'other';

/** Thrown by `readFile` for anything that is not a regular file, before it is read. */
export class NotRegularFileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: SpecialFileKind,
  ) {
    super(`${path} is a ${kind}, not a regular file`);
  }
}

/**
 * What a failed `readFile` means for the user, as the typed error the inspector, the file
 * dialog and the CLI all report. `cause` is whatever `readFile` threw; an error it does not
 * know (permissions, a vanished file…) is an `io-error` with the OS code.
 */
export const readFailure = (cause: unknown, maxBytes: number): ReadError => {
  if (cause instanceof FileTooLargeError)
    return {
      code: 'file-too-large',
      message: `File is ${cause.size} bytes; the limit is ${maxBytes}`,
      detail: { limit: maxBytes, size: cause.size },
    };
  if (cause instanceof NotRegularFileError)
    return {
      code: 'not-a-regular-file',
      message: `Not a regular file (${cause.kind})`,
      detail: { kind: cause.kind },
    };
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  return { code: 'io-error', message: `Cannot read file: ${typeof code === 'string' ? code : 'error'}` };
};
