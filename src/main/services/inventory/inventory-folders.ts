import { isAbsolute, resolve } from 'node:path';
import type { InventorySettings } from '../../../shared/inventory/inventory-settings.js';
import type { InventoryError, ScanReport } from '../../../shared/model/inventory.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { FileSystem } from '../../ports/file-system.js';
import type { InventoryStore } from '../../ports/inventory-store.js';
import type { ScanSummary } from './folder-scan.js';

/** What the folder actions need from the inventory service (its settings, queue and watches). */
type FolderContext = {
  fs: FileSystem;
  store: InventoryStore;
  clock: Clock;
  chooseFolder: (() => Promise<string | null | 'unavailable'>) | null;
  loadSettings: () => Promise<InventorySettings>;
  saveSettings: (next: InventorySettings) => Promise<void>;
  exclusive: <T>(work: (signal: AbortSignal) => Promise<T>) => Promise<T>;
  changed: () => void;
  scanOne: (path: string, signal: AbortSignal, onListed?: () => void) => Promise<ScanSummary>;
  watchFolder: (path: string) => void;
  unwatchFolder: (path: string) => void;
};

const failure = (code: InventoryError['code'], message: string) => err({ code, message });

/** "Surveiller un dossier" and its undoing: the settings, the OS watch, the scan. */
export const folderActions = (ctx: FolderContext) => ({
  /** Watch a folder (chosen in the dialog, or typed where there is none) and scan it. */
  async addFolder(typed?: string): Promise<Result<{ folder: string; report: ScanReport }, InventoryError>> {
    let path = typed;
    if (path === undefined) {
      const chosen = ctx.chooseFolder ? await ctx.chooseFolder() : 'unavailable';
      if (chosen === 'unavailable') return failure('unavailable', 'No folder dialog here: type the path');
      if (chosen === null) return failure('cancelled', 'Cancelled');
      path = chosen;
    }
    if (!isAbsolute(path)) return failure('not-found', 'A folder is given by its full path');
    path = resolve(path);
    if ((await ctx.fs.fileInfo(path))?.kind !== 'directory')
      return failure('not-found', `Not a folder: ${path}`);
    const s = await ctx.loadSettings();
    if (!s.folders.some((f) => f.path === path)) {
      if (s.folders.length >= 200) return failure('failed', 'Too many watched folders');
      await ctx.saveSettings({ ...s, folders: [...s.folders, { path, lastScan: null }] });
    }
    const folder = path;
    return ctx.exclusive(async (signal) => {
      // Watched from the moment it is listed: a change after that starts another scan.
      const summary = await ctx.scanOne(folder, signal, () => ctx.watchFolder(folder));
      ctx.changed();
      return ok({
        folder,
        report: {
          files: summary.files,
          certificates: summary.certificates,
          unreadable: summary.unreadable,
          cancelled: summary.cancelled,
        },
      });
    });
  },

  /** Stop watching: the folder's certificates are no longer listed as being there. */
  async removeFolder(path: string): Promise<Result<null, InventoryError>> {
    const s = await ctx.loadSettings();
    if (!s.folders.some((f) => f.path === path)) return failure('not-found', 'Not a watched folder');
    await ctx.saveSettings({ ...s, folders: s.folders.filter((f) => f.path !== path) });
    ctx.unwatchFolder(path);
    await ctx.exclusive(async () => {
      const now = ctx.clock.now();
      const cached = ctx.store.scanCacheUnder(path);
      ctx.store.transaction(() => {
        for (const e of cached) {
          ctx.store.markGone({ source: 'folder', locator: e.path }, [], now);
          ctx.store.removeScanCacheEntry(e.path);
        }
      });
    });
    ctx.changed();
    return ok(null);
  },
});
