import { watch, type FSWatcher } from 'node:fs';
import type { FolderWatcher } from '../ports/folder-watcher.js';

/**
 * fs.watch, recursive (Linux since Node 20, macOS and Windows natively). A folder that
 * cannot be watched (gone, no rights, too many inotify watches) is simply not watched: the
 * reconcile at start, on wake-up and on "Vérifier maintenant" still finds its changes.
 */
export const nodeFolderWatcher: FolderWatcher = {
  watch(folder, onChange) {
    let watcher: FSWatcher | null = null;
    try {
      watcher = watch(folder, { recursive: true, persistent: false }, () => onChange());
      watcher.on('error', () => {
        watcher?.close();
        watcher = null;
      });
    } catch {
      watcher = null;
    }
    return () => watcher?.close();
  },
};
