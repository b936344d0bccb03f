import { copyFile } from 'node:fs/promises';
import type { DocumentStore } from '../ports/document-store.js';
import { setAsideUnreadableDocument } from './set-aside.js';

/** What `conf` and electron-store (built on conf) have in common for us. */
export type ConfLike = {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
};

/**
 * One document under one key, so our own versioned migrations (src/shared/orders) decide
 * the format, not conf's project-version migrations. Both libraries write atomically
 * (temp file, fsync, rename). The store is opened lazily, on first use, from `path` (the
 * file the library will open: `<dir>/<name>.json`).
 *
 * A file that is not JSON (cut short by a disk error, edited by hand) makes both libraries
 * throw on open, at every start: it is moved aside as `<name>.damaged-<ms>.bak.json`
 * (./set-aside.ts; the window is told at the next start) and an empty document starts.
 */
export const confLikeDocumentStore = (path: string, open: () => Promise<ConfLike>): DocumentStore => {
  let opened: Promise<ConfLike> | null = null;
  const openOrSetAside = async (): Promise<ConfLike> => {
    try {
      return await open();
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      if ((await setAsideUnreadableDocument(path)) === null) throw error;
      return open();
    }
  };
  const store = () =>
    (opened ??= openOrSetAside().catch((error: unknown) => {
      opened = null; // tried again on the next use
      throw error;
    }));
  return {
    async read() {
      return (await store()).get('document');
    },
    async write(value) {
      (await store()).set('document', value);
    },
    async preserve(tag) {
      const { path: current } = await store();
      await copyFile(
        current,
        `${current.replace(/\.json$/, '')}.${tag.replace(/[^A-Za-z0-9-]/g, '')}.bak.json`,
      );
    },
  };
};
