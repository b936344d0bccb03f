import 'reflect-metadata';
import { app, BrowserWindow } from 'electron';
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
import { networkFetcher } from '../app/network.js';
import { createDispatcher } from '../ipc/dispatch.js';
import { registerElectronIpc } from '../ipc/electron-ipc.js';
import { installMenu } from './app-menu.js';
import { declareAppScheme, isAppUrl, serveRenderer } from './app-protocol.js';
import { hardenSessions } from './hardening.js';
import { createMainWindow } from './main-window.js';

/**
 * Electron entry: thin on purpose. Order: single-instance lock → scheme → ready →
 * hardening → core services → IPC → window. Quit stops them in reverse.
 */
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  declareAppScheme();
  let window: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

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
    const core = composeCore(
      {
        fs: nodeFileSystem,
        clock: systemClock,
        opener: electronOpener,
        events: { emit: (name, payload) => ipc?.events.emit(name, payload) },
        secrets,
        orderDocuments: electronStoreDocumentStore(dataDir, 'orders'),
        settingsDocuments: electronStoreDocumentStore(dataDir, 'inventory-settings'),
        picker: electronFilePicker,
        saveTarget: electronSaveTarget,
        ...(http ? { http } : {}),
      },
      {
        dataDir,
        refreshMissingAnchors: true,
        // Bundled next to main.cjs (scripts/build-main.mjs): inspections run off this thread.
        inspectionWorker: join(__dirname, 'inspection-worker.cjs'),
        appInfo: { version: app.getVersion(), platform: process.platform, runtime: 'electron' },
      },
    );
    ipc = registerElectronIpc(createDispatcher(core.handlers), { isTrustedUrl: isAppUrl });
    await core.start();
    installMenu(ipc.events);
    window = createMainWindow(__dirname);
    window.webContents.on('did-start-loading', () => ipc?.resetReady());

    app.on('before-quit', () => {
      ipc?.dispose();
      void core.stop();
    });
  });

  app.on('window-all-closed', () => app.quit());
}
