import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The IGC-Santé vectors vendored in test/vectors/igc-sante. */
export const VECTORS = path.resolve(import.meta.dirname, '../../vectors/igc-sante');

export const vectorFile = (...parts: string[]): string => path.join(VECTORS, ...parts);

export const listVectorFiles = (folder: 'prod' | 'test'): string[] =>
  readdirSync(vectorFile(folder)).map((f) => vectorFile(folder, f));

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/** Each PEM block of a text, as { label, der }. */
export const pemBlocks = (text: string): { label: string; der: Uint8Array }[] =>
  [...text.matchAll(PEM_BLOCK)].map((m) => ({
    label: m[1] ?? '',
    der: new Uint8Array(Buffer.from((m[2] ?? '').replace(/\s+/g, ''), 'base64')),
  }));

/** A certificate file's certificates: DER file, PEM bundle, or PKCS#7 bundle (via openssl). */
export const certificatesIn = (file: string): Uint8Array[] => {
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  if (text.includes('-----BEGIN PKCS7-----')) {
    const out = execFileSync('openssl', ['pkcs7', '-in', file, '-print_certs'], { encoding: 'latin1' });
    return pemBlocks(out).map((b) => b.der);
  }
  if (text.includes('-----BEGIN CERTIFICATE-----'))
    return pemBlocks(text)
      .filter((b) => b.label === 'CERTIFICATE')
      .map((b) => b.der);
  return [new Uint8Array(bytes)];
};

/**
 * The certificates of the real TEST platform download. Its certificate bags are not
 * encrypted, so openssl lists them with an empty password, skipping the MAC check (the
 * password is not public). '-legacy' keeps older openssl 3 builds happy with 3DES bags.
 */
export const certificatesInP12 = (file: string): Uint8Array[] => {
  const args = ['pkcs12', '-in', file, '-nokeys', '-passin', 'pass:', '-nomacver'];
  let out: string;
  try {
    out = execFileSync('openssl', [...args, '-legacy'], {
      encoding: 'latin1',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    out = execFileSync('openssl', args, { encoding: 'latin1', stdio: ['ignore', 'pipe', 'ignore'] });
  }
  return pemBlocks(out)
    .filter((b) => b.label === 'CERTIFICATE')
    .map((b) => b.der);
};
