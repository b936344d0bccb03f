import { copyFile } from 'node:fs/promises';
import type { DocumentStore } from '../ports/document-store.js';

/** What `conf` and electron-store (built on conf) have in common for us. */
export type ConfLike = {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  readonly path: string;
};

/**
 * One document under one key, so our own versioned migrations (src/shared/orders) decide
 * the format, not conf's project-version migrations. Both libraries write atomically
 * (temp file + rename). The store is opened lazily, on first use.
 */
export const confLikeDocumentStore = (open: () => Promise<ConfLike>): DocumentStore => {
  let opened: Promise<ConfLike> | null = null;
  const store = () => (opened ??= open());
  return {
    async read() {
      return (await store()).get('document');
    },
    async write(value) {
      (await store()).set('document', value);
    },
    async preserve(tag) {
      const { path } = await store();
      await copyFile(path, `${path.replace(/\.json$/, '')}.${tag.replace(/[^A-Za-z0-9-]/g, '')}.bak.json`);
    },
  };
};
