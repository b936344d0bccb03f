/**
 * The fuzzers' starting points: the real files vendored in test/vectors, by what they hold
 * (from each suite's manifest.json), with their passwords. Mutations start from these so
 * that most cases get deep into a parser before they go wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IGC, VECTORS, vector } from '../helpers/vectors.js';

export type SeedKind =
  'certificate' | 'csr' | 'crl' | 'pkcs7' | 'pkcs12' | 'key' | 'encrypted-key' | 'public-key';

export type Seed = {
  /** suite:path, for failure reports. */
  readonly name: string;
  readonly kind: SeedKind;
  /** The file as vendored: DER, or PEM text. */
  readonly file: Uint8Array;
  /** The DER of its first object (the file itself when it is DER). */
  readonly der: Uint8Array;
  readonly password?: string;
};

type ManifestEntry = {
  kind: string;
  password?: string | null;
  intermediates?: string[];
  crls?: string[];
  trust_anchor?: string;
};

const manifest = (suite: string): Record<string, ManifestEntry> =>
  (
    JSON.parse(readFileSync(join(VECTORS, suite, 'manifest.json'), 'utf8')) as {
      files: Record<string, ManifestEntry>;
    }
  ).files;

const isPem = (bytes: Uint8Array): boolean => Buffer.from(bytes).includes('-----BEGIN ');

/** The first PEM block's DER (test code: a plain regex is enough for the vendored files). */
const firstBlock = (text: Uint8Array): Uint8Array | null => {
  const m = /-----BEGIN ([^-]+)-----([\s\S]*?)-----END \1-----/.exec(Buffer.from(text).toString('latin1'));
  if (!m?.[2]) return null;
  const body = m[2].includes(':')
    ? m[2]
        .split(/\r?\n\r?\n/)
        .slice(1)
        .join('\n')
    : m[2];
  return new Uint8Array(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
};

const PYCA_KINDS: Record<string, SeedKind> = {
  'x509-certificate': 'certificate',
  'x509-certificate-bundle': 'certificate',
  csr: 'csr',
  'x509-crl': 'crl',
  'pkcs7-certificates': 'pkcs7',
  'pkcs7-enveloped': 'pkcs7',
  pkcs12: 'pkcs12',
};

const pycaKind = (kind: string): SeedKind | null => {
  if (PYCA_KINDS[kind]) return PYCA_KINDS[kind];
  if (kind.startsWith('public-key')) return 'public-key';
  if (kind.startsWith('private-key')) return kind.includes('encrypted') ? 'encrypted-key' : 'key';
  return null;
};

const NIST_KINDS: Record<string, SeedKind> = {
  'pkits-end-entity': 'certificate',
  'pkits-ca-certificate': 'certificate',
  'pkits-trust-anchor': 'certificate',
  'pkits-crl': 'crl',
  pkcs12: 'pkcs12',
};

const seed = (suite: string, path: string, kind: SeedKind, password?: string | null): Seed => {
  const file = vector(suite, ...path.split('/'));
  const der = isPem(file) ? (firstBlock(file) ?? file) : file;
  return { name: `${suite}:${path}`, kind, file, der, ...(password == null ? {} : { password }) };
};

const load = (): Seed[] => {
  const seeds: Seed[] = [];
  for (const [path, e] of Object.entries(manifest('pyca-cryptography'))) {
    const kind = pycaKind(e.kind);
    if (kind) seeds.push(seed('pyca-cryptography', path, kind, e.password));
  }
  for (const [path, e] of Object.entries(manifest('nist-pkits'))) {
    const kind = NIST_KINDS[e.kind];
    if (kind) seeds.push(seed('nist-pkits', path, kind, e.password));
  }
  const igc: [string, SeedKind][] = [
    ['prod/ACR_ELEMENTAIRE_20130625.cer', 'certificate'],
    ['prod/ACR_FORT_20130625.cer', 'certificate'],
    ['prod/AC_ELEMENTAIRE_ORGANISATIONS_20130625.cer', 'certificate'],
    ['prod/AC_STANDARD_PERSONNES_20130625.cer', 'certificate'],
    ['prod/Chaine_de_certification-IGC-Sante.p7b', 'pkcs7'],
    ['test/TEST_AC_IGC-SANTE_ELEMENTAIRE_PERSONNES.pem', 'certificate'],
    ['test/ca-bundle-tomws.crt', 'certificate'],
    ['end-entity/INSI-AUTO-certificate.p12', 'pkcs12'],
  ];
  for (const [path, kind] of igc) seeds.push(seed('igc-sante', path, kind));
  return seeds;
};

export const SEEDS: readonly Seed[] = load();

export const seedsOf = (...kinds: SeedKind[]): readonly Seed[] => {
  const found = SEEDS.filter((s) => kinds.includes(s.kind));
  if (found.length === 0) throw new Error(`no vendored vector of kind ${kinds.join(', ')}`);
  return found;
};

/** PKITS end-entity cases: the target, the CAs and CRLs it needs, the anchor (manifest.json). */
export type PkitsCase = {
  name: string;
  target: Uint8Array;
  intermediates: Uint8Array[];
  crls: Uint8Array[];
  anchor: Uint8Array;
};

export const pkitsCases = (): PkitsCase[] =>
  Object.entries(manifest('nist-pkits'))
    .filter(([, e]) => e.kind === 'pkits-end-entity' && e.trust_anchor !== undefined)
    .map(([path, e]) => ({
      name: path,
      target: vector('nist-pkits', ...path.split('/')),
      intermediates: (e.intermediates ?? []).map((p) => vector('nist-pkits', ...p.split('/'))),
      crls: (e.crls ?? []).map((p) => vector('nist-pkits', ...p.split('/'))),
      anchor: vector('nist-pkits', ...(e.trust_anchor as string).split('/')),
    }));

/** The IGC-Santé production CA certificates: the trust store of inspector cases. */
export const igcStore = (): Uint8Array[] =>
  [
    'ACR_ELEMENTAIRE_20130625.cer',
    'ACR_STANDARD_20130625.cer',
    'ACR_FORT_20130625.cer',
    'AC_ELEMENTAIRE_ORGANISATIONS_20130625.cer',
    'AC_ELEMENTAIRE_PERSONNES_20130625.cer',
    'AC_STANDARD_ORGANISATIONS_20130625.cer',
    'AC_STANDARD_PERSONNES_20130625.cer',
    'AC_FORT_ORGANISATIONS_20130625.cer',
    'AC_FORT_PERSONNES_20130625.cer',
  ].map((f) => new Uint8Array(readFileSync(join(IGC, 'prod', f))));
