import { copyFile } from 'node:fs/promises';
import type { DocumentStore } from '../ports/document-store.js';

type ConfLike = { get(key: string): unknown; set(key: string, value: unknown): void; readonly path: string };

/**
 * `conf` (plain Node: CLI, dev bridge, tests). It writes atomically (temp + rename). The
 * document sits under one key so our own versioned migrations (src/shared/orders) decide
 * the format, not conf's project-version migrations.
 */
export const confDocumentStore = (dir: string, name: string): DocumentStore => {
  let conf: ConfLike | null = null;
  const open = async (): Promise<ConfLike> => {
    if (conf) return conf;
    const { default: Conf } = await import('conf');
    conf = new Conf({ cwd: dir, configName: name, clearInvalidConfig: false }) as unknown as ConfLike;
    return conf;
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
