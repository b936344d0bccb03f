import { CsrView } from '../../../../src/shared/model/certificate.js';
import { describeCsr } from '../../../../src/main/pki/describe/index.js';
import {
  bitString,
  bytes,
  ctxPrim,
  extension,
  int,
  oid,
  printable,
  seq,
  set,
  utf8,
} from './helpers/der-builder.js';
import { buildCsr, extensionRequest, testEcKey, testRsaKey } from './helpers/objects.js';
import { pycaDer } from './helpers/vectors.js';

const describeOk = async (der: Uint8Array) => {
  const r = await describeCsr(der);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return CsrView.parse(r.value);
};

describe('describeCsr', () => {
  it('describes a request with SAN, KU and EKU, and verifies its self-signature', async () => {
    const der = buildCsr({
      key: testRsaKey(),
      attributes: [
        extensionRequest(
          extension('2.5.29.17', seq(ctxPrim(2, Buffer.from('srv.example.fr')))),
          extension('2.5.29.15', bitString(bytes(0xa0), 5), true),
          extension('2.5.29.37', seq(oid('1.3.6.1.5.5.7.3.1'))),
        ),
        seq(oid('1.2.840.113549.1.9.7'), set(utf8('secret'))),
      ],
    });
    const v = await describeOk(der);
    expect(v.subject.text).toBe('CN=Request,C=FR');
    expect(v.publicKey).toEqual({ algorithm: 'RSA', size: 2048, curve: null });
    expect(v.signatureAlgorithm.name).toBe('sha256WithRSAEncryption');
    expect(v.signatureValid).toBe(true);
    expect(v.subjectAltNames).toEqual([{ type: 'dns', value: 'srv.example.fr' }]);
    expect(v.keyUsage).toEqual(['digitalSignature', 'keyEncipherment']);
    expect(v.extendedKeyUsage).toEqual([{ oid: '1.3.6.1.5.5.7.3.1', name: 'serverAuth' }]);
    expect(v.extensions).toHaveLength(3);
    expect(v.attributes).toEqual([{ oid: '1.2.840.113549.1.9.7', name: 'challengePassword', error: null }]);
    expect(v.pem).toMatch(/^-----BEGIN CERTIFICATE REQUEST-----\n/);
  });

  it('says false when the signature does not verify', async () => {
    const der = buildCsr({ key: testEcKey() });
    const tampered = new Uint8Array(der);
    // Flip a byte of the subject CN inside the signed part.
    const i = Buffer.from(der).indexOf(Buffer.from('Request'));
    tampered[i] = 0x72;
    expect((await describeOk(tampered)).signatureValid).toBe(false);
  });

  it('lists malformed attributes with an error instead of failing', async () => {
    // challengePassword whose value has the APPLICATION 32 tag of pyca long-form-attribute.pem
    const der = buildCsr({
      attributes: [
        seq(oid('1.2.840.113549.1.9.7'), set(bytes(0x7f, 0x20, 0x00))),
        seq(oid('1.2.3.4'), set()),
        seq(oid('1.2.840.113549.1.9.14'), set(printable('not extensions'))),
      ],
    });
    const v = await describeOk(der);
    expect(v.attributes.map((a) => [a.oid, a.error !== null])).toEqual([
      ['1.2.840.113549.1.9.7', true],
      ['1.2.3.4', true],
      ['1.2.840.113549.1.9.14', true],
    ]);
  });

  it('puts malformed requested extensions in ExtensionView.error', async () => {
    const der = buildCsr({
      attributes: [
        extensionRequest(
          extension('2.5.29.19', seq(int(0))),
          extension('2.5.29.15', bitString(bytes(0x80), 7), false),
        ),
      ],
    });
    const v = await describeOk(der);
    expect(v.extensions.map((e) => e.error !== null)).toEqual([true, true]);
    expect(v.keyUsage).toEqual(['digitalSignature']);
  });

  it('refuses versions other than v1 and non-CSR input with typed errors', async () => {
    const bad = await describeCsr(buildCsr({ version: 1 }));
    expect(bad.ok ? null : bad.error).toMatchObject({
      code: 'malformed',
      message: expect.stringMatching(/version 1/),
    });
    const empty = await describeCsr(bytes());
    expect(empty.ok ? null : empty.error.code).toBe('empty-file');
  });
});

describe('describeCsr on pyca requests', () => {
  it('lists challengePassword and unstructuredName', async () => {
    const v = await describeOk(pycaDer('x509/requests/challenge-unstructured.pem'));
    expect(v.attributes).toEqual([
      { oid: '1.2.840.113549.1.9.7', name: 'challengePassword', error: null },
      { oid: '1.2.840.113549.1.9.2', name: 'unstructuredName', error: null },
    ]);
    expect(v.signatureValid).toBe(true);
  });

  it('FreeIPA request: explicit critical=FALSE flagged, names still read (UPN, Kerberos)', async () => {
    const v = await describeOk(pycaDer('x509/requests/freeipa-bad-critical.pem'));
    expect(v.extensions.find((e) => e.name === 'subjectAltName')?.error).toMatch(/critical=FALSE/);
    expect(v.subjectAltNames.map((n) => n.type)).toEqual(['dns', 'upn', 'other']);
    expect(v.subjectAltNames[1]?.value).toBe('ldap/replica1.ipa.test@IPA.TEST');
    expect(v.attributes).toEqual([{ oid: '1.2.840.113549.1.9.20', name: 'friendlyName', error: null }]);
    expect(v.signatureValid).toBe(true);
  });

  it('DSA request verifies', async () => {
    const v = await describeOk(pycaDer('x509/requests/dsa_sha1.der'));
    expect(v.publicKey).toEqual({ algorithm: 'DSA', size: 1024, curve: null });
    expect(v.signatureValid).toBe(true);
  });
});
