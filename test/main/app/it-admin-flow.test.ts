import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { composeCore } from '../../../src/main/app/compose.js';
import { confDocumentStore } from '../../../src/main/adapters/conf-document-store.js';
import { folderSaveTarget } from '../../../src/main/adapters/folder-save-target.js';
import { createNapiKeyringSecretStore } from '../../../src/main/adapters/napi-keyring-secret-store.js';
import { nodeFileSystem } from '../../../src/main/adapters/node-file-system.js';
import { createNodeTlsProbe } from '../../../src/main/adapters/tls/node-tls-probe.js';
import { platformKeystore } from '../../../src/main/app/keystore.js';
import type { Alarm } from '../../../src/main/ports/alarm.js';
import type { DesktopNotification } from '../../../src/main/ports/notifier.js';
import { DAY_MS } from '../../../src/shared/inventory/deadlines.js';
import { fixturePki, pemOf, startTlsServer, type Running } from '../../helpers/tls-servers.js';
import { tempDir } from '../../helpers/temp-dir.js';

const ctx = { origin: 'vigie://app' };
const servers: Running[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/**
 * The "done" for IT staff, on the real composition root: a folder and three
 * endpoints in, the soonest first out, one notification per threshold crossed (recorded),
 * nothing repeated when the clock moves on to the next one.
 */
describe('an IT admin watches a folder and three endpoints', () => {
  it('lists the soonest first and is notified once per threshold crossed', async () => {
    const dataDir = tempDir('vigie-it-admin-');
    const home = join(dataDir, 'home');
    mkdirSync(home);
    let now = Date.now();
    let armed: { at: Date; fire: () => void } | null = null;
    const alarm: Alarm = {
      arm: (at, fire) => void (armed = { at, fire }),
      cancel: () => void (armed = null),
    };
    const shown: DesktopNotification[] = [];
    const pki = await fixturePki('IT admin');
    const clock = { now: () => new Date(now) };

    // Three servers: 20, 45 and 200 days left; a folder with a certificate that has 100.
    const leaf = (days: number) =>
      pki.leaf(['localhost'], { notBefore: new Date(now - DAY_MS), notAfter: new Date(now + days * DAY_MS) });
    const [in20, in45, in200, in100] = await Promise.all([leaf(20), leaf(45), leaf(200), leaf(100)]);
    for (const cert of [in20, in45, in200]) {
      const running = await startTlsServer(await pki.serve(cert!, pki.intermediate));
      servers.push(running);
    }
    const folder = join(dataDir, 'certs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'serveur.pem'), pemOf(in100!.der));

    const core = composeCore(
      {
        fs: nodeFileSystem,
        clock,
        opener: { open: async () => undefined },
        events: { emit: () => undefined },
        secrets: createNapiKeyringSecretStore({ service: `vigie-test-${randomUUID()}` }),
        orderDocuments: confDocumentStore(dataDir, 'orders'),
        settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
        saveTarget: folderSaveTarget(join(dataDir, 'exports')),
        keystore: platformKeystore({ VIGIE_KEYSTORE_HOME: home }, 'linux'),
        notifier: { notify: (n) => void shown.push(n) },
        alarm,
        tlsProbe: createNodeTlsProbe({ network: 'loopback' }),
        webRoots: () => [pki.root.der],
      },
      { dataDir, appInfo: { version: 'test', platform: 'linux', runtime: 'cli' } },
    );
    await core.start();
    try {
      const h = core.handlers.inventory;
      expect((await h.addFolder({ path: folder }, ctx)).ok).toBe(true);
      for (const r of servers) {
        const added = await h.addEndpoint({ spec: `127.0.0.1:${r.port}` }, ctx);
        expect(added.ok && added.value.problems).toEqual(['hostname-mismatch']); // names localhost, probed by IP
      }
      const list = await h.list({}, ctx);
      if (!list.ok) throw new Error(list.error.message);
      // The three servers' certificates, the folder's, and the intermediate they all serve.
      expect(list.value.entries.map((e) => e.status)).toEqual([
        'renew-now',
        'renew-soon',
        'valid',
        'valid',
        'valid',
      ]);
      expect(list.value.entries[0]?.locations).toEqual([
        { source: 'endpoint', locator: `127.0.0.1:${servers[0]!.port}` },
      ]);
      expect(list.value.endpoints).toHaveLength(3);

      // The watcher checked after each change: 90, 60 and 30 days crossed for the first
      // server, 90 and 60 for the second; the 100- and 200-day ones are not due yet.
      await new Promise((r) => setTimeout(r, 50));
      const notified = new Set(shown.flatMap((n) => n.certificates));
      expect([...notified].sort()).toEqual(
        [list.value.entries[0]?.sha256, list.value.entries[1]?.sha256].sort(),
      );
      const before = shown.length;
      expect(armed).not.toBeNull();

      // Time passes to the next crossing (14 days before the first server's end): one more notice.
      now = (armed as unknown as { at: Date }).at.getTime();
      (armed as unknown as { fire: () => void }).fire();
      expect(shown.length).toBe(before + 1);
      expect(shown.at(-1)?.certificates).toEqual([list.value.entries[0]?.sha256]);
      // Checking again at the same instant repeats nothing.
      core.services.watcher.refresh();
      expect(shown.length).toBe(before + 1);

      // An endpoint removed: what it served is no longer listed.
      expect((await h.removeEndpoint({ locator: `127.0.0.1:${servers[2]!.port}` }, ctx)).ok).toBe(true);
      const after = await h.list({}, ctx);
      expect(after.ok && after.value.entries).toHaveLength(4);
    } finally {
      await core.stop();
    }
  });
});
