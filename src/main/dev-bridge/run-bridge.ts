import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { readFile as readFileBytes } from 'node:fs/promises';
import type { PinnedCa } from '../../shared/igc-sante/anchors.js';
import { readFile } from '../pki/reader/index.js';
import { appendFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { composeCore } from '../app/compose.js';
import { nodeFileSystem } from '../adapters/node-file-system.js';
import { systemClock } from '../adapters/system-clock.js';
import { createDispatcher } from '../ipc/dispatch.js';
import { confDocumentStore } from '../adapters/conf-document-store.js';
import { createMemorySecretStore } from '../adapters/memory-secret-store.js';
import { createNapiKeyringSecretStore } from '../adapters/napi-keyring-secret-store.js';
import { folderSaveTarget } from '../adapters/folder-save-target.js';
import { platformKeystore } from '../app/keystore.js';
import { networkFetcher, networkTlsProbe } from '../app/network.js';
import { systemRootCertificates } from '../adapters/tls/node-tls-probe.js';
import { nodeFolderWatcher } from '../adapters/node-folder-watcher.js';
import { chainUrlsAt } from '../services/trust/download-chain.js';
import { startBridge, type Bridge } from './bridge-server.js';

/**
 * `npm run dev:browser` and the end-to-end tests start this. Options by environment:
 * VIGIE_RENDERER_DIR (built renderer, bridge mode), VIGIE_DATA_DIR (defaults to a fresh
 * temp folder so a dev session never touches the real profile), VIGIE_TRUST_DIRS,
 * VIGIE_NETWORK ('off': no OCSP / CRL / chain download at all; 'loopback': 127.0.0.1 only,
 * for end-to-end tests; default on), VIGIE_CHAIN_BASE_URL (serve the chain bundles from
 * another origin, same paths as ANS's).
 * VIGIE_KEYSTORE_HOME: the home folder whose browser stores (NSS, macOS keychain) installs
 * go to; default <dataDir>/home, so a dev session never installs into the real browsers
 * (Windows has no such folder: its CurrentUser store is the real one).
 * VIGIE_DEV_ANCHORS (a file of extra TEST anchors, e.g. a fixture CA; dev only).
 * Notifications are written to <dataDir>/notifications.jsonl (there is no desktop here).
 * With `--json`, prints one JSON line `{"url": …}` for programs to read.
 */
/**
 * VIGIE_DEV_ANCHORS=<file>: CA certificates (any format) to trust as TEST anchors in this
 * dev session only — a loopback fixture CA for the end-to-end tests. Never in the app.
 */
const devAnchorsFrom = async (path: string | undefined): Promise<PinnedCa[]> => {
  if (!path) return [];
  const read = await readFile(new Uint8Array(await readFileBytes(path)));
  if (!read.ok) throw new Error(`VIGIE_DEV_ANCHORS: ${read.error.message}`);
  return read.value.objects.flatMap((o) =>
    o.type === 'certificate'
      ? [
          {
            name: `DEV ANCHOR ${createHash('sha256').update(o.der).digest('hex').slice(0, 8)}`,
            short: 'DEV',
            environment: 'test' as const,
            role: 'root' as const,
            range: 'ELEMENTAIRE' as const,
            sha256: createHash('sha256').update(o.der).digest('hex').toUpperCase(),
          },
        ]
      : [],
  );
};

const main = async () => {
  const json = process.argv.includes('--json');
  const rendererDir = resolve(process.env['VIGIE_RENDERER_DIR'] ?? 'dist/renderer-bridge');
  const givenDataDir = process.env['VIGIE_DATA_DIR'];
  const dataDir = givenDataDir ?? (await mkdtemp(join(tmpdir(), 'vigie-bridge-')));
  let bridge: Bridge | null = null;
  // The real OS keychain when one answers (npm test runs under scripts/with-keyring.sh);
  // otherwise a throwaway in-memory one, announced, so a dev session still works.
  const keyring = createNapiKeyringSecretStore();
  const secrets = (await keyring.available())
    ? keyring
    : createMemorySecretStore('dev bridge: no OS keychain answered', (m) => console.error(m));
  const http = networkFetcher();
  const tlsProbe = networkTlsProbe();
  const chainBase = process.env['VIGIE_CHAIN_BASE_URL'];
  const core = composeCore(
    {
      fs: nodeFileSystem,
      clock: systemClock,
      // No browser to hand over to from here: say what would have been opened.
      opener: { open: async (url) => console.error(`dev bridge: would open ${url}`) },
      events: { emit: (name, payload) => bridge?.events.emit(name, payload) },
      secrets,
      orderDocuments: confDocumentStore(dataDir, 'orders'),
      settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
      tokenDocuments: confDocumentStore(dataDir, 'token-settings'),
      // No native dialog behind a browser: exports land in <dataDir>/exports (dev only).
      saveTarget: folderSaveTarget(join(dataDir, 'exports')),
      keystore: platformKeystore({
        ...process.env,
        VIGIE_KEYSTORE_HOME: process.env['VIGIE_KEYSTORE_HOME'] || join(dataDir, 'home'),
      }),
      ...(http ? { http } : {}),
      ...(tlsProbe ? { tlsProbe, webRoots: systemRootCertificates } : {}),
      folderWatcher: nodeFolderWatcher,
      // No desktop notifications from a browser tab: each one is a JSON line in
      // <dataDir>/notifications.jsonl (the end-to-end tests read it) and on stderr.
      notifier: {
        notify: (n) => {
          const line = JSON.stringify({ at: new Date().toISOString(), ...n });
          appendFileSync(join(dataDir, 'notifications.jsonl'), `${line}\n`);
          console.error(`dev bridge: notification ${line}`);
        },
      },
    },
    {
      dataDir,
      ...(chainBase ? { chainUrls: chainUrlsAt(chainBase) } : {}),
      devAnchors: await devAnchorsFrom(process.env['VIGIE_DEV_ANCHORS']),
      // Bundled next to bridge.mjs (scripts/build-bridge.mjs), as the app runs it next to main.cjs.
      inspectionWorker: new URL('./inspection-worker.mjs', import.meta.url),
      // Cards and tokens: VIGIE_PKCS11_MODULES adds modules (a SoftHSM for the end-to-end tests).
      tokens: { kind: 'worker', script: new URL('./token-worker.mjs', import.meta.url) },
      refreshMissingAnchors: true,
      sandboxServerAtStart: true,
      appInfo: {
        version: process.env['npm_package_version'] ?? '0.0.0',
        platform: process.platform,
        runtime: 'dev-bridge',
      },
    },
  );
  await core.start();
  bridge = await startBridge({
    dispatch: createDispatcher(core.handlers),
    rendererDir,
    log: (l) => console.error(l),
  });
  if (json) console.log(JSON.stringify({ url: bridge.url, origin: bridge.origin, dataDir }));
  else {
    console.log(`Vigie dev bridge (development only) — data folder: ${dataDir}`);
    console.log(`Open: ${bridge.url}`);
    if (!http)
      console.log('Network off (VIGIE_NETWORK): revocation is not checked, chains are not downloaded');
  }
  const stop = async () => {
    await bridge?.close();
    await core.stop();
    // A throwaway data folder (no VIGIE_DATA_DIR) holds a vault and keys: gone with the session.
    if (!givenDataDir) await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
};

void main();
