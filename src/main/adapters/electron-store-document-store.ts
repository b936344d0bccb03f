import { join } from 'node:path';
import type { DocumentStore } from '../ports/document-store.js';
import { confLikeDocumentStore, type ConfLike } from './conf-like-document-store.js';

/**
 * electron-store (the desktop app): the same file layout as `confDocumentStore`, in the
 * app's user data folder. Loaded lazily: it needs Electron's `app`.
 */
export const electronStoreDocumentStore = (dir: string, name: string): DocumentStore =>
  confLikeDocumentStore(join(dir, `${name}.json`), async () => {
    const { default: Store } = await import('electron-store');
    return new Store({ cwd: dir, name, clearInvalidConfig: false }) as unknown as ConfLike;
  });
