import type { ChainReport } from '../model/chain.js';
import type { Environment } from '../model/igc-sante.js';
import { findPinnedCa } from './anchors.js';

/**
 * Was this certificate really issued by the IGC-Santé? Names can be copied by anyone, so
 * only two facts count: the certificate is itself a pinned CA, or its chain is valid up to
 * a pinned anchor of its own environment. The anchor is looked up again in the pinned list
 * (not trusted from the report) so an extra anchor a session adds (VIGIE_DEV_ANCHORS, a
 * test's fixture root) can make a chain valid but never makes a certificate genuine.
 */
export const isGenuine = (
  sha256: string,
  environment: Environment | null,
  chain: ChainReport | null,
): boolean => {
  if (environment === null) return false;
  const own = findPinnedCa(sha256);
  if (own !== undefined) return own.environment === environment;
  if (chain === null || chain.status !== 'valid' || chain.anchor === null) return false;
  const anchor = findPinnedCa(chain.anchor.sha256);
  const leaf = chain.path[0]?.sha256;
  return (
    anchor !== undefined &&
    anchor.environment === environment &&
    chain.anchor.environment === environment &&
    // The report must be about this certificate, not another one of the same file.
    leaf !== undefined &&
    leaf.toUpperCase() === sha256.toUpperCase()
  );
};
