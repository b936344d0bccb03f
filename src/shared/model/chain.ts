import { z } from 'zod';
import { Environment } from './igc-sante.js';

export const ChainStatus = z.enum(['valid', 'invalid', 'unknown-anchor']);
export type ChainStatus = z.infer<typeof ChainStatus>;

export const ChainReason = z.enum([
  'expired',
  'not-yet-valid',
  'bad-signature',
  'issuer-not-ca',
  'path-length-exceeded',
  'environment-mismatch',
  'issuer-missing',
  'untrusted-root',
  'loop',
  'unsupported-algorithm',
  'key-usage',
  'name-constraints',
  'policy',
  'unknown-critical-extension',
  'malformed',
]);
export type ChainReason = z.infer<typeof ChainReason>;

export const ChainLink = z.object({
  subject: z.string(),
  sha256: z.string(),
  /** Where this certificate came from: the inspected file, or the local trust store. */
  source: z.enum(['file', 'trust-store']),
});

export const ChainReport = z.object({
  status: ChainStatus,
  /** The pinned IGC-Santé anchor the path ends at. */
  anchor: z.object({ name: z.string(), sha256: z.string(), environment: Environment }).nullable(),
  reason: ChainReason.nullable(),
  /** Leaf first, anchor last. */
  path: z.array(ChainLink),
});
export type ChainReport = z.infer<typeof ChainReport>;
