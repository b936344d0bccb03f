import type { FileSystem } from '../../ports/file-system.js';
import { isIoError } from '../../ports/io-error.js';

/**
 * Every regular file under `root`, depth first. Symbolic links to files are followed (a
 * certificate folder is often links to the real files); links to folders are not, so a
 * link loop cannot trap the walk. Folders that cannot be listed are skipped.
 */
export type Walked = { path: string; listedAsFile: boolean };

export const walk = async (fs: FileSystem, root: string, signal?: AbortSignal): Promise<Walked[]> => {
  // A file given as the root is scanned on its own.
  if ((await fs.fileInfo(root))?.kind === 'file') return [{ path: root, listedAsFile: false }];
  const files: Walked[] = [];
  const folders = [root];
  while (folders.length > 0 && !signal?.aborted) {
    const folder = folders.pop() as string;
    let entries;
    try {
      entries = await fs.listDir(folder);
    } catch (e) {
      // An unreadable or vanished folder is not the scan's failure: its files are just not there.
      if (!isIoError(e)) throw e;
      continue;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? 1 : -1))) {
      if (e.isDirectory) folders.push(e.path);
      else files.push({ path: e.path, listedAsFile: e.isFile });
    }
  }
  return files;
};
