import 'reflect-metadata';
import { join } from 'node:path';
import { confDocumentStore } from '../../src/main/adapters/conf-document-store.js';
import { createMemorySecretStore } from '../../src/main/adapters/memory-secret-store.js';
import { nodeFileSystem } from '../../src/main/adapters/node-file-system.js';
import { nodeFolderWatcher } from '../../src/main/adapters/node-folder-watcher.js';
import { systemClock } from '../../src/main/adapters/system-clock.js';
import { composeCore } from '../../src/main/app/compose.js';
import { platformKeystore } from '../../src/main/app/keystore.js';
import type { Alarm } from '../../src/main/ports/alarm.js';

/**
 * The core as the shell composes it, for the benches' child processes (P1 in the app, P5):
 * the same adapters the desktop app uses on Linux, with an in-memory keychain (the vault is
 * not what is measured) and no network (nothing leaves the machine in a bench).
 */
export const benchCore = (dataDir: string, options: { alarm?: Alarm; inspectionWorker?: string } = {}) =>
  composeCore(
    {
      fs: nodeFileSystem,
      clock: systemClock,
      opener: { open: async () => undefined },
      events: { emit: () => undefined },
      secrets: createMemorySecretStore('bench', () => undefined),
      orderDocuments: confDocumentStore(dataDir, 'orders'),
      settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
      keystore: platformKeystore({ VIGIE_KEYSTORE_HOME: join(dataDir, 'home') }, 'linux'),
      notifier: { notify: () => undefined },
      folderWatcher: nodeFolderWatcher,
      ...(options.alarm ? { alarm: options.alarm } : {}),
    },
    {
      dataDir,
      appInfo: { version: 'bench', platform: process.platform, runtime: 'cli' },
      ...(options.inspectionWorker ? { inspectionWorker: options.inspectionWorker } : {}),
    },
  );
