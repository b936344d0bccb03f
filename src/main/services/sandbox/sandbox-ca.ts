/**
 * The sandbox ("bac à sable") CA: a TOY certificate authority for rehearsals only. Its keys
 * sit in a plain PKCS#8 file of the data folder (0600) with no passphrase, its names say
 * BAC A SABLE, and nothing outside the sandbox trusts it: its root never joins the IGC-Santé
 * trust store, so the inspector, retrieval and install never call its certificates genuine.
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { randomBytes, webcrypto } from 'node:crypto';
import type { KeyUsageName } from '../../../shared/catalogue/oids.js';

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;
type X509Crypto = Parameters<typeof x509.cryptoProvider.set>[0];

const crypto = webcrypto;
x509.cryptoProvider.set(webcrypto as unknown as X509Crypto);

const ALG = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};
const SIGNING = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
const DAY = 86_400_000;
const CRL_NUMBER = '2.5.29.20';

const OU = 'OU=BAC A SABLE - NE PAS UTILISER EN PRODUCTION';
export const SANDBOX_ROOT_NAME = `C=FR, O=VIGIE BAC A SABLE, ${OU}, CN=AC RACINE BAC A SABLE VIGIE`;
export const SANDBOX_ISSUING_NAME = `C=FR, O=VIGIE BAC A SABLE, ${OU}, CN=AC BAC A SABLE VIGIE`;

export type CaPair = { cert: x509.X509Certificate; key: CryptoKey };
export type SandboxCa = { root: CaPair; issuing: CaPair };
/** What is written to disk: certificates as PEM, keys as base64 PKCS#8 (toy CA, see above). */
export type StoredCa = { rootPem: string; issuingPem: string; rootKey: string; issuingKey: string };

const KU_FLAGS: Record<KeyUsageName, x509.KeyUsageFlags> = {
  digitalSignature: x509.KeyUsageFlags.digitalSignature,
  nonRepudiation: x509.KeyUsageFlags.nonRepudiation,
  keyEncipherment: x509.KeyUsageFlags.keyEncipherment,
  dataEncipherment: x509.KeyUsageFlags.dataEncipherment,
  keyAgreement: x509.KeyUsageFlags.keyAgreement,
  keyCertSign: x509.KeyUsageFlags.keyCertSign,
  cRLSign: x509.KeyUsageFlags.cRLSign,
  encipherOnly: x509.KeyUsageFlags.encipherOnly,
  decipherOnly: x509.KeyUsageFlags.decipherOnly,
};

/** A positive 128-bit serial, upper-case hex without a leading zero byte. */
const newSerial = (): string => {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x10;
  return bytes.toString('hex').toUpperCase();
};

/** Upper-case hex without sign padding: how serials are compared here. */
export const serialKey = (hex: string): string => hex.toUpperCase().replace(/^(00)+(?=..)/, '');

const caExtensions = async (publicKey: CryptoKey, issuer: CaPair | null, pathLength?: number) => {
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(true, pathLength, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    await x509.SubjectKeyIdentifierExtension.create(publicKey, false, crypto),
  ];
  if (issuer) extensions.push(await x509.AuthorityKeyIdentifierExtension.create(issuer.cert, false, crypto));
  return extensions;
};

/** A new root (20 years) and issuing CA (10 years, path length 0). */
export const createSandboxCa = async (now: Date): Promise<SandboxCa> => {
  const gen = async () => (await crypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  const rootKeys = await gen();
  const rootCert = await x509.X509CertificateGenerator.create(
    {
      serialNumber: newSerial(),
      subject: SANDBOX_ROOT_NAME,
      issuer: SANDBOX_ROOT_NAME,
      notBefore: new Date(now.getTime() - DAY),
      notAfter: new Date(now.getTime() + 20 * 365 * DAY),
      signingAlgorithm: SIGNING,
      publicKey: rootKeys.publicKey,
      signingKey: rootKeys.privateKey,
      extensions: await caExtensions(rootKeys.publicKey, null),
    },
    crypto,
  );
  const root = { cert: rootCert, key: rootKeys.privateKey };
  const issuingKeys = await gen();
  const issuingCert = await x509.X509CertificateGenerator.create(
    {
      serialNumber: newSerial(),
      subject: SANDBOX_ISSUING_NAME,
      issuer: rootCert.subject,
      notBefore: new Date(now.getTime() - DAY),
      notAfter: new Date(now.getTime() + 10 * 365 * DAY),
      signingAlgorithm: SIGNING,
      publicKey: issuingKeys.publicKey,
      signingKey: rootKeys.privateKey,
      extensions: await caExtensions(issuingKeys.publicKey, root, 0),
    },
    crypto,
  );
  return { root, issuing: { cert: issuingCert, key: issuingKeys.privateKey } };
};

const exportKey = async (key: CryptoKey) =>
  Buffer.from(await crypto.subtle.exportKey('pkcs8', key)).toString('base64');
const importKey = (b64: string) =>
  crypto.subtle.importKey('pkcs8', Buffer.from(b64, 'base64'), SIGNING, true, ['sign']);

export const storeCa = async (ca: SandboxCa): Promise<StoredCa> => ({
  rootPem: ca.root.cert.toString('pem'),
  issuingPem: ca.issuing.cert.toString('pem'),
  rootKey: await exportKey(ca.root.key),
  issuingKey: await exportKey(ca.issuing.key),
});

export const loadCa = async (s: StoredCa): Promise<SandboxCa> => ({
  root: { cert: new x509.X509Certificate(s.rootPem), key: await importKey(s.rootKey) },
  issuing: { cert: new x509.X509Certificate(s.issuingPem), key: await importKey(s.issuingKey) },
});

export type LeafRequest = {
  csrPem: string;
  keyUsage: readonly KeyUsageName[];
  extKeyUsage: readonly string[];
  crlUrl: string;
  ocspUrl: string;
  now: Date;
  validityDays: number;
};

export class BadCsrError extends Error {}

/**
 * Signs a CSR as the platform would for the product: the CSR's subject byte for byte, its
 * subjectAltName if it asked for one, the product's key usages (critical) and EKUs, and
 * revocation pointers to the sandbox's loopback server.
 */
export const issueLeaf = async (ca: SandboxCa, r: LeafRequest): Promise<x509.X509Certificate> => {
  let csr: x509.Pkcs10CertificateRequest;
  try {
    csr = new x509.Pkcs10CertificateRequest(r.csrPem);
  } catch (e) {
    throw new BadCsrError(`unreadable CSR: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!(await csr.verify(crypto))) throw new BadCsrError('the CSR signature does not verify');
  const flags = r.keyUsage.reduce((f, name) => f | KU_FLAGS[name], 0);
  const extensions: x509.Extension[] = [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(flags, true),
    await x509.SubjectKeyIdentifierExtension.create(csr.publicKey, false, crypto),
    await x509.AuthorityKeyIdentifierExtension.create(ca.issuing.cert, false, crypto),
    new x509.CRLDistributionPointsExtension([r.crlUrl]),
    new x509.AuthorityInfoAccessExtension({ ocsp: [r.ocspUrl] }),
  ];
  if (r.extKeyUsage.length > 0) extensions.push(new x509.ExtendedKeyUsageExtension([...r.extKeyUsage]));
  const san = csr.getExtension('2.5.29.17');
  if (san) extensions.push(new x509.Extension(san.type, san.critical, san.value));
  return x509.X509CertificateGenerator.create(
    {
      serialNumber: newSerial(),
      subject: csr.subjectName,
      issuer: ca.issuing.cert.subject,
      notBefore: new Date(r.now.getTime() - 60_000),
      notAfter: new Date(r.now.getTime() + r.validityDays * DAY),
      signingAlgorithm: SIGNING,
      publicKey: csr.publicKey,
      signingKey: ca.issuing.key,
      extensions,
    },
    crypto,
  );
};

/** RFC 5280 CRLReason codes of the reasons a user can pick. */
export const REASON_CODES = {
  unspecified: 0,
  keyCompromise: 1,
  affiliationChanged: 3,
  superseded: 4,
  cessationOfOperation: 5,
} as const;

export type RevokedEntry = { serialHex: string; date: Date; reason: keyof typeof REASON_CODES };

/** A full CRL signed by the issuing CA, with its cRLNumber. */
export const buildCrl = async (
  ca: SandboxCa,
  o: { number: number; now: Date; validityMs: number; revoked: readonly RevokedEntry[] },
): Promise<Uint8Array> => {
  const numberHex = o.number.toString(16);
  const numberBytes = Buffer.from(numberHex.length % 2 ? `0${numberHex}` : numberHex, 'hex');
  const contents = (numberBytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.of(0), numberBytes]) : numberBytes;
  const integer = new Uint8Array([0x02, contents.length, ...contents]);
  const crl = await x509.X509CrlGenerator.create(
    {
      issuer: ca.issuing.cert.subject,
      thisUpdate: new Date(o.now.getTime() - 60_000),
      nextUpdate: new Date(o.now.getTime() + o.validityMs),
      signingAlgorithm: SIGNING,
      signingKey: ca.issuing.key,
      extensions: [
        new x509.Extension(CRL_NUMBER, false, integer),
        await x509.AuthorityKeyIdentifierExtension.create(ca.issuing.cert, false, crypto),
      ],
      entries: o.revoked.map((r) => ({
        serialNumber: r.serialHex,
        revocationDate: r.date,
        reason: REASON_CODES[r.reason] as x509.X509CrlReason,
      })),
    },
    crypto,
  );
  return new Uint8Array(crl.rawData);
};

export const signWithIssuing = async (ca: SandboxCa, data: Uint8Array): Promise<ArrayBuffer> =>
  crypto.subtle.sign('RSASSA-PKCS1-v1_5', ca.issuing.key, new Uint8Array(data));
