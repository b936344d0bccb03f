/** The part of the file system services need. Paths are absolute. */
export type DirEntry = { name: string; path: string; isFile: boolean };

export type FileSystem = {
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
  /** Temp file in the same folder, fsync, rename: a crash leaves the old or the new file. */
  writeFileAtomic(path: string, data: Uint8Array, mode?: number): Promise<void>;
  listDir(path: string): Promise<DirEntry[]>;
  exists(path: string): Promise<boolean>;
  ensureDir(path: string): Promise<void>;
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
