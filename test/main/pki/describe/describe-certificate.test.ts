import { createHash } from 'node:crypto';
import { CertificateView } from '../../../../src/shared/model/certificate.js';
import { describeCertificate, spkiSha256OfCertificate } from '../../../../src/main/pki/describe/index.js';
import {
  bitString,
  bool,
  bytes,
  ctx,
  ctxPrim,
  extension,
  genTime,
  int,
  intBytes,
  name,
  octet,
  oid,
  printable,
  seq,
  utcTime,
  utf8,
} from './helpers/der-builder.js';
import { buildCertificate, simpleName, testEcKey, testRsaKey } from './helpers/objects.js';

const NOW = new Date('2025-06-01T12:00:00Z');
const sha = (alg: string, b: Uint8Array) => createHash(alg).update(b).digest('hex').toUpperCase();

const describeOk = async (der: Uint8Array, now = NOW) => {
  const r = await describeCertificate(der, now);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  // Every view must satisfy the shared schema (it crosses IPC).
  return CertificateView.parse(r.value);
};

describe('describeCertificate', () => {
  it('describes an IGC-Santé-like SERV_SSL certificate', async () => {
    const der = buildCertificate({
      subject: name(
        [['2.5.4.6', printable('FR')]],
        [['2.5.4.8', utf8('Rhône (69)')]],
        [['2.5.4.10', utf8('CENTRE DE SANTE')]],
        [['2.5.4.11', utf8('10B0221636')]],
        [['2.5.4.3', utf8('srv.example.fr')]],
      ),
      issuer: simpleName('TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS'),
      serial: intBytes(bytes(0x00, 0xa1, 0x02)),
      subjectKey: testRsaKey(),
      signer: testEcKey(),
      extensions: [
        extension('2.5.29.15', bitString(bytes(0xa0), 5), true),
        extension('2.5.29.37', seq(oid('1.3.6.1.5.5.7.3.1'), oid('1.3.6.1.5.5.7.3.2'))),
        extension('2.5.29.17', seq(ctxPrim(2, Buffer.from('srv.example.fr')))),
        extension('2.5.29.32', seq(seq(oid('1.2.250.1.213.1.7.2.1.1.1.1')))),
        extension('2.5.29.31', seq(seq(ctx(0, ctx(0, ctxPrim(6, Buffer.from('http://crl/x.crl'))))))),
        extension(
          '1.3.6.1.5.5.7.1.1',
          seq(seq(oid('1.3.6.1.5.5.7.48.1'), ctxPrim(6, Buffer.from('http://ocsp.esante.gouv.fr')))),
        ),
        extension('1.2.250.1.71.1.2.5', octet(bytes(0x83))),
        extension('2.5.29.19', seq()),
      ],
    });
    const v = await describeOk(der);
    expect(v.version).toBe(3);
    expect(v.subject.text).toBe('CN=srv.example.fr,OU=10B0221636,O=CENTRE DE SANTE,ST=Rhône (69),C=FR');
    expect(v.issuer.text).toBe('CN=TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS,C=FR');
    expect(v.serialNumber).toBe('A102');
    expect(v.notBefore).toBe('2024-01-01T00:00:00.000Z');
    expect(v.notAfter).toBe('2027-01-01T00:00:00.000Z');
    expect(v.daysLeft).toBe(578);
    expect(v.sha256).toBe(sha('sha256', der));
    expect(v.sha1).toBe(sha('sha1', der));
    expect(v.spkiSha256).toBe(sha('sha256', testRsaKey().spki));
    expect(v.publicKey).toEqual({ algorithm: 'RSA', size: 2048, curve: null });
    expect(v.signatureAlgorithm).toEqual({ oid: '1.2.840.10045.4.3.2', name: 'ecdsa-with-SHA256' });
    expect(v.selfIssued).toBe(false);
    expect(v.isCa).toBe(false);
    expect(v.keyUsage).toEqual(['digitalSignature', 'keyEncipherment']);
    expect(v.extendedKeyUsage.map((e) => e.name)).toEqual(['serverAuth', 'clientAuth']);
    expect(v.subjectAltNames).toEqual([{ type: 'dns', value: 'srv.example.fr' }]);
    expect(v.policies).toEqual(['1.2.250.1.213.1.7.2.1.1.1.1']);
    expect(v.crlDistributionPoints).toEqual(['http://crl/x.crl']);
    expect(v.ocsp).toEqual(['http://ocsp.esante.gouv.fr']);
    expect(v.caIssuers).toEqual([]);
    expect(v.extensions.find((e) => e.oid === '1.2.250.1.71.1.2.5')?.valueHex).toBe('040183');
    expect(spkiSha256OfCertificate(der)).toBe(v.spkiSha256);
  });

  it('re-armours the DER as PEM with 64-character lines', async () => {
    const der = buildCertificate();
    const v = await describeOk(der);
    const lines = v.pem.trimEnd().split('\n');
    expect(lines[0]).toBe('-----BEGIN CERTIFICATE-----');
    expect(lines.at(-1)).toBe('-----END CERTIFICATE-----');
    expect(lines.slice(1, -2).every((l) => l.length === 64)).toBe(true);
    expect(Buffer.from(lines.slice(1, -1).join(''), 'base64').equals(Buffer.from(der))).toBe(true);
  });

  it('reads CA facts, self-issuance and a P-256 key', async () => {
    const v = await describeOk(
      buildCertificate({ extensions: [extension('2.5.29.19', seq(bool(true), int(1)), true)] }),
    );
    expect(v).toMatchObject({
      isCa: true,
      pathLength: 1,
      selfIssued: true,
      publicKey: { algorithm: 'EC', size: 256, curve: 'P-256' },
    });
  });

  it('counts whole days left, negative once expired', async () => {
    const der = buildCertificate({ notAfter: utcTime(new Date('2025-06-03T12:00:00Z')) });
    expect((await describeOk(der, new Date('2025-06-01T12:00:00Z'))).daysLeft).toBe(2);
    expect((await describeOk(der, new Date('2025-06-01T12:00:01Z'))).daysLeft).toBe(1);
    expect((await describeOk(der, new Date('2025-06-04T12:00:00Z'))).daysLeft).toBe(-1);
  });

  it('handles GeneralizedTime up to 9999', async () => {
    const v = await describeOk(buildCertificate({ notAfter: genTime(new Date('9999-12-31T23:59:59Z')) }));
    expect(v.notAfter).toBe('9999-12-31T23:59:59.000Z');
  });

  it('describes a v1 certificate (no extensions)', async () => {
    // Strip the [0] version and extensions by building the TBS by hand.
    const key = testEcKey();
    const tbs = seq(
      int(1),
      key.algorithm,
      simpleName('v1'),
      seq(utcTime(NOW), utcTime(NOW)),
      simpleName('v1'),
      key.spki,
    );
    const { sign } = await import('node:crypto');
    const der = seq(tbs, key.algorithm, bitString(new Uint8Array(sign('sha256', tbs, key.privateKey))));
    const v = await describeOk(der);
    expect(v.version).toBe(1);
    expect(v.extensions).toEqual([]);
  });

  it('returns typed errors for bad input', async () => {
    const cases: [Uint8Array, string][] = [
      [bytes(), 'empty-file'],
      [bytes(0x04, 0x00), 'unrecognized-format'],
      [buildCertificate().subarray(0, 100), 'truncated'],
      [seq(int(1)), 'malformed'],
      [buildCertificate({ subject: name([['2.5.4.3', ctxPrim(0, bytes(0x41))]]) }), 'malformed'],
    ];
    for (const [der, code] of cases) {
      const r = await describeCertificate(der, NOW);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe(code);
    }
  });

  it('refuses unknown certificate versions', async () => {
    const key = testEcKey();
    const tbs = seq(
      ctx(0, int(3)),
      int(1),
      key.algorithm,
      simpleName('x'),
      seq(utcTime(NOW), utcTime(NOW)),
      simpleName('x'),
      key.spki,
    );
    const r = await describeCertificate(seq(tbs, key.algorithm, bitString(bytes(0))), NOW);
    expect(r.ok ? null : r.error.message).toMatch(/unknown version 3/);
  });

  it('spkiSha256OfCertificate throws on non-certificates', () => {
    expect(() => spkiSha256OfCertificate(bytes(1, 2, 3))).toThrow();
  });
});
