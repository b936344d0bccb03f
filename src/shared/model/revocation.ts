import { z } from 'zod';

/**
 * RFC 5280 §5.3.1 CRLReason names, as CRL entries and OCSP answers carry them. The UI
 * translates them; an unexpected name stays a plain string rather than failing the report.
 */
export const REVOCATION_REASONS = [
  'unspecified',
  'keyCompromise',
  'cACompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
  'certificateHold',
  'removeFromCRL',
  'privilegeWithdrawn',
  'aACompromise',
] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export const RevocationStatus = z.enum(['good', 'revoked', 'unknown']);
export type RevocationStatus = z.infer<typeof RevocationStatus>;

/** Why no answer could be had, for the UI to explain without parsing English. */
export const RevocationUnknownCause = z.enum(['offline', 'no-issuer', 'unreachable', 'no-source', 'is-ca']);
export type RevocationUnknownCause = z.infer<typeof RevocationUnknownCause>;

/** The revocation status of one certificate, as checked when a file was analysed. */
export const RevocationReport = z.object({
  status: RevocationStatus,
  /** ISO date of the revocation, when revoked. */
  revokedAt: z.iso.datetime().nullable(),
  /** CRLReason name when the CRL entry or OCSP answer gave one. */
  reason: z.string().max(64).nullable(),
  source: z.enum(['ocsp', 'crl']).nullable(),
  /** For 'unknown': the kind of obstacle; null otherwise. */
  cause: RevocationUnknownCause.nullable(),
  /** One English sentence; for 'unknown' it always says why. */
  detail: z.string().max(2000),
});
export type RevocationReport = z.infer<typeof RevocationReport>;
