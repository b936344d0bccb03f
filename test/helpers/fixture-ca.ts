import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const ALG = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};
const DAY = 86_400_000;

export type FixtureCert = { der: Uint8Array; cert: x509.X509Certificate; keys: CryptoKeyPair; name: string };

export type IssueOptions = {
  name: string;
  issuer?: FixtureCert;
  /** Sign with this key pair instead of the issuer's (a forged or re-keyed issuer). */
  signWith?: CryptoKeyPair;
  ca?: boolean;
  /** Omit basicConstraints entirely. */
  noBasicConstraints?: boolean;
  pathLength?: number;
  notBefore?: Date;
  notAfter?: Date;
  extensions?: x509.Extension[];
  /**
   * Certify this public key (e.g. a vault key's, from its CSR) instead of a fresh one; the
   * returned `keys` then hold a fresh pair that does not match the certificate.
   */
  publicKey?: CryptoKey;
  /** The subject as DER (e.g. a CSR's), kept byte for byte; `name` is then only a label. */
  subjectDer?: Uint8Array;
};

/** A DER SubjectPublicKeyInfo as a WebCrypto RSA key the fixture can certify. */
export const importSpki = (spkiDer: Uint8Array): Promise<CryptoKey> =>
  webcrypto.subtle.importKey('spki', new Uint8Array(spkiDer), { name: ALG.name, hash: ALG.hash }, true, [
    'verify',
  ]) as Promise<CryptoKey>;

/**
 * Builds test certificates in-process with @peculiar/x509 (WebCrypto RSA-2048): a fixture
 * CA for the chain and inspector tests. Real IGC-Santé files come from test/vectors.
 */
export const issue = async (o: IssueOptions): Promise<FixtureCert> => {
  const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  const now = Date.now();
  const extensions: x509.Extension[] = [...(o.extensions ?? [])];
  if (!o.noBasicConstraints) {
    extensions.push(new x509.BasicConstraintsExtension(o.ca ?? false, o.pathLength, true));
  }
  if (o.ca)
    extensions.push(
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    );
  // Key identifiers as every real CA writes them (RFC 5280 §4.2.1.1-2), unless a test gives its own.
  const has = (type: string) => extensions.some((e) => e.type === type);
  if (!has('2.5.29.14'))
    extensions.push(await x509.SubjectKeyIdentifierExtension.create(o.publicKey ?? keys.publicKey));
  if (o.issuer && !has('2.5.29.35')) {
    const issuerKeyId = o.issuer.cert.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId;
    extensions.push(
      issuerKeyId
        ? new x509.AuthorityKeyIdentifierExtension(issuerKeyId)
        : await x509.AuthorityKeyIdentifierExtension.create(o.issuer.keys.publicKey),
    );
  }
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: Math.floor(Math.random() * 1e12)
      .toString(16)
      .padStart(12, '0'),
    subject: o.subjectDer ? new x509.Name(new Uint8Array(o.subjectDer)) : o.name,
    issuer: o.issuer ? o.issuer.cert.subject : o.name,
    notBefore: o.notBefore ?? new Date(now - DAY),
    notAfter: o.notAfter ?? new Date(now + 365 * DAY),
    signingAlgorithm: ALG,
    publicKey: o.publicKey ?? keys.publicKey,
    signingKey: (o.signWith ?? o.issuer?.keys ?? keys).privateKey,
    extensions,
  });
  return { der: new Uint8Array(cert.rawData), cert, keys, name: o.name };
};

export const sha256Hex = async (der: Uint8Array) =>
  Buffer.from(await webcrypto.subtle.digest('SHA-256', der))
    .toString('hex')
    .toUpperCase();
