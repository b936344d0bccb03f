import { join } from 'node:path';
import { openSqliteInventory } from '../adapters/inventory/sqlite-inventory-store.js';
import { createTimerAlarm } from '../adapters/timer-alarm.js';
import { DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings } from '../../shared/inventory/deadlines.js';
import { noSaveTarget } from '../ports/save-target.js';
import { scanEndpoints } from '../services/inventory/endpoint-scan.js';
import { revokedNotice } from '../services/inventory/expiry-notice.js';
import { createExpiryWatcher } from '../services/inventory/expiry-watcher.js';
import {
  createInventoryService,
  type InventoryServiceDeps,
} from '../services/inventory/inventory-service.js';
import { sweepRevocation } from '../services/inventory/revocation-sweep.js';
import type { RevocationService } from '../services/revocation/index.js';
import type { TrustService } from '../services/trust/trust-service.js';
import type { CoreAdapters, CoreConfig } from './core-config.js';

/** How often the app looks at every source again while it runs (see CoreConfig). */
const RECONCILE_EVERY_MS = 6 * 3_600_000;

export type InventoryParts = {
  trust: TrustService;
  inspector: InventoryServiceDeps['inspector'];
  orders: InventoryServiceDeps['orders'];
  keystore: InventoryServiceDeps['keystore'];
  revocation: RevocationService | null;
  /** The sandbox's CAs: issuers whose CRLs the revocation sweep reads (never anchors). */
  sandboxAuthorities: () => Promise<Uint8Array[]>;
  /** The cards and tokens present (composed after the inventory, which they feed). */
  tokenPlaces: NonNullable<InventoryServiceDeps['tokenPlaces']>;
  /** Work the core's stop() waits for. */
  background: (work: () => Promise<unknown>) => void;
};

/**
 * The inventory layer of the composition root: the SQLite inventory, the expiry watcher (one
 * alarm, which the periodic reconcile rides) and the inventory service over the orders, the
 * stores, the folders, the servers and the cards. composeCore starts and stops it.
 */
export const composeInventory = (adapters: CoreAdapters, config: CoreConfig, parts: InventoryParts) => {
  const { trust, inspector, background } = parts;
  const listeners = new Set<() => void>();
  const tlsProbe = adapters.tlsProbe;
  const store = openSqliteInventory(join(config.dataDir, 'inventory.sqlite')).store;
  const notifier = adapters.notifier ?? { notify: () => undefined };
  let settingsNow: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS;
  // The periodic reconcile rides the expiry watcher's one alarm: no timer of its own.
  const reconcileEvery =
    config.reconcileEveryMs ?? (config.refreshInventoryAtStart ? RECONCILE_EVERY_MS : null);
  let lastReconcile = adapters.clock.now().getTime();
  const watcher = createExpiryWatcher({
    clock: adapters.clock,
    alarm: adapters.alarm ?? createTimerAlarm(adapters.clock),
    store,
    notifier,
    settings: () => settingsNow,
    alsoWakeAt: () => (reconcileEvery === null ? null : new Date(lastReconcile + reconcileEvery)),
    onWake: () => {
      if (reconcileEvery === null || adapters.clock.now().getTime() < lastReconcile + reconcileEvery) return;
      lastReconcile = adapters.clock.now().getTime();
      background(() => inventory.refresh());
    },
  });
  const revocation = parts.revocation;
  const inventory = createInventoryService({
    // "Vérifier maintenant" also reads the cards and tokens present.
    tokenPlaces: parts.tokenPlaces,
    store,
    clock: adapters.clock,
    fs: adapters.fs,
    inspector,
    orders: parts.orders,
    keystore: parts.keystore,
    settings: adapters.settingsDocuments,
    events: adapters.events,
    saveTarget: adapters.saveTarget ?? noSaveTarget,
    chooseFolder: adapters.chooseFolder ?? null,
    ...(adapters.folderWatcher ? { folderWatcher: adapters.folderWatcher } : {}),
    probeEndpoints: tlsProbe
      ? async (targets, options) => {
          // Complete = reaches a root clients have: the web's, or IGC-Santé's pinned roots.
          const igcRoots = (await trust.list()).filter((c) => c.pinned.role === 'root').map((c) => c.der);
          const anchors = [...(adapters.webRoots?.() ?? []), ...igcRoots];
          return scanEndpoints(
            targets,
            { probe: tlsProbe, store, clock: adapters.clock, inspector, anchors },
            options,
          );
        }
      : null,
    ...(revocation
      ? {
          checkRevocation: (signal: AbortSignal) =>
            sweepRevocation(
              {
                store,
                clock: adapters.clock,
                revocation,
                // The sandbox's CAs too, so its certificates' CRLs are read (issuers, not anchors).
                issuers: async () => [
                  ...(await trust.list()).map((c) => c.der),
                  ...(await parts.sandboxAuthorities()),
                ],
              },
              { signal },
            ),
        }
      : {}),
    onRevoked: (revoked) => notifier.notify(revokedNotice(revoked)),
    onChanged: () => {
      background(() =>
        inventory.settings().then((s) => {
          settingsNow = { thresholds: s.thresholds, renewNowDays: s.renewNowDays };
          watcher.refresh();
          for (const listener of listeners) listener();
        }),
      );
    },
  });
  return {
    store,
    inventory,
    watcher,
    /** Called after each change of the inventory (the tray's summary, the window's badge). */
    onChange(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The reminder settings the watcher judges by (read again at start). */
    setDeadlineSettings(next: DeadlineSettings): void {
      settingsNow = next;
    },
  };
};
