import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeCore } from '../../../src/main/app/compose.js';
import { confDocumentStore } from '../../../src/main/adapters/conf-document-store.js';
import { createNapiKeyringSecretStore } from '../../../src/main/adapters/napi-keyring-secret-store.js';
import { nodeFileSystem } from '../../../src/main/adapters/node-file-system.js';
import type { Alarm } from '../../../src/main/ports/alarm.js';
import { makeCertificates } from '../../helpers/chain-certificates.js';
import { beforeRemoval, tempDir } from '../../helpers/temp-dir.js';

const ctx = { origin: 'vigie://app' };
const HOUR = 3_600_000;
const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;

/**
 * A change an OS watch missed (no watcher here at all, as on some network shares) is found
 * by the periodic reconcile, which rides the expiry watcher's one alarm.
 */
describe('the periodic reconcile of the sources', () => {
  it('finds a file added behind the watch once its time comes, on the one armed alarm', async () => {
    const dataDir = tempDir('vigie-reconcile-');
    const folder = join(dataDir, 'certs');
    mkdirSync(folder);
    const [first, second] = makeCertificates(2, 1).leaves as [Uint8Array, Uint8Array];
    writeFileSync(join(folder, 'a.pem'), pem(first));
    let now = Date.now();
    const armed: { at: Date; fire: () => void }[] = [];
    const alarm: Alarm = {
      arm: (at, fire) => void armed.splice(0, armed.length, { at, fire }),
      cancel: () => void armed.splice(0),
    };
    const core = composeCore(
      {
        fs: nodeFileSystem,
        clock: { now: () => new Date(now) },
        opener: { open: async () => undefined },
        events: { emit: () => undefined },
        secrets: createNapiKeyringSecretStore({ service: `vigie-test-${randomUUID()}` }),
        orderDocuments: confDocumentStore(dataDir, 'orders'),
        settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
        alarm,
      },
      {
        dataDir,
        reconcileEveryMs: 6 * HOUR,
        appInfo: { version: 'test', platform: 'linux', runtime: 'cli' },
      },
    );
    await core.start();
    beforeRemoval(() => core.stop());
    const h = core.handlers.inventory;
    expect((await h.addFolder({ path: folder }, ctx)).ok).toBe(true);
    const count = async () => {
      const list = await h.list({}, ctx);
      return list.ok ? list.value.entries.length : -1;
    };
    expect(await count()).toBe(1);

    // A file added behind Vigie's back; the one alarm is armed for the reconcile (the
    // certificates' first threshold is months away).
    writeFileSync(join(folder, 'b.pem'), pem(second));
    expect(armed).toHaveLength(1);
    expect(armed[0]!.at.getTime() - now).toBeLessThanOrEqual(6 * HOUR);

    // Too early: the alarm firing for another reason does not reconcile.
    now += HOUR;
    armed[0]!.fire();
    await new Promise((r) => setTimeout(r, 300));
    expect(await count()).toBe(1);

    now += 5 * HOUR;
    armed[0]!.fire();
    await expect.poll(count, { timeout: 5000 }).toBe(2);
    // Re-armed for the next one, still one alarm.
    expect(armed).toHaveLength(1);
    expect(armed[0]!.at.getTime()).toBeGreaterThan(now);
  });
});
