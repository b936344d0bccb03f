import { spawnSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { composeCore } from '../../../src/main/app/compose.js';
import { confDocumentStore } from '../../../src/main/adapters/conf-document-store.js';
import { nodeFileSystem } from '../../../src/main/adapters/node-file-system.js';
import { pidAlive } from '../../../src/main/adapters/private-temp.js';
import { systemClock } from '../../../src/main/adapters/system-clock.js';
import type { OsKeystore } from '../../../src/main/ports/os-keystore.js';
import type { EventName } from '../../../src/shared/ipc/types.js';
import { err, ok } from '../../../src/shared/result.js';
import { noKeychain } from '../services/vault/helpers/vault-fixture.js';

export const modeOf = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;

/** The pid of a process that has ended (what a killed Vigie leaves in its temp names). */
export const deadPid = (): number => {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  const pid = Number(child.stdout);
  if (!Number.isSafeInteger(pid) || pidAlive(pid)) throw new Error(`no dead pid (${child.stdout})`);
  return pid;
};

/** A store that has nothing and is never written: start() must not need the real browsers. */
const noKeystore: OsKeystore = {
  id: 'none',
  listTargets: async () => [],
  list: async () => ok([]),
  installPkcs12: async () => err({ code: 'failed', message: 'not in this test' }),
  verifyInstalled: async () => ok({ present: false, hasPrivateKey: false }),
  remove: async () => err({ code: 'not-found', message: 'not in this test' }),
};

/** The real core on `dataDir` (conf documents, SQLite inventory, vault), events recorded. */
export const composeOn = (dataDir: string) => {
  const events: { name: EventName; payload: unknown }[] = [];
  const core = composeCore(
    {
      fs: nodeFileSystem,
      clock: systemClock,
      opener: { open: async () => undefined },
      events: { emit: (name, payload) => void events.push({ name, payload }) },
      secrets: noKeychain,
      orderDocuments: confDocumentStore(dataDir, 'orders'),
      settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
      tokenDocuments: confDocumentStore(dataDir, 'token-settings'),
      keystore: noKeystore,
    },
    {
      dataDir,
      trustDirs: [],
      appInfo: { version: 'test', platform: process.platform, runtime: 'cli' },
    },
  );
  return { core, events };
};
