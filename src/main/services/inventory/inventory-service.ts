import type { CertificateDeadlines, DeadlineSettings } from '../../../shared/inventory/deadlines.js';
import {
  readInventorySettings,
  type InventorySettings,
} from '../../../shared/inventory/inventory-settings.js';
import type {
  DeadlineSettingsView,
  EntryDeadlines,
  EntryDetail,
  InventoryError,
  InventoryList,
  ScanReport,
} from '../../../shared/model/inventory.js';
import type { Order } from '../../../shared/model/order.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { DocumentStore } from '../../ports/document-store.js';
import type { EventSink } from '../../ports/event-sink.js';
import type { FileSystem } from '../../ports/file-system.js';
import type { FolderWatcher } from '../../ports/folder-watcher.js';
import type { InventoryStore } from '../../ports/inventory-store.js';
import type { OsKeystore } from '../../ports/os-keystore.js';
import type { SaveTarget } from '../../ports/save-target.js';
import type { Inspector } from '../inspector/inspect-file.js';
import { certificatesOf } from './certificates-of.js';
import { scanFolder } from './folder-scan.js';
import type { SweepSummary } from './revocation-sweep.js';
import { throttledProgress } from './scan-progress.js';
import { createScanQueue } from './scan-queue.js';
import { folderActions } from './inventory-folders.js';
import {
  endpointActions,
  endpointTargets,
  endpointView,
  type ProbeEndpoints,
} from './inventory-endpoints.js';
import { entryDetail, inventoryEntries } from './inventory-entries.js';
import { certificateActions } from './certificate-actions.js';
import { createFolderWatching } from './folder-watching.js';
import { exportInventory, type ReportFormat } from './inventory-export.js';
import { syncOrders, syncStores, syncTokens } from './source-sync.js';
export type InventoryServiceDeps = {
  store: InventoryStore;
  clock: Clock;
  fs: FileSystem;
  inspector: Pick<Inspector, 'inspect' | 'facts' | 'scanRead' | 'scanStat' | 'endScan' | 'readsAside'>;
  /** The order records (certificates retrieved into Vigie, their keys in the vault). */
  orders: { list(): Promise<Result<Order[], unknown>> };
  keystore: OsKeystore;
  settings: DocumentStore;
  events: EventSink;
  saveTarget: SaveTarget;
  /** The folder dialog; null where there is none (the renderer then types a path). */
  chooseFolder: (() => Promise<string | null | 'unavailable'>) | null;
  /** After anything that may change a deadline: the expiry watcher checks again. */
  onChanged: () => void;
  /** TLS endpoints into the inventory; null where probing is off (VIGIE_NETWORK=off). */
  probeEndpoints: ProbeEndpoints | null;
  /** Changes inside watched folders (none: only the reconciles find them). */
  folderWatcher?: FolderWatcher;
  /** Quiet time after the last change before a watched folder is scanned again. */
  settleMs?: number;
  /**
   * Checks the revocation of the inventory's certificates (revocation-sweep.ts) at the end
   * of each refresh; absent where there is no network for CRLs.
   */
  checkRevocation?: (signal: AbortSignal) => Promise<SweepSummary>;
  /** Certificates a refresh found newly revoked (the composition root notifies them). */
  onRevoked?: (revoked: SweepSummary['newlyRevoked']) => void;
  /** The certificates on the cards and tokens present (services/tokens); none where there are none. */
  tokenPlaces?: () => Promise<{ locator: string; ders: Uint8Array[] }[]>;
};

const failure = (code: InventoryError['code'], message: string) => err({ code, message });

/**
 * "Mes certificats": the inventory's use cases for the app. Sources (orders in Vigie's
 * vault, the OS and browser stores, watched folders, files added by hand) are brought in by
 * `refresh`; one scan at a time, cancellable, with progress events. The heavy part of a scan
 * (reading and parsing certificates) goes through the inspector, which runs in a worker in
 * the app, so the window's event loop stays free.
 */
export const createInventoryService = (deps: InventoryServiceDeps) => {
  let settings: InventorySettings | null = null;

  const loadSettings = async (): Promise<InventorySettings> =>
    (settings ??= readInventorySettings(await deps.settings.read()));
  const saveSettings = async (next: InventorySettings) => {
    await deps.settings.write(next);
    settings = next;
  };
  const deadlineSettings = (s: InventorySettings): DeadlineSettingsView => ({
    thresholds: [...s.thresholds],
    renewNowDays: s.renewNowDays,
  });

  const changed = () => {
    deps.events.emit('inventory.changed', { at: deps.clock.now().toISOString() });
    // After the caller's answer: what follows a change (the expiry re-check walks every
    // certificate in SQL, ~50 ms for 10,000) must not hold back the report of a scan.
    setImmediate(deps.onChanged);
  };

  const queue = createScanQueue();
  const exclusive = queue.run;

  const scanOne = async (path: string, signal: AbortSignal, onListed?: () => void) => {
    const summary = await scanFolder(
      path,
      { fs: deps.fs, store: deps.store, clock: deps.clock, inspector: deps.inspector },
      {
        signal,
        ...(onListed ? { onListed } : {}),
        onProgress: throttledProgress(deps.clock, (p) =>
          deps.events.emit('inventory.progress', {
            kind: 'folder',
            folder: path,
            filesFound: p.filesFound,
            filesDone: p.filesDone,
            certificates: p.certificates,
          }),
        ),
      },
    );
    const s = await loadSettings();
    await saveSettings({
      ...s,
      folders: s.folders.map((f) =>
        f.path === path && !summary.cancelled ? { ...f, lastScan: deps.clock.now().toISOString() } : f,
      ),
    });
    return summary;
  };

  const sources = { store: deps.store, clock: deps.clock, inspector: deps.inspector };

  // A burst of changes in a watched folder is scanned once, after it settles; the scan
  // cache makes that scan read only what changed.
  const watching = createFolderWatching(deps.folderWatcher, deps.settleMs ?? 2000, (path) =>
    exclusive(async (signal) => {
      await scanOne(path, signal);
      changed();
    }),
  );
  const watchFolder = watching.watch;
  const unwatchFolder = watching.unwatch;
  const endpointProgress = (p: { done: number; total: number }) =>
    deps.events.emit('inventory.progress', {
      kind: 'endpoints',
      folder: '',
      filesFound: p.total,
      filesDone: p.done,
      certificates: 0,
    });

  return {
    settings: loadSettings,

    /** Starts the OS watches of the watched folders (the app; the CLI scans once and exits). */
    async watchFolders() {
      for (const f of (await loadSettings()).folders) watchFolder(f.path);
    },
    stopWatching: watching.stopAll,

    async list(): Promise<Result<InventoryList, InventoryError>> {
      const s = await loadSettings();
      const now = deps.clock.now();
      return ok({
        entries: inventoryEntries(deps.store, now, deadlineSettings(s)),
        settings: deadlineSettings(s),
        folders: s.folders,
        endpoints: s.endpoints.map((l) => endpointView(deps.store, l)),
        at: now.toISOString(),
      });
    },

    async detail(sha256: string): Promise<Result<EntryDetail, InventoryError>> {
      const s = await loadSettings();
      const detail = entryDetail(deps.store, sha256, deps.clock.now(), deadlineSettings(s));
      return detail ? ok(detail) : failure('not-found', 'No such certificate in the inventory');
    },

    /** Orders and stores (quick), then every watched folder. */
    refresh(): Promise<Result<ScanReport, InventoryError>> {
      return exclusive(async (signal) => {
        const orders = await deps.orders.list();
        if (orders.ok) await syncOrders(sources, orders.value);
        const stores = await syncStores(sources, deps.keystore);
        const onTokens = deps.tokenPlaces ? await syncTokens(sources, await deps.tokenPlaces()) : 0;
        const report: ScanReport = {
          files: 0,
          certificates: stores.certificates + onTokens,
          unreadable: 0,
          cancelled: false,
        };
        for (const folder of (await loadSettings()).folders) {
          if (signal.aborted) break;
          const summary = await scanOne(folder.path, signal);
          report.files += summary.files;
          report.certificates += summary.certificates;
          report.unreadable += summary.unreadable;
        }
        const endpoints = endpointTargets((await loadSettings()).endpoints);
        if (!signal.aborted && endpoints.length > 0 && deps.probeEndpoints) {
          const probed = await deps.probeEndpoints(endpoints, { signal, onProgress: endpointProgress });
          report.certificates += probed.certificates;
        }
        if (!signal.aborted && deps.checkRevocation) {
          const sweep = await deps.checkRevocation(signal);
          if (sweep.newlyRevoked.length > 0) deps.onRevoked?.(sweep.newlyRevoked);
        }
        report.cancelled = signal.aborted;
        changed();
        return ok(report);
      });
    },

    /**
     * Vigie's orders and the stores, not the folders: after an order changed (retrieved,
     * installed, its vault copy deleted), quick enough to run each time.
     */
    syncLocal: () =>
      exclusive(async () => {
        const orders = await deps.orders.list();
        if (orders.ok) await syncOrders(sources, orders.value);
        await syncStores(sources, deps.keystore);
        changed();
      }),

    /** A card or token came or went: what the tokens present hold now (services/tokens). */
    syncTokens: (places: readonly { locator: string; ders: readonly Uint8Array[] }[]) =>
      exclusive(async () => {
        await syncTokens(sources, places);
        changed();
      }),

    cancelScan: queue.cancel,

    /** A certificate file added by hand (no key kept: a file with a key goes through retrieval). */
    async addFile(
      fileName: string,
      bytes: Uint8Array,
      password?: string,
    ): Promise<Result<{ added: string[] }, InventoryError>> {
      const report = await deps.inspector.inspect({
        fileName,
        bytes,
        ...(password === undefined ? {} : { password }),
      });
      if (!report.ok) return failure('unreadable', report.error.message);
      const facts = certificatesOf(report.value);
      if (facts.length === 0) return failure('no-certificate', 'The file holds no certificate');
      const now = deps.clock.now();
      const place = { source: 'added' as const, locator: fileName };
      deps.store.transaction(() => {
        for (const c of facts) {
          deps.store.upsertCertificate(c, now);
          deps.store.recordLocation(c.sha256, place, now);
        }
      });
      changed();
      return ok({ added: facts.map((c) => c.sha256) });
    },

    ...folderActions({
      ...deps,
      loadSettings,
      saveSettings,
      exclusive,
      changed,
      scanOne,
      watchFolder,
      unwatchFolder,
    }),

    ...endpointActions({ ...deps, loadSettings, saveSettings, exclusive, changed }),

    ...certificateActions(deps.store, deps.clock, changed),

    async setDeadlines(next: DeadlineSettings): Promise<Result<DeadlineSettingsView, InventoryError>> {
      const s = await loadSettings();
      const saved = { ...s, thresholds: [...next.thresholds], renewNowDays: next.renewNowDays };
      await saveSettings(saved);
      changed();
      return ok(deadlineSettings(saved));
    },

    /**
     * One certificate's own thresholds and "renouveler maintenant" limit (null: the global
     * value; both null: back to the global settings). The watcher checks again at once.
     */
    async setCertificateDeadlines(
      sha256: string,
      own: CertificateDeadlines,
    ): Promise<Result<EntryDeadlines, InventoryError>> {
      if (!deps.store.certificate(sha256))
        return failure('not-found', 'No such certificate in the inventory');
      deps.store.setCertificateDeadlines(sha256, own);
      changed();
      const saved = deps.store.certificateDeadlines(sha256);
      return ok({
        own: {
          thresholds: saved?.thresholds ? [...saved.thresholds] : null,
          renewNowDays: saved?.renewNowDays ?? null,
        },
        global: deadlineSettings(await loadSettings()),
      });
    },

    /** Writes a report of the whole inventory where the user chooses. */
    async exportReport(format: ReportFormat): Promise<Result<{ path: string }, InventoryError>> {
      const s = await loadSettings();
      return exportInventory(deps, format, deadlineSettings(s));
    },
  };
};

export type InventoryService = ReturnType<typeof createInventoryService>;
