/** Revocation results as the rest of the app sees them. */
export type RevocationStatus = 'good' | 'revoked' | 'unknown';

export type RevocationCheck = {
  status: RevocationStatus;
  /** ISO date, when revoked. */
  revokedAt?: string;
  /** CRLReason name (keyCompromise, superseded…) when the CRL entry or OCSP answer gave one. */
  reason?: string;
  /** Where the answer came from (for 'unknown': the last source tried). */
  source: 'crl' | 'ocsp';
  /** One English sentence; for 'unknown' it always says why. */
  detail: string;
  /** What was tried on the way (skipped LDAP URLs, failed mirrors, OCSP fallback…). */
  notes: string[];
};

export type CheckOptions = {
  /** Ask the OCSP responder of the AIA first (default true). */
  ocsp?: boolean;
  /** Fall back to (or use only) the CRLs (default true). */
  crl?: boolean;
  /** Refuse OCSP answers that do not echo our nonce (default false: many responders pre-sign). */
  requireNonce?: boolean;
};

/** A CRL that verified against the issuer and is fresh at the time of the check. */
export type VerifiedCrl = {
  url: string;
  der: Uint8Array;
  thisUpdate: string;
  nextUpdate: string;
  crlNumber: string | null;
  /** BaseCRLNumber of a delta CRL. */
  deltaBase: string | null;
  delta: boolean;
  fromCache: boolean;
};

export type CrlSet = { base: VerifiedCrl | null; delta: VerifiedCrl | null; notes: string[] };

export type RevocationLimits = {
  crlMaxBytes: number;
  ocspMaxBytes: number;
  timeoutMs: number;
  /** Clock skew tolerated on thisUpdate / nextUpdate. */
  skewMs: number;
  /** OCSP answers without nextUpdate are accepted this long after their thisUpdate. */
  ocspMaxAgeMs: number;
};
