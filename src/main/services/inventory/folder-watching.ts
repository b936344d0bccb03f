import type { FolderWatcher } from '../../ports/folder-watcher.js';

type Watch = { stop: () => void; timer: ReturnType<typeof setTimeout> | null };

/**
 * One OS watch per watched folder. Changes come in bursts (a copy of many files, an editor's
 * temp file then rename): `rescan` runs once the folder has been quiet for `settleMs`.
 */
export const createFolderWatching = (
  watcher: FolderWatcher | undefined,
  settleMs: number,
  rescan: (folder: string) => Promise<unknown>,
) => {
  const watching = new Map<string, Watch>();
  const unwatch = (path: string) => {
    const entry = watching.get(path);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.stop();
    watching.delete(path);
  };
  return {
    watch(path: string) {
      if (!watcher || watching.has(path)) return;
      const entry: Watch = { stop: () => undefined, timer: null };
      entry.stop = watcher.watch(path, () => {
        if (entry.timer) clearTimeout(entry.timer);
        entry.timer = setTimeout(() => {
          entry.timer = null;
          if (watching.get(path) === entry) void rescan(path).catch(() => undefined);
        }, settleMs);
      });
      watching.set(path, entry);
    },
    unwatch,
    stopAll() {
      for (const path of [...watching.keys()]) unwatch(path);
    },
  };
};
