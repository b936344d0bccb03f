/**
 * OCSP answers as revocation evidence for path validation (RFC 6960): an answer the caller
 * holds (given in a file, or fetched), signed by the certificate's issuer or a responder it
 * delegated to, about this serial of this issuer, current at the validation time. Read by
 * the revocation topic's own parser; what it means for the path is decided here.
 */
import { readIssuer, readSubject, type RevocationLimits } from '../revocation/index.js';
import type { CertFacts } from './cert-facts.js';
import type { RevocationStatus } from './revocation.js';

/** Stored answers: the usual clock skew, and a day for an answer without nextUpdate. */
const LIMITS: RevocationLimits = {
  crlMaxBytes: 0,
  ocspMaxBytes: 0,
  timeoutMs: 0,
  skewMs: 5 * 60_000,
  ocspMaxAgeMs: 24 * 3_600_000,
};

/** The first conclusive answer (good or revoked) among `answers` for `cert`; null when none is. */
export const ocspStatus = async (
  cert: CertFacts,
  issuer: CertFacts,
  answers: readonly Uint8Array[],
  at: Date,
): Promise<RevocationStatus | null> => {
  if (answers.length === 0) return null;
  // Loaded with the first answer to read: a validation without OCSP answers (an inspection,
  // a scan) never loads the OCSP schemas.
  const { certIdFor, readOcspResponse } = await import('../ocsp/index.js');
  let id;
  let issuerInfo;
  try {
    issuerInfo = readIssuer(issuer.der);
    id = certIdFor(readSubject(cert.der), issuerInfo);
  } catch {
    return null;
  }
  for (const body of answers) {
    const answer = await readOcspResponse(body, {
      issuer: issuerInfo,
      id,
      nonce: new Uint8Array(0),
      now: at,
      limits: LIMITS,
      requireNonce: false,
    });
    if (!answer.ok || answer.value.status === 'unknown') continue;
    if (answer.value.status === 'good') return { status: 'good' };
    const revokedAt = new Date(answer.value.revokedAt ?? at.toISOString());
    return {
      status: 'revoked',
      message: `${cert.subjectText} is revoked (since ${revokedAt.toISOString()}, per OCSP)`,
      revokedAt,
      reason: null,
    };
  }
  return null;
};
