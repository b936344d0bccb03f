import { join } from 'node:path';
import { makeCore } from '../../../helpers/core.js';
import { IGC } from '../../../helpers/vectors.js';
import { certutil, makeHome } from '../install/install-fixture.js';
import {
  fixtureHierarchy,
  holder,
  issueForCsr,
  PASSPHRASE,
  pem,
  TEST_OU,
  usage,
} from '../retrieve/retrieve-fixture.js';
import * as x509 from '@peculiar/x509';
import { issue, type FixtureCert } from '../../../helpers/fixture-ca.js';

const ctx = { origin: 'vigie://app' };

/** The whole app core on real parts, its browser stores in a temp HOME. */
const setUp = async () => {
  const layout = makeHome();
  const before = process.env['VIGIE_KEYSTORE_HOME'];
  process.env['VIGIE_KEYSTORE_HOME'] = layout.home;
  try {
    const made = await makeCore({
      trustDirs: [
        { path: join(IGC, 'test'), source: 'test-vectors' },
        { path: join(IGC, 'prod'), source: 'test-vectors' },
      ],
    });
    return { ...made, layout };
  } finally {
    if (before === undefined) delete process.env['VIGIE_KEYSTORE_HOME'];
    else process.env['VIGIE_KEYSTORE_HOME'] = before;
  }
};

type Core = Awaited<ReturnType<typeof setUp>>['core'];

/** Key and CSR for the order, the fixture CA issues, Vigie retrieves and installs in Chromium. */
const issueAndInstall = async (core: Core, orderId: string, inter: FixtureCert, root: FixtureCert) => {
  const h = core.handlers;
  const generated = await h.orders.generateKey({ orderId }, ctx);
  if (!generated.ok || !generated.value.csrPem) throw new Error('no CSR');
  const leaf = await issueForCsr(generated.value.csrPem, inter);
  const data = Buffer.from(pem(leaf.der) + pem(inter.der) + pem(root.der)).toString('base64');
  const seen = await h.retrieve.analyze({ fileName: 'issued.pem', data }, ctx);
  const sha = (seen.ok && seen.value.certificates.find((c) => !c.isCa)?.sha256) || '';
  expect(seen.ok && seen.value.certificates.find((c) => !c.isCa)?.matchedOrderId).toBe(orderId);
  const kept = await h.retrieve.confirm(
    { fileName: 'issued.pem', data, certificateSha256: sha, acceptLookAlike: true },
    ctx,
  );
  if (!kept.ok) throw new Error(kept.error.message);
  const { targets } = await h.install.targets({}, ctx);
  const chromium = targets.find((t) => t.location.endsWith('nssdb'));
  if (!chromium) throw new Error('no Chromium store');
  const installed = await h.install.run({ orderId, targetIds: [chromium.id], acceptLookAlike: true }, ctx);
  if (!installed.ok) throw new Error(installed.error.message);
  expect(installed.value.results.every((r) => r.ok)).toBe(true);
  return { sha, leaf, chromium };
};

describe('renewal, end to end against a fixture CA', () => {
  it('renews a valid certificate: lineage, new key, installed where the old one was, old one retired', async () => {
    const { core, layout } = await setUp();
    const h = core.handlers;
    try {
      expect((await h.vault.setup({ mode: 'passphrase', passphrase: PASSPHRASE }, ctx)).ok).toBe(true);
      const { root, inter } = await fixtureHierarchy(TEST_OU, 'FIXTURE ');
      const first = await h.orders.create(
        { product: 'ORG_AUTH_CLI', environment: 'test', holder, projects: ['INSI'], keyBits: 2048 },
        ctx,
      );
      if (!first.ok) throw new Error(first.error.message);
      const old = await issueAndInstall(core, first.value.id, inter, root);
      await h.inventory.refresh({}, ctx);
      const listed = await h.inventory.list({}, ctx);
      const oldEntry = listed.ok ? listed.value.entries.find((e) => e.sha256 === old.sha) : undefined;
      expect(oldEntry?.locations.map((l) => l.source).sort()).toEqual(['nss', 'order']);
      expect(oldEntry?.orderId).toBe(first.value.id);

      // Renew: same product and subject, linked to the old certificate.
      const renewal = await h.orders.renew({ sha256: old.sha }, ctx);
      if (!renewal.ok) throw new Error(renewal.error.message);
      expect(renewal.value).toMatchObject({
        state: 'draft',
        product: 'ORG_AUTH_CLI',
        environment: 'test',
        renews: old.sha,
        holder: { kind: 'structure', legalName: holder.legalName, structureId: holder.structureId },
      });

      // Retiring before the new one is installed is refused: the old one keeps the user working.
      const early = await h.orders.retireRenewed({ orderId: renewal.value.id }, ctx);
      expect(early.ok ? null : early.error.code).toBe('invalid-transition');

      const renewed = await issueAndInstall(core, renewal.value.id, inter, root);
      expect(renewed.sha).not.toBe(old.sha);
      expect(renewed.leaf.cert.subject).toBe(old.leaf.cert.subject);
      const spki = (leaf: FixtureCert) => Buffer.from(leaf.cert.publicKey.rawData).toString('hex');
      expect(spki(renewed.leaf)).not.toBe(spki(old.leaf));

      const retired = await h.orders.retireRenewed({ orderId: renewal.value.id }, ctx);
      expect(retired).toEqual({ ok: true, value: { removedFrom: [old.chromium.label], failed: [] } });
      // certutil's own view: the new certificate is there, the old one is not.
      const dump = (sha: string) => certutil(layout.chromium, '-L', '-a', '-n', '') + sha; // the listing below is what counts
      void dump;
      const nicknames = certutil(layout.chromium, '-L');
      expect(nicknames.split('\n').filter((l) => /u,u,u/.test(l))).toHaveLength(1);

      // The inventory follows: the new one is listed where the old was; the old one is gone.
      const after = await h.inventory.list({}, ctx);
      if (!after.ok) throw new Error(after.error.message);
      const shas = after.value.entries.map((e) => e.sha256);
      expect(shas).toContain(renewed.sha);
      expect(shas).not.toContain(old.sha);
      expect(
        after.value.entries
          .find((e) => e.sha256 === renewed.sha)
          ?.locations.map((l) => l.source)
          .sort(),
      ).toEqual(['nss', 'order']);
    } finally {
      await core.stop();
    }
  });

  it('after expiry, says it is a new order, and starts one prefilled with no lineage', async () => {
    const { core } = await setUp();
    const h = core.handlers;
    try {
      expect((await h.vault.setup({ mode: 'passphrase', passphrase: PASSPHRASE }, ctx)).ok).toBe(true);
      const { root, inter } = await fixtureHierarchy(TEST_OU, 'FIXTURE ');
      // A certificate of the same shape as the platform's (the subject of a real CSR), expired.
      const draft = await h.orders.create(
        { product: 'ORG_AUTH_CLI', environment: 'test', holder, projects: ['INSI'], keyBits: 2048 },
        ctx,
      );
      const keyed = draft.ok ? await h.orders.generateKey({ orderId: draft.value.id }, ctx) : draft;
      if (!keyed.ok || !keyed.value.csrPem) throw new Error('no CSR');
      const csr = new x509.Pkcs10CertificateRequest(keyed.value.csrPem);
      const expiredLeaf = await issue({
        name: 'expired',
        issuer: inter,
        subjectDer: new Uint8Array(csr.subjectName.toArrayBuffer()),
        notBefore: new Date(Date.now() - 400 * 86_400_000),
        notAfter: new Date(Date.now() - 86_400_000),
        extensions: usage.auth(),
      });
      const data = new TextEncoder().encode(pem(expiredLeaf.der) + pem(inter.der) + pem(root.der));
      const added = await core.services.inventory.addFile('ancien.pem', data);
      if (!added.ok) throw new Error(added.error.message);
      const sha = added.value.added[0] as string;

      const refused = await h.orders.renew({ sha256: sha }, ctx);
      expect(refused.ok ? null : refused.error.code).toBe('expired');
      const fresh = await h.orders.renew({ sha256: sha, asNewOrder: true }, ctx);
      if (!fresh.ok) throw new Error(fresh.error.message);
      expect(fresh.value).toMatchObject({ state: 'draft', renews: null, environment: 'test' });

      // A CA, or a certificate that is not IGC-Santé, is not renewable.
      const ca = await core.services.inventory.addFile('ca.pem', new TextEncoder().encode(pem(inter.der)));
      const caSha = ca.ok ? (ca.value.added[0] as string) : '';
      const notRenewable = await h.orders.renew({ sha256: caSha }, ctx);
      expect(notRenewable.ok ? null : notRenewable.error.code).toBe('not-renewable');
    } finally {
      await core.stop();
    }
  });
});
