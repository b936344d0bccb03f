import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeCsr } from '../../../../src/main/pki/describe/index.js';
import { productsForProjects } from '../../../../src/shared/catalogue/index.js';
import type { StructureHolder } from '../../../../src/shared/model/order.js';
import { makeCore } from '../../../helpers/core.js';
import { csrSubject, opensslVerifiesCsr } from '../../../helpers/openssl.js';

const PASSPHRASE = 'correct horse battery staple';
const holder = (commonName: string): StructureHolder => ({
  kind: 'structure',
  legalName: 'CENTRE DE SANTE RPPS22163',
  structureIdType: 'FINESS',
  structureId: '0B0221636',
  departement: '69',
  commonName,
  dnsNames: [],
});

const pemToDer = (pem: string) =>
  new Uint8Array(Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64'));

describe('ordering: DMP for a FINESS structure, end to end on the real vault', () => {
  it('plans ORG_AUTH_CLI + ORG_SIGN, generates both keys, and exports CSRs OpenSSL verifies', async () => {
    const { core, dataDir, events } = await makeCore();
    const { orders, vault } = core.services;
    expect((await vault.setup({ mode: 'passphrase', passphrase: PASSPHRASE })).ok).toBe(true);

    const plan = productsForProjects(['DMP']);
    const products = plan.lines.map((l) => l.product).sort();
    expect(products).toEqual(['ORG_AUTH_CLI', 'ORG_SIGN']);

    for (const product of products) {
      const created = await orders.create({
        product,
        environment: 'test',
        holder: holder(`LOGICIEL DMP ${product}`),
        projects: ['DMP'],
        keyBits: 2048,
      });
      if (!created.ok) throw new Error(JSON.stringify(created.error));
      expect(created.value.state).toBe('draft');

      const generated = await orders.generateKey(created.value.id);
      if (!generated.ok) throw new Error(JSON.stringify(generated.error));
      expect(generated.value.state).toBe('key-ready');
      expect(generated.value.keyRef?.store).toBe('vault');
      const stages = events
        .filter((e) => e.name === 'orders.progress')
        .map((e) => (e.payload as { stage: string }).stage);
      expect(stages).toEqual(
        expect.arrayContaining(['generating-key', 'encrypting', 'saving', 'building-csr', 'done']),
      );

      const exported = await orders.exportCsr(created.value.id);
      if (!exported.ok) throw new Error(JSON.stringify(exported.error));
      expect(exported.value.order.state).toBe('csr-exported');
      expect(exported.value.fileName).toMatch(/^[A-Za-z0-9._-]+\.pem$/);
      const pem = exported.value.pem;
      expect(opensslVerifiesCsr(pem)).toBe(true);
      expect(csrSubject(pem)).toBe(
        `CN=LOGICIEL DMP ${product},OU=10B0221636,O=CENTRE DE SANTE RPPS22163,ST=Rhône (69),C=FR`,
      );
      const described = await describeCsr(pemToDer(pem));
      expect(described.ok && described.value.spkiSha256).toBe(generated.value.spkiSha256);

      expect((await orders.markSubmitted(created.value.id)).ok).toBe(true);
      expect(await orders.generateKey(created.value.id)).toMatchObject({
        ok: false,
        error: { code: 'invalid-transition' },
      });
    }

    // Keys are only ever on disk encrypted.
    const vaultDir = join(dataDir, 'vault');
    for (const file of await readdir(vaultDir)) {
      const text = await readFile(join(vaultDir, file), 'latin1');
      expect(text).not.toMatch(/BEGIN (RSA )?PRIVATE KEY/);
    }
    const listed = await orders.list();
    expect(listed.ok && listed.value.map((o) => o.state)).toEqual(['submitted', 'submitted']);
  });

  it('explains what is wrong with the holder, field by field', async () => {
    const { core } = await makeCore();
    const bad = await core.services.orders.create({
      product: 'SERV_SSL',
      environment: 'production',
      holder: { ...holder('not a host name'), structureId: '0B0221637', legalName: '' },
      projects: [],
      keyBits: 2048,
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('invalid-holder');
    expect(bad.error.fields?.map((f) => f.field).sort()).toEqual(
      expect.arrayContaining(['commonName', 'legalName']),
    );
  });

  it('will not generate into a locked or missing vault', async () => {
    const { core } = await makeCore();
    const { orders, vault } = core.services;
    const created = await orders.create({
      product: 'ORG_AUTH_CLI',
      environment: 'test',
      holder: holder('INSI-AUTO'),
      projects: ['INSI'],
      keyBits: 2048,
    });
    if (!created.ok) throw new Error('create failed');
    expect(await orders.generateKey(created.value.id)).toMatchObject({
      ok: false,
      error: { code: 'vault-not-set-up' },
    });
    await vault.setup({ mode: 'passphrase', passphrase: PASSPHRASE });
    await vault.lock();
    expect(await orders.generateKey(created.value.id)).toMatchObject({
      ok: false,
      error: { code: 'vault-locked' },
    });
    expect((await vault.unlock(PASSPHRASE)).ok).toBe(true);
    const [a, b] = await Promise.all([
      orders.generateKey(created.value.id),
      orders.generateKey(created.value.id),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
  });

  it('INSi needs its own certificate named INSI-AUTO or INSI-MANU', async () => {
    const { core } = await makeCore();
    const wrong = await core.services.orders.create({
      product: 'ORG_AUTH_CLI',
      environment: 'test',
      holder: holder('MON LOGICIEL'),
      projects: ['INSI'],
      keyBits: 2048,
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-holder' } });
  });
});
