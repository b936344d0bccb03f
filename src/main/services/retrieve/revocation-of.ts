import { createHash } from 'node:crypto';
import type { ChainReport } from '../../../shared/model/chain.js';
import type { RevocationReport, RevocationUnknownCause } from '../../../shared/model/revocation.js';
import type { RevocationService } from '../revocation/index.js';

/** What retrieval needs from the revocation service; absent when fetching is off. */
export type RevocationChecker = Pick<RevocationService, 'checkCertificate'>;

const unknown = (cause: RevocationUnknownCause, detail: string): RevocationReport => ({
  status: 'unknown',
  revokedAt: null,
  reason: null,
  source: null,
  cause,
  detail,
});

const sha256 = (der: Uint8Array) => createHash('sha256').update(der).digest('hex').toUpperCase();

/** The issuer's bytes: the second link of the built path, found among the certificates we hold. */
export const issuerOf = (chain: ChainReport, pool: readonly Uint8Array[]): Uint8Array | null => {
  const link = chain.path[1];
  if (link === undefined) return null;
  return pool.find((der) => sha256(der) === link.sha256) ?? null;
};

/**
 * Checks an end-entity certificate against the issuer of its built path. Every obstacle
 * (fetching off, no issuer, servers down, answers that do not verify) is an 'unknown'
 * that says why: the user decides with that in front of them, nothing is guessed.
 */
export const revocationOf = async (
  checker: RevocationChecker | null,
  leaf: { der: Uint8Array; isCa: boolean },
  issuer: Uint8Array | null,
): Promise<RevocationReport> => {
  // CA certificates come along in the file; their status is the platform's business, not a retrieval's.
  if (leaf.isCa) return unknown('is-ca', 'CA certificates are not checked for revocation here');
  if (checker === null) return unknown('offline', 'network access is turned off: revocation was not checked');
  if (issuer === null)
    return unknown('no-issuer', 'the issuing CA certificate is not available: revocation cannot be checked');
  const check = await checker.checkCertificate(leaf.der, issuer);
  if (check.status === 'unknown') {
    // The CRL detail already lists its notes; keep the OCSP ones it does not repeat.
    const extra = check.notes.filter((n) => !check.detail.includes(n));
    const detail = [check.detail, ...extra].join('; ').slice(0, 2000);
    const nothingToAsk =
      /has no cRLDistributionPoints|no OCSP URL/.test(detail) && !/OCSP/.test(extra.join());
    return unknown(nothingToAsk ? 'no-source' : 'unreachable', detail);
  }
  return {
    status: check.status,
    revokedAt: check.revokedAt ?? null,
    reason: check.reason ?? null,
    source: check.source,
    cause: null,
    detail: check.detail,
  };
};
