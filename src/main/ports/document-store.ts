/**
 * One JSON document on disk, read whole and written whole and atomically. Two adapters
 * (electron-store in the shell, `conf` in plain Node) so the desktop app and the CLI
 * share the same file format; the schema and its migrations live in src/shared.
 */
export type DocumentStore = {
  /** The stored value, or undefined when there is none yet. */
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
  /**
   * Copy the file as it is now next to it (`<name>.<tag>.bak.json`) before a write that
   * would drop something (entries a migration could not read), so nothing is lost.
   */
  preserve(tag: string): Promise<void>;
};
