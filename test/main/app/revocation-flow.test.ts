import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeCore } from '../../../src/main/app/compose.js';
import { confDocumentStore } from '../../../src/main/adapters/conf-document-store.js';
import { loopbackOnly } from '../../../src/main/adapters/loopback-only-fetcher.js';
import { createNapiKeyringSecretStore } from '../../../src/main/adapters/napi-keyring-secret-store.js';
import { createNodeHttpFetcher } from '../../../src/main/adapters/node-http-fetcher.js';
import { nodeFileSystem } from '../../../src/main/adapters/node-file-system.js';
import type { DesktopNotification } from '../../../src/main/ports/notifier.js';
import { CrlReason, startFixturePki, type FixturePki } from '../../helpers/fixture-pki-server.js';
import { beforeRemoval, tempDir } from '../../helpers/temp-dir.js';

const ctx = { origin: 'vigie://app' };
const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;

let pki: FixturePki;
beforeAll(async () => {
  pki = await startFixturePki({ now: () => new Date() });
});
afterAll(async () => pki.close());

/**
 * "Révoqué" in "Mes certificats", on the real composition root: a watched folder holds a CA
 * and its leaves; "Vérifier maintenant" reads the CA's CRL (served on 127.0.0.1), lists the
 * revoked leaf as revoked, says it in one notification, and not again at the next check.
 */
describe('a certificate revoked by its CA', () => {
  it('is listed as revoked after a check, with its revocation in the drawer, and notified once', async () => {
    const dataDir = tempDir('vigie-revocation-flow-');
    const folder = join(dataDir, 'certs');
    mkdirSync(folder);
    const [revoked, kept] = [await pki.issueLeaf({ name: 'revoque.example' }), await pki.issueLeaf()];
    pki.revoke(revoked, { reason: CrlReason.keyCompromise });
    writeFileSync(join(folder, 'ca.pem'), pem(pki.ca.der));
    writeFileSync(join(folder, 'revoque.pem'), pem(revoked.der));
    writeFileSync(join(folder, 'garde.pem'), pem(kept.der));

    const shown: DesktopNotification[] = [];
    const core = composeCore(
      {
        fs: nodeFileSystem,
        clock: { now: () => new Date() },
        opener: { open: async () => undefined },
        events: { emit: () => undefined },
        secrets: createNapiKeyringSecretStore({ service: `vigie-test-${randomUUID()}` }),
        orderDocuments: confDocumentStore(dataDir, 'orders'),
        settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
        notifier: { notify: (n) => void shown.push(n) },
        http: loopbackOnly(createNodeHttpFetcher()),
      },
      { dataDir, appInfo: { version: 'test', platform: 'linux', runtime: 'cli' } },
    );
    await core.start();
    beforeRemoval(() => core.stop());
    const h = core.handlers.inventory;
    expect((await h.addFolder({ path: folder }, ctx)).ok).toBe(true);
    expect((await h.refresh({}, ctx)).ok).toBe(true);

    const list = await h.list({}, ctx);
    if (!list.ok) throw new Error('no list');
    const entry = list.value.entries.find(
      (e) => e.serialNumber.replace(/^0+/, '') === revoked.cert.serialNumber.toUpperCase().replace(/^0+/, ''),
    );
    expect(entry?.status).toBe('revoked');
    expect(list.value.entries.filter((e) => e.status === 'revoked')).toHaveLength(1);

    const detail = await h.detail({ sha256: entry!.sha256 }, ctx);
    expect(detail.ok && detail.value.revocation).toMatchObject({
      status: 'revoked',
      reason: 'keyCompromise',
    });

    const revokedNotices = shown.filter((n) => n.title === 'Certificat révoqué');
    expect(revokedNotices).toHaveLength(1);
    expect(revokedNotices[0]?.certificates).toEqual([entry!.sha256]);

    // The next check finds the same: nothing new to say.
    expect((await h.refresh({}, ctx)).ok).toBe(true);
    expect(shown.filter((n) => n.title === 'Certificat révoqué')).toHaveLength(1);
  });
});
