import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Third-party vectors, vendored in test/vectors (each folder keeps its SOURCES.md). */
export const VECTORS = join(import.meta.dirname, '..', 'vectors');
export const IGC = join(VECTORS, 'igc-sante');
export const INSI_P12 = join(IGC, 'end-entity', 'INSI-AUTO-certificate.p12');

export const vector = (...parts: string[]): Uint8Array =>
  new Uint8Array(readFileSync(join(VECTORS, ...parts)));
