import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Third-party vectors vendored in test/vectors. */
export const VECTORS = path.resolve(import.meta.dirname, '../../../vectors');
export const PYCA = path.join(VECTORS, 'pyca-cryptography');
export const IGC = path.join(VECTORS, 'igc-sante');

export type ManifestEntry = {
  kind: string;
  expect: 'valid' | 'invalid' | 'parse-error' | null;
  expect_scope: string;
  password?: string | null;
  note: string;
};

export const pycaManifest = (): Record<string, ManifestEntry> =>
  (
    JSON.parse(readFileSync(path.join(PYCA, 'manifest.json'), 'utf8')) as {
      files: Record<string, ManifestEntry>;
    }
  ).files;

export const loadVector = (...parts: string[]): Uint8Array =>
  new Uint8Array(readFileSync(path.join(...parts)));

export const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
