/** Reads the third-party vectors vendored in test/vectors. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const VECTORS = path.resolve(import.meta.dirname, '../../../../vectors');
export const PYCA = path.join(VECTORS, 'pyca-cryptography');
export const IGC_PROD = path.join(VECTORS, 'igc-sante/prod');

export type ManifestEntry = {
  kind: string;
  expect: 'valid' | 'invalid' | 'parse-error' | null;
  expect_scope: string;
  note: string;
  signature?: 'valid' | 'invalid';
  issuer_cert?: string;
};

export const pycaManifest = (): Record<string, ManifestEntry> =>
  (
    JSON.parse(readFileSync(path.join(PYCA, 'manifest.json'), 'utf8')) as {
      files: Record<string, ManifestEntry>;
    }
  ).files;

/** DER of a file: the first PEM block when there is one (text before it is skipped), else the raw bytes. */
export const derOf = (file: string): Uint8Array => {
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  const begin = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text);
  if (!begin) return new Uint8Array(bytes);
  const endMarker = `-----END ${begin[1]}-----`;
  const end = text.indexOf(endMarker, begin.index);
  const body = text.slice(begin.index + begin[0].length, end < 0 ? undefined : end);
  return new Uint8Array(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
};

export const pycaDer = (relative: string): Uint8Array => derOf(path.join(PYCA, relative));

export const igcProdFiles = (): string[] =>
  readdirSync(IGC_PROD)
    .filter((f) => f.endsWith('.cer'))
    .sort()
    .map((f) => path.join(IGC_PROD, f));
