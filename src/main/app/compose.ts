import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { EventSink } from '../ports/event-sink.js';
import { noFilePicker } from '../ports/file-picker.js';
import { noSaveTarget } from '../ports/save-target.js';
import { createHandlers } from '../ipc/handlers.js';
import { createCustodyService } from '../services/custody/index.js';
import { createInstallService } from '../services/install/index.js';
import { createOrderStore } from '../services/orders/order-store.js';
import { createOrdersService } from '../services/orders/orders-service.js';
import { createRetrieveService } from '../services/retrieve/index.js';
import { createRevocationService } from '../services/revocation/index.js';
import { createChainDownloader } from '../services/trust/download-chain.js';
import { createVault } from '../services/vault/index.js';
import { composeInspection } from './compose-inspection.js';
import { createRenewal } from '../services/renewal/renew.js';
import { platformKeystore } from './keystore.js';
import { composeTokens } from './compose-tokens.js';
import { composeDiagnostics } from './compose-diagnostics.js';
import { composeSandbox } from './compose-sandbox.js';
import { composeInventory } from './compose-inventory.js';
import { sweepDataDirAtStart } from './start-sweep.js';
import type { CoreAdapters, CoreConfig } from './core-config.js';

export type { CoreAdapters, CoreConfig } from './core-config.js';
import type { TokenKeys } from '../services/orders/orders-service.js';

/**
 * The composition root of the plain-Node core: adapters in, services and contract
 * handlers out. The Electron shell, the dev bridge and the CLI all build through here,
 * so they run the very same services.
 */
export const composeCore = (adapters: CoreAdapters, config: CoreConfig) => {
  const base = composeInspection(
    { fs: adapters.fs, clock: adapters.clock, events: adapters.events },
    {
      dataDir: config.dataDir,
      ...(config.trustDirs ? { trustDirs: config.trustDirs } : {}),
      ...(config.devAnchors ? { devAnchors: config.devAnchors } : {}),
      ...(config.inspectionWorker ? { inspectionWorker: config.inspectionWorker } : {}),
    },
  );
  const { trust, inspector } = base.services;
  const anchorOption = base.findAnchor ? { findAnchor: base.findAnchor } : {};
  const vault = createVault({
    fs: adapters.fs,
    secrets: adapters.secrets,
    clock: adapters.clock,
    dir: join(config.dataDir, 'vault'),
  });
  // An order that changed (retrieved, installed…) may change where its certificate is: the
  // inventory looks at the orders and the stores again (never the folders: too slow for this).
  let onOrderChanged = () => undefined as void;
  // Work started in the background (a sync after an order changed, a re-check after the
  // inventory changed): stop() waits for it, and nothing new starts once stopping.
  let stopping = false;
  const pending = new Set<Promise<unknown>>();
  const background = (work: () => Promise<unknown>) => {
    if (stopping) return;
    const p = work().catch(() => undefined);
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };
  const orderEvents: EventSink = {
    emit(name, payload) {
      adapters.events.emit(name, payload);
      if (name === 'orders.changed') onOrderChanged();
    },
  };
  // Cards and tokens are composed after the inventory they feed; orders reach them through this.
  let tokensLate: ReturnType<typeof composeTokens> | null = null;
  const tokenKeys: TokenKeys = {
    generateKey: (ref, pin, spec) =>
      tokensLate
        ? tokensLate.service.generateKey(ref, pin, spec)
        : Promise.reject(new Error('tokens not composed')),
    sign: (ref, pin, keyId, data) =>
      tokensLate
        ? tokensLate.service.sign(ref, pin, keyId, data)
        : Promise.reject(new Error('tokens not composed')),
  };
  const orders = createOrdersService({
    repo: createOrderStore(adapters.orderDocuments),
    keys: vault,
    tokenKeys,
    clock: adapters.clock,
    events: orderEvents,
    newId: randomUUID,
  });
  const revocation = adapters.http
    ? createRevocationService({
        http: adapters.http,
        fs: adapters.fs,
        clock: adapters.clock,
        cacheDir: join(config.dataDir, 'crl-cache'),
      })
    : null;
  const chains = createChainDownloader({
    trust,
    ...(adapters.http ? { http: adapters.http } : {}),
    ...(config.chainUrls ? { urls: config.chainUrls } : {}),
  });
  // Before retrieval, which names the sandbox's certificates as rehearsal ones.
  const sandbox = composeSandbox({ fs: adapters.fs, clock: adapters.clock, dataDir: config.dataDir, orders });
  const retrieve = createRetrieveService({
    ...(revocation ? { revocation } : {}),
    sandbox,
    clock: adapters.clock,
    trust,
    orders,
    keys: vault,
    secrets: adapters.secrets,
    ...anchorOption,
  });
  const custody = createCustodyService({
    orders,
    keys: vault,
    trust,
    secrets: adapters.secrets,
    fs: adapters.fs,
    target: adapters.saveTarget ?? noSaveTarget,
    clock: adapters.clock,
    ...anchorOption,
  });
  const keystore = adapters.keystore ?? platformKeystore();
  const install = createInstallService({
    orders,
    keys: vault,
    trust,
    keystore,
    custody,
    fs: adapters.fs,
    clock: adapters.clock,
    ...anchorOption,
  });
  const inventoryLayer = composeInventory(adapters, config, {
    trust,
    inspector,
    orders,
    keystore,
    revocation,
    sandboxAuthorities: () => sandbox.authorities(),
    // "Vérifier maintenant" also reads the cards and tokens present.
    tokenPlaces: () => (tokensLate ? tokensLate.service.places() : Promise.resolve([])),
    background,
  });
  const { inventory, watcher, store: inventoryStore } = inventoryLayer;
  onOrderChanged = () => background(() => inventory.syncLocal());
  const tokens = composeTokens({
    runtime: config.tokens ?? { kind: 'none' },
    env: process.env,
    fs: adapters.fs,
    settings: adapters.tokenDocuments ?? null,
    events: adapters.events,
    inspector,
    // The desktop app's system dialog; where there is none (dev bridge), a typed path is taken.
    ...(adapters.picker ? { picker: adapters.picker } : {}),
    // A card inserted or removed: the inventory records what the cards present hold.
    onPlaces: async (places) => background(() => inventory.syncTokens(places)),
  });
  tokensLate = tokens;
  const renewal = createRenewal({
    store: inventoryStore,
    inspector,
    orders,
    keystore,
    clock: adapters.clock,
    afterRetire: async () => {
      await inventory.syncLocal();
    },
    sandbox,
  });
  const diagnostics = composeDiagnostics(adapters, config, { inventory, vault, install, trust, tokens });
  const handlers = createHandlers({
    inspector,
    trust,
    chains,
    orders,
    retrieve,
    custody,
    install,
    vault,
    opener: adapters.opener,
    picker: adapters.picker ?? noFilePicker,
    fs: adapters.fs,
    inventory,
    tokens: tokens.service,
    sandbox,
    renewal,
    appInfo: config.appInfo,
    exportDiagnostic: diagnostics.exportDiagnostic,
  });
  return {
    services: {
      trust,
      chains,
      inspector,
      vault,
      orders,
      retrieve,
      custody,
      install,
      inventory,
      watcher,
      tokens: tokens.service,
      sandbox,
    },
    handlers: diagnostics.withFailureLog(handlers), // failures logged for the diagnostic
    /** The shell's tray follows the inventory (counts, the attention dot). */
    onInventoryChanged: inventoryLayer.onChange,
    /**
     * Warm caches. When an environment has no anchor yet and the network is allowed, fetch
     * ANS's chain bundle for it in the background (verified against the pinned
     * fingerprints): the anchor cache is refilled when missing, never on every start.
     */
    async start() {
      await sweepDataDirAtStart(config.dataDir, (notice) => adapters.events.emit('app.recovery', notice));
      await base.start(); // the trust store loaded, the inspection thread started
      const anchors = await trust.list();
      if (config.refreshMissingAnchors && adapters.http) {
        for (const environment of ['production', 'test'] as const) {
          if (anchors.some((a) => a.pinned.environment === environment)) continue;
          void chains.downloadChain(environment).catch(() => undefined);
        }
      }
      const s = await inventory.settings();
      inventoryLayer.setDeadlineSettings({ thresholds: s.thresholds, renewNowDays: s.renewNowDays });
      // What came due while Vigie was not running is notified now, then one alarm is armed.
      watcher.start();
      // Before the refresh below, whose revocation sweep asks the sandbox's CRLs; a sandbox
      // that cannot start (unreadable folder) must not stop the app: its page says "arrêté".
      if (config.sandboxServerAtStart) await sandbox.start().catch(() => null);
      await inventory.watchFolders();
      await tokens.start();
      // The stores and folders may have changed while Vigie was closed: look again, quietly.
      if (config.refreshInventoryAtStart) background(() => inventory.refresh());
    },
    /** Forget the vault secret held in memory; end the inspection worker. */
    async stop() {
      if (stopping) return;
      stopping = true;
      inventory.cancelScan();
      await Promise.all(pending);
      watcher.stop();
      inventory.stopWatching();
      await tokens.stop();
      await sandbox.stop();
      await vault.lock();
      await base.stop();
      inventoryStore.close();
      await diagnostics.log.flush();
    },
  };
};

export type Core = ReturnType<typeof composeCore>;
