import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { readFile as readObjects } from '../../../../src/main/pki/reader/index.js';
import { certutil, installedSetup } from './install-fixture.js';

const BACKUP_PASSWORD = 'backup password 123';

/** The trust flags certutil -L prints for a nickname (the attribute column). */
const trustOf = (listing: string, nickname: string): string | undefined =>
  listing
    .split('\n')
    .find((line) => line.startsWith(nickname))
    ?.slice(nickname.length)
    .trim();

describe('install: certificate and vault key into real NSS databases, read back', () => {
  it('installs into Chromium and Firefox, with the TEST CAs only, and reads each database back', async () => {
    const { install, order, layout } = await installedSetup();
    const targets = await install.targets();
    expect(targets.map((t) => [t.label, t.location])).toEqual([
      ['Chromium / Chrome (~/.pki/nssdb)', layout.chromium],
      ['Firefox — profil default-release', layout.firefox],
    ]);

    const before = await install.keyLocations({ orderId: order.id });
    expect(before).toEqual({ ok: true, value: { vault: true, stores: [], unreadable: [] } });

    // The fixture CA is not the IGC-Santé: without the user's consent nothing is installed.
    const refused = await install.install({ orderId: order.id, targetIds: targets.map((t) => t.id) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'look-alike-unconfirmed' } });
    const done = await install.install({
      orderId: order.id,
      targetIds: targets.map((t) => t.id),
      acceptLookAlike: true,
    });
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.results).toEqual(
      targets.map((t) => ({
        targetId: t.id,
        label: t.label,
        ok: true,
        certificatePresent: true,
        keyPresent: true,
        trust: 'verified',
        warnings: ['non-exportable-unsupported'],
      })),
    );
    expect(done.value.order.state).toBe('installed');
    expect(done.value.order.history.at(-1)?.note).toContain('Installed and read back in');

    for (const db of [layout.chromium, layout.firefox]) {
      const certs = certutil(db, '-L');
      // Our certificate with its key ("u,u,u"), the TEST root trusted for TLS and S/MIME only,
      // the TEST intermediates without trust, and no production CA at all.
      expect(certs).toMatch(/ORG_AUTH_CLI INSI-AUTO \(TEST\)\s+u,u,u/);
      expect(trustOf(certs, 'TEST AC RACINE IGC-SANTE ELEMENTAIRE')).toBe('C,C,');
      expect(trustOf(certs, 'TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS')).toBe(',,');
      expect(certs).not.toMatch(/^AC RACINE IGC-SANTE/m);
      expect(certs).not.toMatch(/^AC IGC-SANTE/m);
      expect(certutil(db, '-K')).toMatch(/ORG_AUTH_CLI INSI-AUTO \(TEST\)/);
    }

    const after = await install.keyLocations({ orderId: order.id });
    expect(after).toEqual({
      ok: true,
      value: {
        vault: true,
        stores: targets.map((t) => ({ targetId: t.id, label: t.label, certificate: true, key: true })),
        unreadable: [],
      },
    });
  });

  it('refuses what cannot be installed: no store chosen, no certificate yet', async () => {
    const { install, order, core } = await installedSetup();
    expect(await install.install({ orderId: order.id, targetIds: [] })).toMatchObject({
      ok: false,
      error: { code: 'no-target' },
    });
    const fresh = await core.services.orders.create({
      product: order.product,
      environment: order.environment,
      holder: order.holder,
      projects: [],
      keyBits: 2048,
    });
    if (!fresh.ok) throw new Error(fresh.error.message);
    expect(await install.install({ orderId: fresh.value.id, targetIds: ['x'] })).toMatchObject({
      ok: false,
      error: { code: 'not-issued' },
    });
    // An unknown store is a per-store failure, not a global one; the order stays issued.
    const unknown = await install.install({
      orderId: order.id,
      targetIds: ['nss:/nowhere'],
      acceptLookAlike: true,
    });
    expect(unknown.ok && unknown.value.results[0]).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(unknown.ok && unknown.value.order.state).toBe('issued');
  });

  it('destroys the vault copy only after a verified install; the backup opens with our reader and OpenSSL', async () => {
    const { install, order, core, layout } = await installedSetup();
    const backup = { password: BACKUP_PASSWORD, profile: 'modern' as const };
    expect(await install.destroyVaultKey({ orderId: order.id, backup: null })).toMatchObject({
      ok: false,
      error: { code: 'not-installed' },
    });

    const [chromium] = await install.targets();
    const done = await install.install({
      orderId: order.id,
      targetIds: [chromium!.id],
      acceptLookAlike: true,
    });
    expect(done.ok && done.value.order.state).toBe('installed');

    const destroyed = await install.destroyVaultKey({ orderId: order.id, backup });
    if (!destroyed.ok) throw new Error(destroyed.error.message);
    const path = destroyed.value.backupPath ?? '';
    expect(destroyed.value.order.keyRef).toBeNull();
    const notes = destroyed.value.order.history.map((h) => h.note ?? '');
    expect(notes.at(-2)).toContain('backup (modern) written and read back');
    expect(notes.at(-1)).toContain('Vault copy of the private key destroyed');
    expect(notes.at(-1)).toContain('Chromium');

    const keys = await core.services.vault.list();
    expect(keys.ok && keys.value.map((k) => k.keyId)).not.toContain(order.keyRef?.keyId);
    const where = await install.keyLocations({ orderId: order.id });
    expect(where.ok && where.value.vault).toBe(false);
    expect(where.ok && where.value.stores.map((s) => s.key)).toEqual([true]);
    expect(certutil(layout.chromium, '-K')).toMatch(/ORG_AUTH_CLI INSI-AUTO/);

    const read = await readObjects(new Uint8Array(await readFile(path)), { password: BACKUP_PASSWORD });
    if (!read.ok) throw new Error(read.error.message);
    const key = read.value.objects.find((o) => o.type === 'private-key');
    expect(key?.type === 'private-key' && key.key.spkiSha256).toBe(order.spkiSha256);
    const info = execFileSync(
      'openssl',
      ['pkcs12', '-in', path, '-passin', `pass:${BACKUP_PASSWORD}`, '-nodes'],
      {
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    expect(info).toContain('BEGIN PRIVATE KEY');

    // Gone from the vault: a second destroy has nothing to destroy.
    expect(await install.destroyVaultKey({ orderId: order.id, backup: null })).toMatchObject({
      ok: false,
      error: { code: 'no-vault-key' },
    });
  });

  it('refuses to destroy when no store reads the key back any more', async () => {
    const { install, order, keystore } = await installedSetup();
    const [chromium] = await install.targets();
    await install.install({ orderId: order.id, targetIds: [chromium!.id], acceptLookAlike: true });
    const removed = await keystore.remove(chromium!.id, order.certificate!.sha256);
    expect(removed.ok).toBe(true);
    expect(await install.destroyVaultKey({ orderId: order.id, backup: null })).toMatchObject({
      ok: false,
      error: { code: 'not-installed' },
    });
  });
});
