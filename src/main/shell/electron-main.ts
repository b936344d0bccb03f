import 'reflect-metadata';
import { app, BrowserWindow, powerMonitor } from 'electron';
import { join } from 'node:path';
import { composeCore } from '../app/compose.js';
import { electronFilePicker } from '../adapters/electron-file-picker.js';
import { electronSaveTarget } from '../adapters/electron-save-target.js';
import { electronOpener } from '../adapters/electron-opener.js';
import { createSafeStorageSecretStore } from '../adapters/electron-safe-storage-secret-store.js';
import { electronStoreDocumentStore } from '../adapters/electron-store-document-store.js';
import { createNapiKeyringSecretStore } from '../adapters/napi-keyring-secret-store.js';
import { nodeFileSystem } from '../adapters/node-file-system.js';
import { systemClock } from '../adapters/system-clock.js';
import { networkFetcher, networkTlsProbe } from '../app/network.js';
import { systemRootCertificates } from '../adapters/tls/node-tls-probe.js';
import { nodeFolderWatcher } from '../adapters/node-folder-watcher.js';
import { createDispatcher } from '../ipc/dispatch.js';
import { registerElectronIpc } from '../ipc/electron-ipc.js';
import { installMenu } from './app-menu.js';
import { declareAppScheme, isAppUrl, serveRenderer } from './app-protocol.js';
import { hardenSessions } from './hardening.js';
import { createMainWindow } from './main-window.js';
import { createElectronNotifier } from '../adapters/electron-notifier.js';
import { platformLoginItem, startedHidden } from '../adapters/login-item.js';
import { attentionLevel, countStatuses, summaryLine } from '../../shared/inventory/status-summary.js';
import { createTray } from './tray.js';

/**
 * Electron entry: thin on purpose. Order: single-instance lock → scheme → ready →
 * hardening → core services → IPC → window. Quit stops them in reverse.
 */
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  declareAppScheme();
  let window: BrowserWindow | null = null;
  let quitting = false;
  let showWindow = () => undefined as void;
  let openNotification = (sha256: string | null) => void sha256;

  app.on('second-instance', () => showWindow());

  void app.whenReady().then(async () => {
    hardenSessions();
    serveRenderer(join(__dirname, '..', 'renderer'));

    let ipc: ReturnType<typeof registerElectronIpc> | null = null;
    const dataDir = app.getPath('userData');
    // The OS keychain through @napi-rs/keyring; Electron's safeStorage when it does not answer.
    const keyring = createNapiKeyringSecretStore();
    const secrets = (await keyring.available())
      ? keyring
      : createSafeStorageSecretStore({ fs: nodeFileSystem, dir: dataDir });
    const http = networkFetcher();
    const tlsProbe = networkTlsProbe();
    const core = composeCore(
      {
        fs: nodeFileSystem,
        clock: systemClock,
        opener: electronOpener,
        events: { emit: (name, payload) => ipc?.events.emit(name, payload) },
        secrets,
        orderDocuments: electronStoreDocumentStore(dataDir, 'orders'),
        settingsDocuments: electronStoreDocumentStore(dataDir, 'inventory-settings'),
        tokenDocuments: electronStoreDocumentStore(dataDir, 'token-settings'),
        picker: electronFilePicker,
        saveTarget: electronSaveTarget,
        notifier: createElectronNotifier((sha256) => openNotification(sha256)),
        chooseFolder: async () => {
          const chosen = await electronSaveTarget.chooseFolder({ title: 'Surveiller un dossier' });
          return chosen.kind === 'chosen' ? chosen.path : null;
        },
        ...(http ? { http } : {}),
        ...(tlsProbe ? { tlsProbe, webRoots: systemRootCertificates } : {}),
        folderWatcher: nodeFolderWatcher,
      },
      {
        dataDir,
        refreshMissingAnchors: true,
        refreshInventoryAtStart: true,
        sandboxServerAtStart: true,
        // Bundled next to main.cjs (scripts/build-main.mjs): inspections run off this thread.
        inspectionWorker: join(__dirname, 'inspection-worker.cjs'),
        tokens: { kind: 'worker', script: join(__dirname, 'token-worker.cjs') },
        appInfo: { version: app.getVersion(), platform: process.platform, runtime: 'electron' },
      },
    );
    ipc = registerElectronIpc(createDispatcher(core.handlers), { isTrustedUrl: isAppUrl });
    await core.start();
    installMenu(ipc.events);

    const openWindow = (): BrowserWindow => {
      if (window && !window.isDestroyed()) return window;
      const created = createMainWindow(__dirname);
      created.webContents.on('did-start-loading', () => ipc?.resetReady());
      // Closing the window keeps Vigie in the tray: the watcher goes on; "Quitter" quits.
      created.on('close', (event) => {
        if (quitting) return;
        event.preventDefault();
        created.hide();
      });
      window = created;
      return created;
    };
    showWindow = () => {
      const w = openWindow();
      if (w.isMinimized()) w.restore();
      w.show();
      w.focus();
    };
    openNotification = (sha256) => {
      showWindow();
      ipc?.events.emit('inventory.open', { sha256 });
    };

    const tray = createTray(
      {
        show: showWindow,
        showCertificates: () => {
          showWindow();
          ipc?.events.emit('app.command', { command: 'certificates' });
        },
        checkNow: () => void core.services.inventory.refresh(),
        quit: () => app.quit(),
      },
      platformLoginItem(),
    );
    const updateTray = async () => {
      const list = await core.services.inventory.list();
      if (!list.ok) return;
      const counts = countStatuses(list.value.entries.map((e) => e.status));
      tray.update(attentionLevel(counts), summaryLine(counts), counts['renew-now'] + counts.expired);
    };
    void updateTray();
    core.onInventoryChanged(() => void updateTray());

    // A sleep or a clock change moves "now" past armed instants: check again, re-arm.
    powerMonitor.on('resume', () => {
      core.services.watcher.refresh();
      // Watches can miss what changed while asleep (network shares): reconcile everything.
      void core.services.inventory.refresh().catch(() => undefined);
    });
    powerMonitor.on('unlock-screen', () => core.services.watcher.refresh());
    app.on('browser-window-focus', () => core.services.watcher.refresh());

    // Started at login: only the tray and the watcher until the user opens the window.
    if (!startedHidden()) showWindow();

    app.on('before-quit', () => {
      quitting = true;
      tray.destroy();
      ipc?.dispose();
      void core.stop();
    });
  });

  // The tray keeps Vigie running with no window; only "Quitter" ends it.
  app.on('window-all-closed', () => undefined);
}
