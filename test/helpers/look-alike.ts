import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';
import { vector } from './vectors.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const ALG = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};
const DAY = 86_400_000;
const TEST_POLICY = '1.2.250.1.213.1.7.2.1.1.1.1';
const ANS_PRODUCT_CATEGORY = '1.2.250.1.71.1.2.5';

/** The real TEST CA whose name the look-alike copies (vendored vector, pinned fingerprint). */
export const REAL_TEST_PP_CA = new x509.X509Certificate(
  Buffer.from(vector('igc-sante', 'test', 'TEST_AC_IGC-SANTE_ELEMENTAIRE_PERSONNES.pem')).toString('ascii'),
);

export type LookAlike = {
  /** Self-signed, subject = issuer = the real TEST CA's subject DER, byte for byte; another key. */
  ca: Uint8Array;
  /** A PS_AUTH-shaped leaf (C, title, SN+CN+GN, TEST policy, ANS category 0x83) under it. */
  leaf: Uint8Array;
  /** The copied subject, to compare with the real CA's. */
  subjectDer: Uint8Array;
};

const keyPair = async () =>
  (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;

const serial = () =>
  Math.floor(Math.random() * 1e12)
    .toString(16)
    .padStart(12, '0');

/**
 * The measured attack: anyone can make a CA named exactly like a real IGC-Santé TEST CA
 * (the name is public) and issue a PS certificate under it. Only the key differs.
 */
export const makeLookAlike = async (): Promise<LookAlike> => {
  const subjectDer = new Uint8Array(REAL_TEST_PP_CA.subjectName.toArrayBuffer());
  const name = new x509.Name(subjectDer);
  const now = Date.now();
  const caKeys = await keyPair();
  const ca = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: name,
    issuer: name,
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 3650 * DAY),
    signingAlgorithm: ALG,
    publicKey: caKeys.publicKey,
    signingKey: caKeys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const leafKeys = await keyPair();
  const leaf = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: [
      { '2.5.4.6': ['FR'] },
      { '2.5.4.12': ['Médecin'] },
      { '2.5.4.4': ['MARTIN'], '2.5.4.3': ['810002727377'], '2.5.4.42': ['CLAIRE'] },
    ],
    issuer: name,
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 3 * 365 * DAY),
    signingAlgorithm: ALG,
    publicKey: leafKeys.publicKey,
    signingKey: caKeys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      await x509.AuthorityKeyIdentifierExtension.create(caKeys.publicKey),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth]),
      new x509.CertificatePolicyExtension([TEST_POLICY]),
      // OCTET STRING 0x83: TEST (0x80) + software certificate (0x03).
      new x509.Extension(ANS_PRODUCT_CATEGORY, false, new Uint8Array([0x04, 0x01, 0x83])),
    ],
  });
  return { ca: new Uint8Array(ca.rawData), leaf: new Uint8Array(leaf.rawData), subjectDer };
};

export const pemOf = (der: Uint8Array): string =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/.{1,64}/g, '$&\n')}-----END CERTIFICATE-----\n`;
