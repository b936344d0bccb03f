/** Builds signed certificates, CSRs and CRLs for unit tests (node:crypto keys). */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import {
  bitString,
  ctx,
  extension,
  int,
  name,
  nul,
  oid,
  printable,
  seq,
  seqOf,
  set,
  utcTime,
  utf8,
} from './der-builder.js';

export type TestKey = { privateKey: KeyObject; spki: Uint8Array; algorithm: Uint8Array; hash: string | null };

let ecKey: TestKey | null = null;
let rsaKey: TestKey | null = null;

const spkiOf = (k: KeyObject): Uint8Array => new Uint8Array(k.export({ format: 'der', type: 'spki' }));

/** P-256 key signing with ecdsa-with-SHA256 (fast to generate). */
export const testEcKey = (): TestKey => {
  if (!ecKey) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    ecKey = {
      privateKey,
      spki: spkiOf(publicKey),
      algorithm: seq(oid('1.2.840.10045.4.3.2')),
      hash: 'sha256',
    };
  }
  return ecKey;
};

/** RSA-2048 key signing with sha256WithRSAEncryption. */
export const testRsaKey = (): TestKey => {
  if (!rsaKey) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    rsaKey = {
      privateKey,
      spki: spkiOf(publicKey),
      algorithm: seq(oid('1.2.840.113549.1.1.11'), nul()),
      hash: 'sha256',
    };
  }
  return rsaKey;
};

export const freshEcKey = (): TestKey => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, spki: spkiOf(publicKey), algorithm: seq(oid('1.2.840.10045.4.3.2')), hash: 'sha256' };
};

const signed = (tbs: Uint8Array, key: TestKey): Uint8Array =>
  seq(tbs, key.algorithm, bitString(new Uint8Array(sign(key.hash, tbs, key.privateKey))));

export const simpleName = (cn: string): Uint8Array =>
  name([['2.5.4.6', printable('FR')]], [['2.5.4.3', utf8(cn)]]);

export type CertOptions = {
  subject?: Uint8Array;
  issuer?: Uint8Array;
  serial?: Uint8Array;
  notBefore?: Uint8Array;
  notAfter?: Uint8Array;
  extensions?: Uint8Array[];
  /** Key whose public half goes in the certificate. */
  subjectKey?: TestKey;
  /** Key that signs (defaults to the subject key: self-signed). */
  signer?: TestKey;
};

export const buildCertificate = (o: CertOptions = {}): Uint8Array => {
  const subjectKey = o.subjectKey ?? testEcKey();
  const signer = o.signer ?? subjectKey;
  const subject = o.subject ?? simpleName('Test');
  const tbs = seq(
    ctx(0, int(2)),
    o.serial ?? int(0x1234),
    signer.algorithm,
    o.issuer ?? subject,
    seq(
      o.notBefore ?? utcTime(new Date('2024-01-01T00:00:00Z')),
      o.notAfter ?? utcTime(new Date('2027-01-01T00:00:00Z')),
    ),
    subject,
    subjectKey.spki,
    ...(o.extensions && o.extensions.length > 0 ? [ctx(3, seqOf(o.extensions))] : []),
  );
  return signed(tbs, signer);
};

export type CsrOptions = { subject?: Uint8Array; attributes?: Uint8Array[]; key?: TestKey; version?: number };

export const buildCsr = (o: CsrOptions = {}): Uint8Array => {
  const key = o.key ?? testEcKey();
  const cri = seq(
    int(o.version ?? 0),
    o.subject ?? simpleName('Request'),
    key.spki,
    ctx(0, ...(o.attributes ?? [])),
  );
  return signed(cri, key);
};

export const extensionRequest = (...exts: Uint8Array[]): Uint8Array =>
  seq(oid('1.2.840.113549.1.9.14'), set(seq(...exts)));

export type CrlOptions = {
  issuer?: Uint8Array;
  entries?: Uint8Array[];
  extensions?: Uint8Array[];
  signer?: TestKey;
  nextUpdate?: Uint8Array | null;
};

export const revokedEntry = (serial: number, date: Date, ...entryExtensions: Uint8Array[]): Uint8Array =>
  seq(int(serial), utcTime(date), ...(entryExtensions.length > 0 ? [seq(...entryExtensions)] : []));

export const buildCrl = (o: CrlOptions = {}): Uint8Array => {
  const signer = o.signer ?? testEcKey();
  const tbs = seq(
    int(1),
    signer.algorithm,
    o.issuer ?? simpleName('Test'),
    utcTime(new Date('2025-01-01T00:00:00Z')),
    ...(o.nextUpdate === null ? [] : [o.nextUpdate ?? utcTime(new Date('2025-01-08T00:00:00Z'))]),
    ...(o.entries && o.entries.length > 0 ? [seqOf(o.entries)] : []),
    ...(o.extensions && o.extensions.length > 0 ? [ctx(0, seq(...o.extensions))] : []),
  );
  return signed(tbs, signer);
};

export { extension };
