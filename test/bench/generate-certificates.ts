import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bitString,
  booleanTrue,
  contextConstructed,
  objectIdentifier,
  octetString,
  sequence,
  setOf,
  unsignedInteger,
  utf8String,
} from '../../src/shared/asn1/build.js';
import { encodeElement } from '../../src/shared/asn1/encode.js';
import { Univ } from '../../src/shared/asn1/tags.js';

/**
 * Many small, valid certificates, fast: one Ed25519 CA and leaves signed in-process over a
 * hand-built TBS (no openssl per certificate). Ed25519 keeps each certificate around 250
 * bytes of DER, so ~25,000 of them fit in a 10 MiB PEM, the reader's size cap. Every leaf
 * shares one key pair: the benchmark measures parsing and chain work, not key generation.
 */
const ED25519 = '1.3.101.112';
const CN = '2.5.4.3';
const O = '2.5.4.10';
const BASIC_CONSTRAINTS = '2.5.29.19';

const algorithm = sequence(objectIdentifier(ED25519));
const name = (cn: string) =>
  sequence(
    setOf([sequence(objectIdentifier(O), utf8String('Vigie bench'))]),
    setOf([sequence(objectIdentifier(CN), utf8String(cn))]),
  );
const utcTime = (d: Date) => {
  const iso = d.toISOString();
  const text = `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return encodeElement(0x00, Univ.utcTime, new TextEncoder().encode(text));
};
const validity = sequence(
  utcTime(new Date(Date.now() - 86_400_000)),
  utcTime(new Date(Date.now() + 365 * 86_400_000)),
);
const spkiOf = (key: KeyObject) => new Uint8Array(key.export({ format: 'der', type: 'spki' }));
const caExtensions = contextConstructed(
  3,
  sequence(
    sequence(objectIdentifier(BASIC_CONSTRAINTS), booleanTrue(), octetString(sequence(booleanTrue()))),
  ),
);

const certificate = (
  serial: number,
  issuer: Uint8Array,
  subject: Uint8Array,
  spki: Uint8Array,
  signer: KeyObject,
  ca: boolean,
) => {
  const version = contextConstructed(0, unsignedInteger(2));
  const tbs = sequence(
    version,
    unsignedInteger(serial),
    algorithm,
    issuer,
    validity,
    subject,
    spki,
    ...(ca ? [caExtensions] : []),
  );
  return sequence(tbs, algorithm, bitString(new Uint8Array(sign(null, tbs, signer))));
};

export type GeneratedCertificates = { ca: Uint8Array; leaves: Uint8Array[] };

export const generateCertificates = (count: number): GeneratedCertificates => {
  const caKeys = generateKeyPairSync('ed25519');
  const leafKeys = generateKeyPairSync('ed25519');
  const caName = name('Vigie bench CA');
  const ca = certificate(1, caName, caName, spkiOf(caKeys.publicKey), caKeys.privateKey, true);
  const leafSpki = spkiOf(leafKeys.publicKey);
  const leaves = Array.from({ length: count }, (_, i) =>
    certificate(1000 + i, caName, name(`leaf ${i}`), leafSpki, caKeys.privateKey, false),
  );
  return { ca, leaves };
};

export const toPem = (der: Uint8Array): string =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;

/** `count` files in `dir`, every other one PEM (the rest DER); the CA first. Returns the paths. */
export const writeCertificateFiles = (dir: string, count: number): string[] => {
  const { ca, leaves } = generateCertificates(count - 1);
  return [ca, ...leaves].map((der, i) => {
    const pem = i % 2 === 0;
    const path = join(dir, `cert-${i}.${pem ? 'pem' : 'der'}`);
    writeFileSync(path, pem ? toPem(der) : der);
    return path;
  });
};

/** One PEM bundle of the CA and as many leaves as fit under `maxBytes`. */
export const writeBigPem = (path: string, maxBytes: number, want: number): number => {
  const { ca, leaves } = generateCertificates(want);
  const parts = [toPem(ca)];
  let size = parts[0]!.length;
  for (const leaf of leaves) {
    const pem = toPem(leaf);
    if (size + pem.length > maxBytes) break;
    parts.push(pem);
    size += pem.length;
  }
  writeFileSync(path, parts.join(''));
  return parts.length;
};
