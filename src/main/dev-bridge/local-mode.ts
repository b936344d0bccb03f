import 'reflect-metadata';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { composeCore } from '../app/compose.js';
import { defaultDataDir } from '../app/paths.js';
import { networkFetcher, networkTlsProbe } from '../app/network.js';
import { confDocumentStore } from '../adapters/conf-document-store.js';
import { createNapiKeyringSecretStore } from '../adapters/napi-keyring-secret-store.js';
import { folderSaveTarget } from '../adapters/folder-save-target.js';
import { openInBrowser } from '../adapters/system-browser.js';
import { nodeFileSystem } from '../adapters/node-file-system.js';
import { nodeFolderWatcher } from '../adapters/node-folder-watcher.js';
import { systemClock } from '../adapters/system-clock.js';
import { systemRootCertificates } from '../adapters/tls/node-tls-probe.js';
import { createDispatcher } from '../ipc/dispatch.js';
import { startBridge, type Bridge } from './bridge-server.js';

/**
 * The local browser mode (`npm start` where Electron's binary is missing, `vigie ui`): the
 * desktop app's services on the user's own data, served to a browser by the loopback
 * bridge (./bridge-server.ts: 127.0.0.1 only, random token in the URL fragment).
 *
 * Unlike the dev bridge (./run-bridge.ts, development and tests only) it takes the user's
 * real data folder (defaultDataDir: the desktop app's, or VIGIE_DATA_DIR), the OS keychain
 * (when it does not answer, the vault asks for a passphrase, as in the CLI: never an
 * in-memory keychain), the browsers' real certificate stores, ANS's chain addresses, and no
 * dev anchors. The documents are conf files, the format electron-store writes (electron-store
 * is conf with the same `<dataDir>/<name>.json` and no migrations here), so the desktop app
 * and this mode read each other's.
 */

export type LocalModeOptions = {
  /** The bridge-mode renderer (dist/renderer-bridge). */
  rendererDir: string;
  /** The folder of inspection-worker.mjs and token-worker.mjs (scripts/build-bridge.mjs). */
  workersDir: string;
  version: string;
  /** A fixed port; default a random free one. */
  port?: number;
  env?: NodeJS.ProcessEnv;
  /** Progress and notices (stderr). */
  log?: (line: string) => void;
};

export type LocalSession = {
  url: string;
  dataDir: string;
  /** Where exports are written (a browser cannot show main's save dialog). */
  exportsDir: string;
  /** False when VIGIE_NETWORK turns the network off. */
  network: boolean;
  /** False when the OS keychain did not answer at start. */
  keychain: boolean;
  stop: () => Promise<void>;
};

export const startLocalMode = async (options: LocalModeOptions): Promise<LocalSession> => {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.error(line));
  const dataDir = defaultDataDir(env);
  const exportsDir = join(dataDir, 'exports');
  const secrets = createNapiKeyringSecretStore();
  const keychain = await secrets.available();
  const http = networkFetcher(env);
  const tlsProbe = networkTlsProbe(env);
  let bridge: Bridge | null = null;
  const core = composeCore(
    {
      fs: nodeFileSystem,
      clock: systemClock,
      opener: {
        open: async (url) => {
          if (!openInBrowser(url, env)) log(`Vigie: ouvrez / open ${url}`);
        },
      },
      events: { emit: (name, payload) => bridge?.events.emit(name, payload) },
      secrets,
      orderDocuments: confDocumentStore(dataDir, 'orders'),
      settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
      tokenDocuments: confDocumentStore(dataDir, 'token-settings'),
      saveTarget: folderSaveTarget(exportsDir),
      ...(http ? { http } : {}),
      ...(tlsProbe ? { tlsProbe, webRoots: systemRootCertificates } : {}),
      folderWatcher: nodeFolderWatcher,
      // No desktop notifications from a browser tab: one line each in this terminal.
      notifier: { notify: (n) => log(`Vigie: ${n.title} — ${n.body}`) },
    },
    {
      dataDir,
      refreshMissingAnchors: true,
      refreshInventoryAtStart: true,
      sandboxServerAtStart: true,
      inspectionWorker: pathToFileURL(join(options.workersDir, 'inspection-worker.mjs')),
      tokens: { kind: 'worker', script: pathToFileURL(join(options.workersDir, 'token-worker.mjs')) },
      // The contract knows three runtimes; this one is the browser's.
      appInfo: { version: options.version, platform: process.platform, runtime: 'browser' },
    },
  );
  await core.start();
  try {
    bridge = await startBridge({
      dispatch: createDispatcher(core.handlers),
      rendererDir: options.rendererDir,
      log,
      ...(options.port !== undefined ? { port: options.port } : {}),
    });
  } catch (error) {
    await core.stop();
    throw error;
  }
  const started = bridge;
  return {
    url: started.url,
    dataDir,
    exportsDir,
    network: http !== undefined,
    keychain,
    async stop() {
      await started.close();
      await core.stop();
    },
  };
};
