import { join } from 'node:path';
import type { DocumentStore } from '../ports/document-store.js';
import { confLikeDocumentStore, type ConfLike } from './conf-like-document-store.js';

/** `conf` (plain Node: CLI, dev bridge, tests), in `<dir>/<name>.json`. */
export const confDocumentStore = (dir: string, name: string): DocumentStore =>
  confLikeDocumentStore(join(dir, `${name}.json`), async () => {
    const { default: Conf } = await import('conf');
    return new Conf({ cwd: dir, configName: name, clearInvalidConfig: false }) as unknown as ConfLike;
  });
