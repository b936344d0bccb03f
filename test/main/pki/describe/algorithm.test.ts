import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { parseDer } from '../../../../src/shared/asn1/tlv.js';
import { publicKeyInfo, readSpki } from '../../../../src/main/pki/describe/algorithm.js';
import { describeCertificate, describeCsr } from '../../../../src/main/pki/describe/index.js';
import { bitString, bytes, oid, seq } from './helpers/der-builder.js';
import { pycaDer } from './helpers/vectors.js';

const keyOf = (spki: Uint8Array) => publicKeyInfo(readSpki(parseDer(spki)));
const spki = (k: { publicKey: KeyObject }): Uint8Array =>
  new Uint8Array(k.publicKey.export({ format: 'der', type: 'spki' }));

describe('publicKeyInfo', () => {
  it('names curves and sizes', () => {
    expect(keyOf(spki(generateKeyPairSync('ec', { namedCurve: 'P-384' })))).toEqual({
      algorithm: 'EC',
      size: 384,
      curve: 'P-384',
    });
    expect(keyOf(spki(generateKeyPairSync('ec', { namedCurve: 'P-521' })))).toEqual({
      algorithm: 'EC',
      size: 521,
      curve: 'P-521',
    });
    expect(keyOf(spki(generateKeyPairSync('ec', { namedCurve: 'secp256k1' })))).toEqual({
      algorithm: 'EC',
      size: 256,
      curve: 'secp256k1',
    });
  });

  it('keeps the OID of unknown curves and key types', () => {
    const point = bitString(bytes(0x04, ...new Array<number>(64).fill(1)));
    expect(keyOf(seq(seq(oid('1.2.840.10045.2.1'), oid('1.2.3.4.5')), point))).toEqual({
      algorithm: 'EC',
      size: null,
      curve: '1.2.3.4.5',
    });
    expect(keyOf(seq(seq(oid('1.2.643.2.2.19')), bitString(bytes(1))))).toEqual({
      algorithm: '1.2.643.2.2.19',
      size: null,
      curve: null,
    });
  });

  it('knows the Edwards and Montgomery keys', () => {
    expect(keyOf(spki(generateKeyPairSync('ed25519')))).toEqual({
      algorithm: 'Ed25519',
      size: 256,
      curve: null,
    });
    expect(keyOf(spki(generateKeyPairSync('ed448')))).toEqual({ algorithm: 'Ed448', size: 456, curve: null });
    expect(keyOf(spki(generateKeyPairSync('x25519')))).toEqual({
      algorithm: 'X25519',
      size: 256,
      curve: null,
    });
    expect(keyOf(spki(generateKeyPairSync('x448')))).toEqual({ algorithm: 'X448', size: 448, curve: null });
  });

  it('reads RSA, RSA-PSS and DSA sizes', () => {
    expect(keyOf(spki(generateKeyPairSync('rsa', { modulusLength: 1024 })))).toEqual({
      algorithm: 'RSA',
      size: 1024,
      curve: null,
    });
    expect(keyOf(spki(generateKeyPairSync('rsa-pss', { modulusLength: 1024 })))).toEqual({
      algorithm: 'RSA-PSS',
      size: 1024,
      curve: null,
    });
    expect(keyOf(spki(generateKeyPairSync('dsa', { modulusLength: 2048, divisorLength: 256 })))).toEqual({
      algorithm: 'DSA',
      size: 2048,
      curve: null,
    });
  });

  it('does not fail on an unreadable RSA key body', () => {
    expect(keyOf(seq(seq(oid('1.2.840.113549.1.1.1')), bitString(bytes(1, 2))))).toEqual({
      algorithm: 'RSA',
      size: null,
      curve: null,
    });
  });
});

describe('signature algorithm names on real files', () => {
  const cases: [string, string][] = [
    ['x509/v1_cert.pem', 'md5WithRSAEncryption'],
    ['x509/verisign_md2_root.pem', 'md2WithRSAEncryption'],
    ['x509/custom/alternate-rsa-sha1-oid.der', 'sha1WithRSA'],
    ['x509/custom/rsa_pss_cert.pem', 'RSASSA-PSS'],
    ['x509/ed25519/root-ed25519.pem', 'ed25519'],
    ['x509/custom/dsa_selfsigned_ca.pem', 'dsa-with-sha1'],
    ['x509/custom/ca/ca.pem', 'ecdsa-with-SHA256'],
    ['x509/e-trust.ru.der', '1.2.643.2.2.3'],
  ];
  it.each(cases)('%s → %s', async (file, expected) => {
    const r = await describeCertificate(pycaDer(file), new Date());
    expect(r.ok && r.value.signatureAlgorithm.name).toBe(expected);
  });

  it('reads a secp384r1 CSR', async () => {
    const r = await describeCsr(pycaDer('x509/requests/ec_sha256.der'));
    expect(r.ok && r.value.publicKey).toEqual({ algorithm: 'EC', size: 384, curve: 'P-384' });
  });
});
