import { X509Certificate } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { loopbackOnly } from '../../../../src/main/adapters/loopback-only-fetcher.js';
import { createNodeHttpFetcher } from '../../../../src/main/adapters/node-http-fetcher.js';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { systemClock } from '../../../../src/main/adapters/system-clock.js';
import { createRevocationService } from '../../../../src/main/services/revocation/index.js';
import { BasicOCSPResponse, OCSPResponse, OCSPResponseStatus } from '@peculiar/asn1-ocsp';
import { AsnConvert } from '@peculiar/asn1-schema';
import { readIssuer, readSubject } from '../../../../src/main/pki/revocation/index.js';
import { buildOcspRequest, certIdFor } from '../../../../src/main/pki/ocsp/index.js';
import { tempDir } from '../../../helpers/temp-dir.js';
import { coreWithOrder, holder } from '../retrieve/retrieve-fixture.js';

// Loopback only: the sandbox's CRL and OCSP live on 127.0.0.1, nothing else may be reached.
const http = loopbackOnly(createNodeHttpFetcher());

const derOf = (pem: string, index: number): Uint8Array => {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return new Uint8Array(new X509Certificate(blocks[index] ?? '').raw);
};

const issued = async () => {
  const made = await coreWithOrder({ http });
  const { sandbox } = made.core.services;
  const result = await sandbox.issue(made.order.id);
  if (!result.ok) throw new Error(result.error.message);
  const { certificate } = result.value;
  return { ...made, sandbox, certificate, bytes: new Uint8Array(Buffer.from(certificate.pem)) };
};

describe('sandbox (bac à sable): a local toy CA for rehearsals', () => {
  it('issues for an order’s CSR → retrieve → revoke, and the revocation service sees it by OCSP and by CRL', async () => {
    const { core, order, sandbox, certificate, bytes, dataDir } = await issued();
    const leaf = new X509Certificate(certificate.pem);
    expect(leaf.issuer).toContain('AC BAC A SABLE VIGIE');
    expect(leaf.subject).toContain('INSI-AUTO');
    expect(leaf.publicKey.export({ type: 'spki', format: 'der' }).length).toBeGreaterThan(200);
    const years = (Date.parse(leaf.validTo) - Date.parse(leaf.validFrom)) / (365 * 86_400_000);
    expect(Math.round(years)).toBe(3);
    expect(leaf.infoAccess).toMatch(/OCSP - URI:http:\/\/127\.0\.0\.1:\d+\/ocsp/);
    expect(certificate).toMatchObject({ orderId: order.id, sandboxCheck: 'valid', revokedAt: null });

    // The toy CA's folder and key file are private.
    if (process.platform !== 'win32') {
      expect(statSync(join(dataDir, 'sandbox')).mode & 0o777).toBe(0o700);
      expect(statSync(join(dataDir, 'sandbox', 'ca-keys.json')).mode & 0o777).toBe(0o600);
    }

    // Retrieval matches it to the order, names it a sandbox certificate (never genuine, never
    // "not IGC-Santé" as a difference from the order) and finds it good by OCSP.
    const analysis = await core.services.retrieve.analyze({ bytes });
    if (!analysis.ok) throw new Error(analysis.error.message);
    const found = analysis.value.certificates.find((c) => !c.isCa);
    expect(found).toMatchObject({
      matchedOrderId: order.id,
      genuine: false,
      sandbox: true,
      product: null,
      revocation: { status: 'good', source: 'ocsp' },
    });
    expect(found?.mismatches).toEqual([]);
    expect(found?.chain.status).not.toBe('valid');
    // Its two CAs, in the same file, are the sandbox's too.
    expect(analysis.value.certificates.filter((c) => c.isCa).map((c) => c.sandbox)).toEqual([true, true]);
    // Its issuer is known: no look-alike consent to give.
    const kept = await core.services.retrieve.confirm({ bytes, certificateSha256: certificate.sha256 });
    expect(kept).toMatchObject({
      ok: true,
      value: { state: 'issued', certificate: { sha256: certificate.sha256 } },
    });

    const revoked = await sandbox.revoke(certificate.sha256, 'keyCompromise');
    expect(revoked).toMatchObject({ ok: true, value: { issued: 1, revoked: 1 } });
    if (!revoked.ok) return;
    expect(revoked.value.certificates[0]).toMatchObject({ sandboxCheck: 'revoked', reason: 'keyCompromise' });
    expect(await sandbox.revoke(certificate.sha256, 'superseded')).toMatchObject({
      ok: false,
      error: { code: 'already-revoked' },
    });

    const revocation = createRevocationService({
      http,
      fs: nodeFileSystem,
      clock: systemClock,
      cacheDir: tempDir('vigie-sandbox-crl-'),
    });
    const leafDer = derOf(certificate.pem, 0);
    const issuingDer = derOf(certificate.pem, 1);
    const byOcsp = await revocation.checkCertificate(leafDer, issuingDer);
    expect(byOcsp).toMatchObject({ status: 'revoked', source: 'ocsp', reason: 'keyCompromise' });
    const byCrl = await revocation.checkCertificate(leafDer, issuingDer, { ocsp: false });
    expect(byCrl).toMatchObject({ status: 'revoked', source: 'crl', reason: 'keyCompromise' });
    expect(byCrl.revokedAt).toBe(byOcsp.revokedAt);
  });

  it('answers the OCSP GET form and publishes a signed CRL with a cRLNumber', async () => {
    const { sandbox, certificate } = await issued();
    const status = await sandbox.status();
    expect(status.serverUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const crl = await fetch(`${status.serverUrl}/crl/sandbox.crl`);
    expect(crl.headers.get('content-type')).toBe('application/pkix-crl');
    const crlDer = Buffer.from(await crl.arrayBuffer());
    expect(crlDer.includes(Buffer.from([0x06, 0x03, 0x55, 0x1d, 0x14]))).toBe(true); // cRLNumber OID

    // The same request by GET (RFC 6960 appendix A.1) is answered as well.
    const revocation = createRevocationService({
      http,
      fs: nodeFileSystem,
      clock: systemClock,
      cacheDir: tempDir('vigie-sandbox-crl-'),
    });
    const leafDer = derOf(certificate.pem, 0);
    const issuingDer = derOf(certificate.pem, 1);
    const good = await revocation.checkCertificate(leafDer, issuingDer);
    expect(good).toMatchObject({ status: 'good', source: 'ocsp' });
    const request = buildOcspRequest(
      certIdFor(readSubject(leafDer), readIssuer(issuingDer)),
      new Uint8Array(16).fill(7),
    );
    const get = await fetch(
      `${status.serverUrl}/ocsp/${encodeURIComponent(Buffer.from(request).toString('base64'))}`,
    );
    expect(get.headers.get('content-type')).toBe('application/ocsp-response');
    const response = AsnConvert.parse(new Uint8Array(await get.arrayBuffer()), OCSPResponse);
    expect(response.responseStatus).toBe(OCSPResponseStatus.successful);
    const basic = AsnConvert.parse(response.responseBytes!.response.buffer, BasicOCSPResponse);
    expect(basic.tbsResponseData.responses[0]?.certStatus.good).toBeDefined();
    // A malformed request gets an OCSP error answer, not a crash.
    const bad = await fetch(`${status.serverUrl}/ocsp/AAAA`);
    const badResponse = AsnConvert.parse(new Uint8Array(await bad.arrayBuffer()), OCSPResponse);
    expect(badResponse.responseStatus).toBe(OCSPResponseStatus.malformedRequest);
  });

  it('keeps its anchor out of the trust store: the inspector never calls a sandbox certificate genuine', async () => {
    const { core, sandbox, bytes } = await issued();
    const anchors = await core.services.trust.listAnchors();
    expect(anchors.some((a) => JSON.stringify(a).includes('BAC A SABLE'))).toBe(false);
    const report = await core.services.inspector.inspect({ fileName: 'bac-a-sable.pem', bytes });
    if (!report.ok) throw new Error(report.error.message);
    const certs = report.value.items.flatMap((i) => (i.kind === 'certificate' ? [i] : []));
    expect(certs).toHaveLength(3);
    for (const c of certs) {
      expect(c.igcSante?.genuine ?? false).toBe(false);
      expect(c.chain?.status).not.toBe('valid');
    }
    expect(await sandbox.rootPem()).toContain('BEGIN CERTIFICATE');
  });

  it('issues only for a pending TEST order, and forgets everything on reset', async () => {
    const { core, sandbox } = await issued();
    const draft = await core.services.orders.create({
      product: 'ORG_AUTH_CLI',
      environment: 'test',
      holder,
      projects: ['INSI'],
      keyBits: 2048,
    });
    if (!draft.ok) throw new Error(draft.error.message);
    expect(await sandbox.issue(draft.value.id)).toMatchObject({
      ok: false,
      error: { code: 'order-not-pending' },
    });
    const production = await core.services.orders.create({
      product: 'ORG_AUTH_CLI',
      environment: 'production',
      holder,
      projects: ['INSI'],
      keyBits: 2048,
    });
    if (!production.ok) throw new Error(production.error.message);
    await core.services.orders.generateKey(production.value.id);
    expect(await sandbox.issue(production.value.id)).toMatchObject({
      ok: false,
      error: { code: 'not-test-order' },
    });
    expect(await sandbox.issue('00000000-0000-4000-8000-000000000000')).toMatchObject({
      ok: false,
      error: { code: 'order-not-found' },
    });
    const reset = await sandbox.reset();
    expect(reset).toMatchObject({ created: false, issued: 0, certificates: [] });
  });
});
