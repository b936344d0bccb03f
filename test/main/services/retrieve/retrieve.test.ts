import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createNapiKeyringSecretStore } from '../../../../src/main/adapters/napi-keyring-secret-store.js';
import { coreWithOrder, fixtureHierarchy, issueForCsr, pem } from './retrieve-fixture.js';

const ctx = { origin: 'vigie://app' };
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text));

describe('retrieve: a certificate issued for an order of ours (fixture CA, real vault)', () => {
  it('analyze matches it to the order by public key, with no mismatches; confirm files it as issued', async () => {
    const { core, order, csrPem } = await coreWithOrder();
    const { root, inter } = await fixtureHierarchy();
    const leaf = await issueForCsr(csrPem, inter);
    const file = bytesOf(pem(leaf.der) + pem(inter.der) + pem(root.der));

    const analysis = await core.services.retrieve.analyze({ bytes: file });
    if (!analysis.ok) throw new Error(analysis.error.message);
    expect(analysis.value.passwordRequired).toBe(false);
    expect(analysis.value.certificates).toHaveLength(3);
    const [cert, ...cas] = analysis.value.certificates;
    expect(cert).toMatchObject({
      matchedOrderId: order.id,
      mismatches: [],
      keyInFile: false,
      isCa: false,
      product: 'ORG_AUTH_CLI',
      environment: 'test',
      // The fixture root is not pinned: the path is built but ends at an unknown anchor.
      chain: { status: 'unknown-anchor' },
    });
    expect(cas.every((c) => c.isCa && c.matchedOrderId === null)).toBe(true);

    const sha = cert?.sha256 ?? '';
    const confirmed = await core.handlers.retrieve.confirm(
      {
        fileName: 'cert.pem',
        data: Buffer.from(file).toString('base64'),
        certificateSha256: sha,
        acceptLookAlike: true, // fixture CA, not the IGC-Santé
      },
      ctx,
    );
    if (!confirmed.ok) throw new Error(confirmed.error.message);
    expect(confirmed.value).toMatchObject({ id: order.id, state: 'issued', certificate: { sha256: sha } });
    expect(confirmed.value.history.at(-1)?.note).toMatch(/not verified to a pinned anchor/);
    // A second confirm is the same answer, not a second record.
    const again = await core.services.retrieve.confirm({ bytes: file, certificateSha256: sha });
    expect(again).toMatchObject({ ok: true, value: { id: order.id } });
    const listed = await core.services.orders.list();
    expect(listed.ok && listed.value.length).toBe(1);
  });

  it('reports a different product and key usage, and refuses a production certificate for a TEST order', async () => {
    const { core, order, csrPem } = await coreWithOrder();
    const { inter } = await fixtureHierarchy();
    const signing = await issueForCsr(csrPem, inter, 'sign');
    const analysis = await core.services.retrieve.analyze({ bytes: signing.der });
    if (!analysis.ok) throw new Error(analysis.error.message);
    expect(analysis.value.certificates[0]).toMatchObject({ matchedOrderId: order.id, product: 'ORG_SIGN' });
    expect(analysis.value.certificates[0]?.mismatches).toEqual(['product', 'key-usage']);

    const prod = await fixtureHierarchy('OU=0002 187512751, OU=IGC-SANTE', '');
    const production = await issueForCsr(csrPem, prod.inter);
    const seen = await core.services.retrieve.analyze({ bytes: production.der });
    expect(seen.ok && seen.value.certificates[0]?.mismatches).toEqual(['environment']);
    const refused = await core.services.retrieve.confirm({
      bytes: production.der,
      certificateSha256: (seen.ok && seen.value.certificates[0]?.sha256) || '',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'certificate-mismatch' } });
    const still = await core.services.orders.get(order.id);
    expect(still.ok && still.value.state).toBe('csr-exported');
  });

  it('keeps the revocation code in the real OS keychain, and revealSecret gives it back', async () => {
    if (!(await createNapiKeyringSecretStore({ service: 'vigie-probe' }).available())) {
      console.warn('skipped: no Secret Service answers (run under scripts/with-keyring.sh)');
      return;
    }
    const { core, order, csrPem, dataDir } = await coreWithOrder();
    const { inter } = await fixtureHierarchy();
    const leaf = await issueForCsr(csrPem, inter);
    const seen = await core.services.retrieve.analyze({ bytes: leaf.der });
    const sha = (seen.ok && seen.value.certificates[0]?.sha256) || '';
    const code = 'Révocation-42 secrète';
    const confirmed = await core.services.retrieve.confirm({
      bytes: leaf.der,
      certificateSha256: sha,
      revocationCode: code,
      acceptLookAlike: true, // fixture CA, not the IGC-Santé
    });
    expect(confirmed.ok).toBe(true);
    expect(
      await core.handlers.custody.revealSecret({ orderId: order.id, kind: 'revocation-code' }, ctx),
    ).toEqual({
      ok: true,
      value: { secret: code },
    });
    expect(
      await core.handlers.custody.revealSecret({ orderId: order.id, kind: 'pkcs12-password' }, ctx),
    ).toEqual({
      ok: true,
      value: { secret: null },
    });
    // Never in a file of ours.
    for (const name of await readdir(dataDir, { recursive: true })) {
      const text = await readFile(join(dataDir, name)).catch(() => Buffer.alloc(0));
      expect(text.includes(Buffer.from('Révocation-42'))).toBe(false);
    }
  });

  it('a certificate for no key of ours is no-matching-order', async () => {
    const { core } = await coreWithOrder();
    const { inter } = await fixtureHierarchy();
    const stranger = await issueForCsr(
      (await coreWithOrder()).csrPem, // another core's order: same shape, different key
      inter,
    );
    const seen = await core.services.retrieve.analyze({ bytes: stranger.der });
    expect(seen.ok && seen.value.certificates[0]?.matchedOrderId).toBe(null);
    const confirmed = await core.services.retrieve.confirm({
      bytes: stranger.der,
      certificateSha256: (seen.ok && seen.value.certificates[0]?.sha256) || '',
    });
    expect(confirmed).toMatchObject({ ok: false, error: { code: 'no-matching-order' } });
  });
});
