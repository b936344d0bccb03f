import { copyFile } from 'node:fs/promises';
import type { DocumentStore } from '../ports/document-store.js';

type StoreLike = { get(key: string): unknown; set(key: string, value: unknown): void; readonly path: string };

/**
 * electron-store (the desktop app): same file layout as `confDocumentStore` (it is built
 * on conf), in the app's user data folder. Loaded lazily: it needs Electron's `app`.
 */
export const electronStoreDocumentStore = (dir: string, name: string): DocumentStore => {
  let store: StoreLike | null = null;
  const open = async (): Promise<StoreLike> => {
    if (store) return store;
    const { default: Store } = await import('electron-store');
    store = new Store({ cwd: dir, name, clearInvalidConfig: false }) as unknown as StoreLike;
    return store;
  };
  return {
    async read() {
      return (await open()).get('document');
    },
    async write(value) {
      (await open()).set('document', value);
    },
    async preserve(tag) {
      const { path } = await open();
      await copyFile(path, path.replace(/\.json$/, '') + `.${tag.replace(/[^A-Za-z0-9-]/g, '')}.bak.json`);
    },
  };
};
