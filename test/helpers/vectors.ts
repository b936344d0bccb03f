import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** ../shared/vectors, read in place (never copied into the repository). */
export const VECTORS = join(import.meta.dirname, '..', '..', '..', 'shared', 'vectors');
export const IGC = join(VECTORS, 'igc-sante');
export const INSI_P12 = join(IGC, 'end-entity', 'INSI-AUTO-certificate.p12');

export const vector = (...parts: string[]): Uint8Array =>
  new Uint8Array(readFileSync(join(VECTORS, ...parts)));
