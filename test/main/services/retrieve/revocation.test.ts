import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { readFileSync } from 'node:fs';
import { loopbackOnly } from '../../../../src/main/adapters/loopback-only-fetcher.js';
import { createNodeHttpFetcher } from '../../../../src/main/adapters/node-http-fetcher.js';
import { importSpki } from '../../../helpers/fixture-ca.js';
import { CrlReason, startFixturePki, type FixturePki } from '../../../helpers/fixture-pki-server.js';
import { INSI_P12 } from '../../../helpers/vectors.js';
import { coreWithOrder, pem, TEST_OU, usage } from './retrieve-fixture.js';

// Tests reach 127.0.0.1 only: real IGC-Santé certificates name ANS's OCSP and CRL servers.
const http = loopbackOnly(createNodeHttpFetcher());
const CA_NAME = `C=FR, O=ASIP-SANTE, ${TEST_OU}, CN=TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS`;

let pki: FixturePki;
beforeEach(async () => {
  pki = await startFixturePki({ caName: CA_NAME });
});
afterEach(async () => {
  await pki.close();
});

/** A vault order, and the platform's answer to its CSR signed by the loopback fixture CA. */
const issuedForOrder = async (options: { ocsp?: boolean; online?: boolean } = {}) => {
  const made = await coreWithOrder(options.online === false ? {} : { http });
  const csr = new x509.Pkcs10CertificateRequest(made.csrPem);
  const leaf = await pki.issueLeaf({
    ocsp: options.ocsp ?? true,
    crlUrls: [pki.crlUrl],
    publicKey: await importSpki(new Uint8Array(csr.publicKey.rawData)),
    subjectDer: new Uint8Array(csr.subjectName.toArrayBuffer()),
    extensions: usage.auth(),
  });
  const bytes = new Uint8Array(Buffer.from(pem(leaf.der) + pem(pki.ca.der)));
  const analyze = async () => {
    const analysis = await made.core.services.retrieve.analyze({ bytes });
    if (!analysis.ok) throw new Error(analysis.error.message);
    const cert = analysis.value.certificates.find((c) => !c.isCa);
    if (!cert) throw new Error('no end-entity certificate');
    return cert;
  };
  return { ...made, leaf, bytes, analyze };
};

describe('retrieve: revocation of the issued certificate (loopback fixture PKI)', () => {
  it('is good per OCSP for a fresh certificate of a real vault order', async () => {
    const { analyze, order } = await issuedForOrder();
    const cert = await analyze();
    expect(cert).toMatchObject({ matchedOrderId: order.id, mismatches: [], environment: 'test' });
    expect(cert.revocation).toMatchObject({ status: 'good', source: 'ocsp', revokedAt: null, cause: null });
    expect(pki.count('/ocsp')).toBe(1);
  });

  it('says revoked with its date and reason (OCSP, then CRL only), and confirm refuses it', async () => {
    const { analyze, core, order, leaf, bytes } = await issuedForOrder();
    // Whole seconds: CRL times carry none, so both sources give back the same instant.
    const date = new Date(Math.floor(Date.now() / 1000) * 1000 - 2 * 3_600_000);
    pki.revoke(leaf, { date, reason: CrlReason.keyCompromise });
    const cert = await analyze();
    expect(cert.revocation).toMatchObject({
      status: 'revoked',
      source: 'ocsp',
      reason: 'keyCompromise',
      revokedAt: date.toISOString(),
    });

    const refused = await core.services.retrieve.confirm({ bytes, certificateSha256: cert.sha256 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'certificate-revoked' } });
    const still = await core.services.orders.get(order.id);
    expect(still.ok && still.value.state).toBe('csr-exported');
  });

  it('finds a revocation in the CRL when the certificate names no OCSP responder', async () => {
    const { analyze, leaf } = await issuedForOrder({ ocsp: false });
    pki.revoke(leaf, { reason: CrlReason.superseded });
    const cert = await analyze();
    expect(cert.revocation).toMatchObject({ status: 'revoked', source: 'crl', reason: 'superseded' });
    expect(pki.count('/ocsp')).toBe(0);
  });

  it('is unknown with a reason when the servers are down, and confirm still keeps it', async () => {
    const { analyze, core, order, bytes } = await issuedForOrder();
    pki.crlMode = 'down';
    const cert = await analyze();
    expect(cert.revocation).toMatchObject({ status: 'unknown', cause: 'unreachable', source: null });
    expect(cert.revocation.detail).toMatch(/127\.0\.0\.1/);
    const kept = await core.services.retrieve.confirm({
      bytes,
      certificateSha256: cert.sha256,
      acceptLookAlike: true, // fixture CA, not the IGC-Santé
    });
    expect(kept).toMatchObject({ ok: true, value: { id: order.id, state: 'issued' } });
  });

  it('is unknown "offline" when the core has no fetcher, and nothing is asked', async () => {
    const { analyze } = await issuedForOrder({ online: false });
    const cert = await analyze();
    expect(cert.revocation).toMatchObject({ status: 'unknown', cause: 'offline' });
    expect(pki.requests).toEqual([]);
  });

  it('is unknown "no-issuer" when neither the file nor the trust store holds the issuing CA', async () => {
    const { core, leaf } = await issuedForOrder();
    const analysis = await core.services.retrieve.analyze({ bytes: leaf.der });
    expect(analysis.ok && analysis.value.certificates[0]?.revocation).toMatchObject({
      status: 'unknown',
      cause: 'no-issuer',
    });
    expect(pki.requests).toEqual([]);
  });

  it('never leaves loopback for the real INSI-AUTO TEST certificate (ANS’s OCSP / CRL URLs are refused)', async () => {
    const { core } = await coreWithOrder({ http });
    const analysis = await core.services.retrieve.analyze({ bytes: new Uint8Array(readFileSync(INSI_P12)) });
    if (!analysis.ok) throw new Error(analysis.error.message);
    const leaf = analysis.value.certificates.find((c) => !c.isCa);
    expect(leaf?.chain.status).toBe('valid');
    expect(leaf?.revocation).toMatchObject({ status: 'unknown', cause: 'unreachable' });
    expect(leaf?.revocation.detail).toMatch(/loopback/);
  });
});
