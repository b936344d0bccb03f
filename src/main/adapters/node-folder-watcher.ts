import { readdirSync, watch, type Dirent, type FSWatcher } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { FolderWatcher } from '../ports/folder-watcher.js';

/**
 * Folders watched on Linux at once: each is one inotify watch, a per-user resource
 * (fs.inotify.max_user_watches) that other programs need too. Past it, deeper folders are
 * simply not watched: the reconcile at start, on wake-up and on "Vérifier maintenant" still
 * finds their changes.
 */
export const MAX_WATCHED_FOLDERS = 4096;

/**
 * Linux: one OS watch per folder of the tree, folders only. fs.watch's recursive mode does
 * the same walk in JavaScript but also keeps an entry per file: a 10,000-file folder cost
 * 33 ms on the main thread and 22 MB of memory to watch, for nothing a rescan needs (a watch
 * on a folder already reports every change to the files in it).
 */
const watchTree = (root: string, onChange: () => void): (() => void) => {
  const watchers = new Map<string, FSWatcher>();
  let stopped = false;
  const unwatch = (folder: string) => {
    const inside = `${folder}${sep}`;
    for (const [path, w] of watchers)
      if (path === folder || path.startsWith(inside)) {
        w.close();
        watchers.delete(path);
      }
  };
  // What a change names: a folder made (watched, with its own subfolders) or one removed.
  const look = async (path: string) => {
    const s = await lstat(path).catch(() => null);
    if (stopped) return;
    if (s?.isDirectory()) add(path, 'later');
    else if (s === null) unwatch(path);
  };
  const add = (folder: string, listing: 'now' | 'later') => {
    if (stopped || watchers.has(folder) || watchers.size >= MAX_WATCHED_FOLDERS) return;
    let w: FSWatcher;
    try {
      w = watch(folder, { persistent: false }, (event, name) => {
        onChange();
        if (event === 'rename' && name) void look(join(folder, String(name)));
      });
    } catch {
      return; // gone, no rights, no inotify watch left: not watched
    }
    w.on('error', () => unwatch(folder));
    watchers.set(folder, w);
    // Links to folders are not followed, as the scan's walk does not follow them.
    const watchSubfolders = (entries: Dirent[]) => {
      for (const e of entries) if (e.isDirectory()) add(join(folder, e.name), listing);
    };
    // The tree there at the start is watched before watch() returns (a change right after
    // must not be missed); a folder made later is listed without blocking.
    if (listing === 'now') {
      try {
        watchSubfolders(readdirSync(folder, { withFileTypes: true }));
      } catch {
        // unreadable: its own watch stands, its subfolders are not watched
      }
    } else
      void readdir(folder, { withFileTypes: true })
        .then(watchSubfolders)
        .catch(() => undefined);
  };
  add(root, 'now');
  return () => {
    stopped = true;
    for (const w of watchers.values()) w.close();
    watchers.clear();
  };
};

/**
 * fs.watch: folders only, one watch each, on Linux (watchTree); recursive on macOS and
 * Windows, where the OS watches a tree natively. A folder that cannot be watched (gone, no
 * rights, too many inotify watches) is simply not watched: the reconcile at start, on
 * wake-up and on "Vérifier maintenant" still finds its changes.
 */
export const nodeFolderWatcher: FolderWatcher = {
  watch(folder, onChange) {
    if (process.platform === 'linux') return watchTree(folder, onChange);
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
