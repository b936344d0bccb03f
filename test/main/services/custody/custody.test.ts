import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { readFile as readObjects } from '../../../../src/main/pki/reader/index.js';
import { noSaveTarget } from '../../../../src/main/ports/save-target.js';
import { createCustodyService } from '../../../../src/main/services/custody/index.js';
import { coreWithOrder, fixtureHierarchy, issueForCsr, pem } from '../retrieve/retrieve-fixture.js';

const ctx = { origin: 'vigie://app' };
const EXPORT_PASSWORD = 'export password 123';

/** An order of ours, issued (fixture CA) and kept through retrieve.confirm. */
const issuedOrder = async () => {
  const made = await coreWithOrder();
  const { root, inter } = await fixtureHierarchy();
  const leaf = await issueForCsr(made.csrPem, inter);
  const bytes = new Uint8Array(Buffer.from(pem(leaf.der) + pem(inter.der) + pem(root.der)));
  const seen = await made.core.services.retrieve.analyze({ bytes });
  const sha = (seen.ok && seen.value.certificates[0]?.sha256) || '';
  // A fixture CA is not the IGC-Santé: keeping its certificate needs the explicit consent.
  const kept = await made.core.services.retrieve.confirm({
    bytes,
    certificateSha256: sha,
    acceptLookAlike: true,
  });
  if (!kept.ok) throw new Error(kept.error.message);
  return { ...made, leaf, order: kept.value };
};

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe('custody: exports written by main from the vault key', () => {
  it.each(['modern', 'compatible'] as const)(
    'exportPkcs12 (%s): a 0600 file under the chosen path that our reader and OpenSSL open',
    async (profile) => {
      const { core, order, leaf, dataDir } = await issuedOrder();
      const out = await core.handlers.custody.exportPkcs12(
        { orderId: order.id, password: EXPORT_PASSWORD, profile },
        ctx,
      );
      if (!out.ok) throw new Error(out.error.message);
      const path = out.value.path;
      expect(dirname(path)).toBe(join(dataDir, 'exports'));
      expect(basename(path)).toMatch(/^ORG_AUTH_CLI-INSI-AUTO-TEST\.p12$/);
      expect(await modeOf(path)).toBe(0o600);
      const bytes = new Uint8Array(await readFile(path));
      const read = await readObjects(bytes, { password: EXPORT_PASSWORD });
      if (!read.ok) throw new Error(read.error.message);
      const key = read.value.objects.find((o) => o.type === 'private-key');
      const cert = read.value.objects.find((o) => o.type === 'certificate');
      expect(key?.type === 'private-key' && key.key.spkiSha256).toBe(order.spkiSha256);
      expect(cert?.type === 'certificate' && Buffer.from(cert.der).equals(Buffer.from(leaf.der))).toBe(true);
      const info = execFileSync(
        'openssl',
        ['pkcs12', '-in', path, '-passin', `pass:${EXPORT_PASSWORD}`, '-nodes', '-info'],
        { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] },
      );
      expect(info).toContain('BEGIN PRIVATE KEY');
      // A second export never replaces the first (the dev/test target picks a fresh name).
      const second = await core.services.custody.exportPkcs12({
        orderId: order.id,
        password: EXPORT_PASSWORD,
        profile,
      });
      expect(second.ok && second.value.path).not.toBe(path);
    },
  );

  it('exportPemBundle: encrypted key 0600, certificates 0644, in a fresh folder', async () => {
    const { core, order } = await issuedOrder();
    const out = await core.handlers.custody.exportPemBundle(
      { orderId: order.id, keyPassphrase: 'server key passphrase' },
      ctx,
    );
    if (!out.ok) throw new Error(out.error.message);
    const names = out.value.files.map((f) => basename(f)).sort();
    expect(names).toEqual(expect.arrayContaining(['cert.pem', 'privkey.pem']));
    for (const file of out.value.files) {
      expect(dirname(file)).toBe(out.value.folder);
      expect(await modeOf(file)).toBe(basename(file) === 'privkey.pem' ? 0o600 : 0o644);
    }
    const keyText = await readFile(join(out.value.folder, 'privkey.pem'), 'utf8');
    expect(keyText).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    // The window's server excerpts come from here, with the written files' paths.
    expect(out.value.snippets.nginx).toContain(
      `ssl_certificate_key     ${join(out.value.folder, 'privkey.pem')};`,
    );
    expect(out.value.snippets.nginx).toContain(
      `ssl_password_file       ${join(out.value.folder, 'privkey.pass')};`,
    );
    expect(out.value.snippets.apache).toContain(
      `SSLCertificateFile     ${join(out.value.folder, 'fullchain.pem')}`,
    );
  });

  it('refuses what cannot be exported: no certificate yet, locked vault, no save dialog, user cancels', async () => {
    const { core, order } = await coreWithOrder();
    expect(
      await core.services.custody.exportPkcs12({ orderId: order.id, password: 'x', profile: 'modern' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-transition' },
    });
    const issued = await issuedOrder();
    await issued.core.services.vault.lock();
    expect(
      await issued.core.services.custody.exportPkcs12({
        orderId: issued.order.id,
        password: EXPORT_PASSWORD,
        profile: 'modern',
      }),
    ).toMatchObject({ ok: false, error: { code: 'vault-locked' } });

    const base = {
      orders: issued.core.services.orders,
      keys: issued.core.services.vault,
      trust: issued.core.services.trust,
      secrets: { name: 'none', available: async () => false } as never,
      fs: nodeFileSystem,
      clock: { now: () => new Date() },
    };
    const none = createCustodyService({ ...base, target: noSaveTarget });
    expect(await none.exportPemBundle({ orderId: issued.order.id, keyPassphrase: null })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    const cancelled = createCustodyService({
      ...base,
      target: {
        chooseFile: async () => ({ kind: 'cancelled' }),
        chooseFolder: async () => ({ kind: 'cancelled' }),
      },
    });
    expect(
      await cancelled.exportPkcs12({
        orderId: issued.order.id,
        password: EXPORT_PASSWORD,
        profile: 'modern',
      }),
    ).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });
});
