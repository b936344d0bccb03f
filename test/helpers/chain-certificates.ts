/**
 * Many small certificates in chains, fast: one root and a few intermediates (P-256), then
 * leaves that share one key and differ only by serial and CN, each signed with node:crypto
 * over a DER template (tens of microseconds per certificate, not one openssl process each).
 * For benchmarks and for tests that need volume with real chains (chain building must stay
 * linear); many-certificates.ts makes single-CA bulk and hostile shapes for the reader.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bitString,
  booleanTrue,
  contextConstructed,
  contextPrimitive,
  namedBits,
  objectIdentifier,
  octetString,
  sequence,
  setOf,
  utf8String,
} from '../../src/shared/asn1/build.js';
import { encodeElement } from '../../src/shared/asn1/encode.js';

const ECDSA_SHA256 = sequence(objectIdentifier('1.2.840.10045.4.3.2'));
const UTC_TIME = 0x17;
const DAY = 86_400_000;

const name = (cn: string): Uint8Array =>
  sequence(setOf([sequence(objectIdentifier('2.5.4.3'), utf8String(cn))]));

/** A distinguished name's parts, written in the usual order (C, O, OU…, CN). */
export type NameParts = { c?: string; o?: string; ou?: readonly string[]; cn: string };

const attribute = (oid: string, value: string) => setOf([sequence(objectIdentifier(oid), utf8String(value))]);

const nameOf = (p: NameParts): Uint8Array =>
  sequence(
    ...(p.c ? [attribute('2.5.4.6', p.c)] : []),
    ...(p.o ? [attribute('2.5.4.10', p.o)] : []),
    ...(p.ou ?? []).map((ou) => attribute('2.5.4.11', ou)),
    attribute('2.5.4.3', p.cn),
  );

const utcTime = (d: Date): Uint8Array =>
  encodeElement(
    0,
    UTC_TIME,
    new TextEncoder().encode(`${d.toISOString().slice(2, 19).replace(/[-T:]/g, '')}Z`),
  );

const integer = (n: number): Uint8Array => {
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  if (bytes.length === 0 || (bytes[0] as number) >= 0x80) bytes.unshift(0);
  return encodeElement(0, 0x02, Uint8Array.from(bytes));
};

const extension = (oid: string, value: Uint8Array, critical = false): Uint8Array =>
  critical
    ? sequence(objectIdentifier(oid), booleanTrue(), octetString(value))
    : sequence(objectIdentifier(oid), octetString(value));

const keyId = (spki: Uint8Array) => new Uint8Array(createHash('sha1').update(spki).digest());

type Issuer = { name: Uint8Array; key: KeyObject; spki: Uint8Array };

type CertificateInput = {
  serial: number;
  subject: Uint8Array;
  spki: Uint8Array;
  issuer: Issuer;
  ca: boolean;
  from: Date;
  to: Date;
};

const certificate = (o: CertificateInput): Uint8Array => {
  const aki = extension('2.5.29.35', sequence(contextPrimitive(0, keyId(o.issuer.spki))));
  // Leaves carry only the AKI, so that about 25,000 fit in one 10 MiB PEM file.
  const exts = o.ca
    ? sequence(
        extension('2.5.29.19', sequence(booleanTrue()), true),
        extension('2.5.29.15', namedBits([5, 6]), true),
        extension('2.5.29.14', octetString(keyId(o.spki))),
        aki,
      )
    : sequence(aki);
  const tbs = sequence(
    contextConstructed(0, integer(2)),
    integer(o.serial),
    ECDSA_SHA256,
    o.issuer.name,
    sequence(utcTime(o.from), utcTime(o.to)),
    o.subject,
    o.spki,
    contextConstructed(3, exts),
  );
  const signature = sign('sha256', tbs, o.issuer.key);
  return sequence(tbs, ECDSA_SHA256, bitString(new Uint8Array(signature)));
};

const newKey = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { key: privateKey, spki: new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })) };
};

export type ChainCertificates = { root: Uint8Array; intermediates: Uint8Array[]; leaves: Uint8Array[] };

/** Names other than the default `L{i}` / `Vigie bench CA {i}` (an inventory that looks real). */
export type CertificateNames = {
  leaf?: (i: number) => NameParts;
  /** IGC-Santé CA names (O=ASIP-SANTE, OU=IGC-SANTE TEST) make the leaves read as IGC-Santé. */
  ca?: (i: number) => NameParts;
};

/** `count` leaves under `intermediates` CAs under one self-signed root (not a pinned anchor). */
export const makeCertificates = (
  count: number,
  intermediates = 2,
  now = new Date(),
  names: CertificateNames = {},
): ChainCertificates => {
  const from = new Date(now.getTime() - DAY);
  const to = new Date(now.getTime() + 365 * DAY);
  const root: Issuer = { name: name('Vigie bench root'), ...newKey() };
  const rootDer = certificate({
    serial: 1,
    subject: root.name,
    spki: root.spki,
    issuer: root,
    ca: true,
    from,
    to,
  });
  const cas = Array.from({ length: intermediates }, (_, i) => {
    const ca: Issuer = {
      name: names.ca ? nameOf(names.ca(i)) : name(`Vigie bench CA ${i + 1}`),
      ...newKey(),
    };
    const der = certificate({
      serial: 2 + i,
      subject: ca.name,
      spki: ca.spki,
      issuer: root,
      ca: true,
      from,
      to,
    });
    return { ca, der };
  });
  const leafKey = newKey();
  const leaves = Array.from({ length: count }, (_, i) => {
    const { ca } = cas[i % cas.length] as { ca: Issuer };
    const subject = names.leaf ? nameOf(names.leaf(i)) : name(`L${i}`);
    return certificate({ serial: 1000 + i, subject, spki: leafKey.spki, issuer: ca, ca: false, from, to });
  });
  return { root: rootDer, intermediates: cas.map((c) => c.der), leaves };
};

const pem = (der: Uint8Array): string =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/.{64}/g, '$&\n')
    .replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;

/**
 * `count` certificate files in `dir` (every other one PEM, the rest DER), the root and
 * intermediates first; returns their paths.
 */
export const makeManyCertificates = (dir: string, count: number): string[] => {
  const { root, intermediates, leaves } = makeCertificates(Math.max(0, count - 3));
  return [root, ...intermediates, ...leaves].slice(0, count).map((der, i) => {
    const path = join(dir, i % 2 === 0 ? `cert-${i}.pem` : `cert-${i}.der`);
    writeFileSync(path, i % 2 === 0 ? pem(der) : der);
    return path;
  });
};

/**
 * One PEM file of up to `count` certificates (the CAs, then leaves) that stays within
 * `maxBytes` (the reader's file limit by default); returns its path and blocks.
 */
export const makeBigPem = (
  dir: string,
  count: number,
  maxBytes = 10 * 1024 * 1024,
): { path: string; ders: Uint8Array[] } => {
  const { root, intermediates, leaves } = makeCertificates(Math.max(0, count - 3));
  const ders: Uint8Array[] = [];
  const blocks: string[] = [];
  let size = 0;
  for (const der of [root, ...intermediates, ...leaves]) {
    const block = pem(der);
    if (size + block.length > maxBytes) break;
    size += block.length;
    ders.push(der);
    blocks.push(block);
  }
  const path = join(dir, 'many.pem');
  writeFileSync(path, blocks.join(''));
  return { path, ders };
};
