import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import {
  bitString,
  bool,
  ctx,
  extension,
  int,
  name,
  oid,
  seq,
  tlv,
  utcTime,
  utf8,
} from '../main/pki/describe/helpers/der-builder.js';

/**
 * Certificates in bulk, signed in-process with node:crypto: thousands of leaves per second,
 * where one openssl call per certificate would take minutes. Also the hostile shapes the
 * memory tests need (a 10 MB common name).
 */

/** Ed25519 by default: the smallest certificates (25,000 fit in a 10 MiB PEM); P-256 on request. */
export type Algorithm = 'ed25519' | 'p256';

const SIG_ALG: Record<Algorithm, Uint8Array> = {
  ed25519: seq(oid('1.3.101.112')),
  p256: seq(oid('1.2.840.10045.4.3.2')),
};
const CN = '2.5.4.3';
const DAY = 86_400_000;

export type Signer = {
  algorithm: Algorithm;
  key: KeyObject;
  subject: Uint8Array;
  /** The self-signed CA certificate. */
  der: Uint8Array;
  /** Its key identifier (subjectKeyIdentifier), which its leaves name (authorityKeyIdentifier). */
  keyId: Uint8Array;
};

const newKeys = (algorithm: Algorithm) =>
  algorithm === 'ed25519'
    ? generateKeyPairSync('ed25519')
    : generateKeyPairSync('ec', { namedCurve: 'P-256' });
const spkiOf = (key: KeyObject) => new Uint8Array(key.export({ type: 'spki', format: 'der' }));
const cnName = (cn: string) => name([[CN, utf8(cn)]]);

type TbsInput = {
  serial: number;
  issuer: Uint8Array;
  subject: Uint8Array;
  spki: Uint8Array;
  ca: boolean;
  keyId?: Uint8Array;
};

/** A key identifier: the SHA-1 of the SubjectPublicKeyInfo (RFC 5280 §4.2.1.2 allows any unique value). */
const keyIdOf = (spki: Uint8Array) => new Uint8Array(createHash('sha1').update(spki).digest());

const tbsOf = (algorithm: Algorithm, t: TbsInput): Uint8Array => {
  const now = Date.now();
  // Leaves get only their issuer's key identifier (see leaf): every byte counts in 10 MiB.
  const caExtensions = ctx(
    3,
    seq(
      extension('2.5.29.19', seq(bool(true)), true),
      extension('2.5.29.15', bitString(new Uint8Array([0x06]), 1), true), // keyCertSign, cRLSign
      extension('2.5.29.14', tlv(0x04, t.keyId ?? keyIdOf(t.spki))),
    ),
  );
  return seq(
    ctx(0, int(2)),
    int(t.serial),
    SIG_ALG[algorithm],
    t.issuer,
    seq(utcTime(new Date(now - DAY)), utcTime(new Date(now + 365 * DAY))),
    t.subject,
    t.spki,
    ...(t.ca ? [caExtensions] : []),
  );
};

const signed = (algorithm: Algorithm, tbs: Uint8Array, key: KeyObject): Uint8Array => {
  const signature =
    algorithm === 'ed25519' ? sign(null, tbs, key) : sign('sha256', tbs, { key, dsaEncoding: 'der' });
  return seq(tbs, SIG_ALG[algorithm], bitString(new Uint8Array(signature)));
};

/** A self-signed CA that signs everything below. */
export const createSigner = (cn = 'Vigie bulk CA', algorithm: Algorithm = 'ed25519'): Signer => {
  const { privateKey, publicKey } = newKeys(algorithm);
  const subject = cnName(cn);
  const spki = spkiOf(publicKey);
  const keyId = keyIdOf(spki);
  const tbs = tbsOf(algorithm, { serial: 1, issuer: subject, subject, spki, ca: true, keyId });
  return { algorithm, key: privateKey, subject, der: signed(algorithm, tbs, privateKey), keyId };
};

const leaf = (
  ca: Signer,
  serial: number,
  subject: Uint8Array,
  spki: Uint8Array,
  extensions: Uint8Array[] = [],
): Uint8Array => {
  const tbs = tbsOf(ca.algorithm, { serial, issuer: ca.subject, subject, spki, ca: false });
  // Leaf extensions go at the end of the TBS. Every leaf names its issuer's key, as RFC
  // 5280 requires of every certificate a CA issues (§4.2.1.1).
  const aki = extension('2.5.29.35', seq(tlv(0x80, ca.keyId)));
  const withExtensions = seq(...childrenOfSeq(tbs), ctx(3, seq(aki, ...extensions)));
  return signed(ca.algorithm, withExtensions, ca.key);
};

/** The encoded children of a DER SEQUENCE this module built (definite lengths). */
const childrenOfSeq = (der: Uint8Array): Uint8Array[] => {
  const out: Uint8Array[] = [];
  const headerOf = (at: number): { len: number; header: number } => {
    const first = der[at + 1] as number;
    if (first < 0x80) return { len: first, header: 2 };
    let len = 0;
    for (let i = 0; i < (first & 0x7f); i++) len = len * 256 + (der[at + 2 + i] as number);
    return { len, header: 2 + (first & 0x7f) };
  };
  const outer = headerOf(0);
  for (let at = outer.header; at < der.length;) {
    const { len, header } = headerOf(at);
    out.push(der.subarray(at, at + header + len));
    at += header + len;
  }
  return out;
};

/** `count` leaves issued by `ca`, all certifying one fresh key (which key does not matter here). */
export const manyLeaves = (ca: Signer, count: number): Uint8Array[] => {
  const spki = spkiOf(newKeys(ca.algorithm).publicKey);
  return Array.from({ length: count }, (_, i) => leaf(ca, i + 2, cnName(`L${i + 1}`), spki));
};

/** Where the hostile bulk goes: a UTF8String CN, a BMPString CN, a dNSName SAN, an unknown extension. */
export type HugeField = 'cn' | 'bmp-cn' | 'san' | 'extension';

/** A leaf with one field `length` bytes long (e.g. 10 MB), properly signed. */
export const hugeFieldLeaf = (ca: Signer, length: number, field: HugeField = 'cn'): Uint8Array => {
  const spki = spkiOf(newKeys(ca.algorithm).publicKey);
  const bulk = Buffer.alloc(length, 'A');
  switch (field) {
    case 'cn':
      return leaf(ca, 99, name([[CN, tlv(0x0c, bulk)]]), spki);
    case 'bmp-cn':
      return leaf(ca, 99, name([[CN, tlv(0x1e, Buffer.alloc(length & ~1, '\u0000A', 'latin1'))]]), spki);
    case 'san':
      return leaf(ca, 99, cnName('huge SAN'), spki, [extension('2.5.29.17', seq(tlv(0x82, bulk)))]);
    case 'extension':
      return leaf(ca, 99, cnName('huge extension'), spki, [extension('1.2.3.4.5', tlv(0x04, bulk))]);
  }
};

export const toPem = (ders: readonly Uint8Array[], label = 'CERTIFICATE'): string =>
  ders
    .map((der) => {
      const body = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
      return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
    })
    .join('');
