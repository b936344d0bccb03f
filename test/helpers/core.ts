import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { composeCore } from '../../src/main/app/compose.js';
import { folderSaveTarget } from '../../src/main/adapters/folder-save-target.js';
import { nodeFileSystem } from '../../src/main/adapters/node-file-system.js';
import { confDocumentStore } from '../../src/main/adapters/conf-document-store.js';
import { createNapiKeyringSecretStore } from '../../src/main/adapters/napi-keyring-secret-store.js';
import { fixedClock, systemClock } from '../../src/main/adapters/system-clock.js';
import type { EventName } from '../../src/shared/ipc/types.js';
import type { TrustDir } from '../../src/main/services/trust/trust-service.js';
import type { FilePicker } from '../../src/main/ports/file-picker.js';
import type { HttpFetcher } from '../../src/main/ports/http-fetcher.js';
import type { ChainUrls } from '../../src/main/services/trust/download-chain.js';
import type { TokenRuntime } from '../../src/main/app/compose-tokens.js';
import { beforeRemoval, tempDir } from './temp-dir.js';

/** The real core (real file system, reader, chain, trust store) in a temp data folder. */
export type MakeCoreOptions = {
  trustDirs?: TrustDir[];
  now?: Date;
  picker?: FilePicker;
  /** Loopback-only in tests (see loopbackOnly); none = offline, the default. */
  http?: HttpFetcher;
  chainUrls?: ChainUrls;
  /** Cards and tokens (default off): 'inline' loads the modules VIGIE_PKCS11_MODULES names. */
  tokens?: TokenRuntime;
  /** An existing data folder (an app restart on the same profile); default a new temp one. */
  dataDir?: string;
  /** As the app sets it: the sandbox's CRL / OCSP server back at start when a sandbox CA exists. */
  sandboxServerAtStart?: boolean;
};

export const makeCore = async (options: MakeCoreOptions = {}) => {
  const dataDir = options.dataDir ?? tempDir('vigie-core-');
  const events: { name: EventName; payload: unknown }[] = [];
  const opened: string[] = [];
  const core = composeCore(
    {
      fs: nodeFileSystem,
      clock: options.now ? fixedClock(options.now) : systemClock,
      opener: { open: async (url) => void opened.push(url) },
      events: { emit: (name, payload) => void events.push({ name, payload }) },
      // The real OS keychain (npm test runs vitest under scripts/with-keyring.sh).
      secrets: createNapiKeyringSecretStore({ service: `vigie-test-${randomUUID()}` }),
      orderDocuments: confDocumentStore(dataDir, 'orders'),
      settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
      ...(options.picker ? { picker: options.picker } : {}),
      saveTarget: folderSaveTarget(join(dataDir, 'exports')),
      ...(options.http ? { http: options.http } : {}),
    },
    {
      dataDir,
      trustDirs: options.trustDirs ?? [],
      ...(options.chainUrls ? { chainUrls: options.chainUrls } : {}),
      ...(options.tokens ? { tokens: options.tokens } : {}),
      ...(options.sandboxServerAtStart ? { sandboxServerAtStart: true } : {}),
      appInfo: { version: 'test', platform: process.platform, runtime: 'cli' },
    },
  );
  await core.start();
  beforeRemoval(() => core.stop());
  return { core, dataDir, events, opened };
};
