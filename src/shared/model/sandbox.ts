import { z } from 'zod';

/** Why a sandbox certificate is revoked (RFC 5280 CRLReason names, the ones a user would pick). */
export const SandboxRevocationReason = z.enum([
  'unspecified',
  'keyCompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
]);
export type SandboxRevocationReason = z.infer<typeof SandboxRevocationReason>;

/** One certificate the sandbox CA issued. */
export const SandboxCertificate = z.object({
  sha256: z.string(),
  serialHex: z.string(),
  subject: z.string(),
  orderId: z.string(),
  product: z.string(),
  issuedAt: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  reason: SandboxRevocationReason.nullable(),
  /** The certificate, then the sandbox issuing CA and root: what the user retrieves. */
  pem: z.string(),
  /**
   * Checked against the sandbox's own root (never the IGC-Santé trust store): signatures,
   * dates, and the sandbox revocation list. 'valid' means "valide dans le bac à sable" only.
   */
  sandboxCheck: z.enum(['valid', 'revoked', 'expired', 'invalid']),
});
export type SandboxCertificate = z.infer<typeof SandboxCertificate>;

export const SandboxStatus = z.object({
  /** The sandbox CA exists in the data folder. */
  created: z.boolean(),
  /** http://127.0.0.1:<port> while the loopback CRL / OCSP server runs, else null. */
  serverUrl: z.string().nullable(),
  rootSubject: z.string().nullable(),
  issuingSubject: z.string().nullable(),
  issued: z.number().int(),
  revoked: z.number().int(),
  certificates: z.array(SandboxCertificate),
});
export type SandboxStatus = z.infer<typeof SandboxStatus>;

export const SandboxErrorCode = z.enum([
  'order-not-found',
  'order-not-pending',
  'not-test-order',
  'no-csr',
  'bad-csr',
  'not-found',
  'already-revoked',
  'failed',
]);
export type SandboxErrorCode = z.infer<typeof SandboxErrorCode>;

export const SandboxError = z.object({ code: SandboxErrorCode, message: z.string() });
export type SandboxError = z.infer<typeof SandboxError>;
