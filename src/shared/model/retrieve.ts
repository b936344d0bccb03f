import { z } from 'zod';
import { ChainReport } from './chain.js';
import { Environment, ProductCode } from './igc-sante.js';
import { RevocationReport } from './revocation.js';

/** Why an issued certificate does not look like what was ordered. */
export const IssueMismatch = z.enum([
  'product',
  'environment',
  'subject',
  'key-usage',
  'expired',
  'not-igc-sante',
]);
export type IssueMismatch = z.infer<typeof IssueMismatch>;

/** One certificate of a file the user brings back from the IGC-Santé platform. */
export const RetrievedCertificate = z.object({
  sha256: z.string(),
  spkiSha256: z.string(),
  subject: z.string(),
  product: ProductCode.nullable(),
  environment: Environment.nullable(),
  notAfter: z.iso.datetime(),
  isCa: z.boolean(),
  chain: ChainReport,
  /**
   * Issued by the IGC-Santé (valid chain to a pinned anchor of its environment, see
   * igcSante.genuine). Keeping a certificate that is not needs the user's explicit consent.
   */
  genuine: z.boolean(),
  /**
   * Issued by Vigie's own rehearsal sandbox ("bac à sable", services/sandbox), or one of its
   * CAs: recognised by signature against the local sandbox CA. A test certificate with no value
   * outside Vigie; never `genuine`, but not a look-alike either.
   */
  sandbox: z.boolean(),
  /** The pending order whose key this certificate belongs to (matched by public key). */
  matchedOrderId: z.string().nullable(),
  /** Differences from that order; empty when it is exactly what was ordered. */
  mismatches: z.array(IssueMismatch),
  /** The file also holds this certificate's private key (a platform-generated PKCS#12). */
  keyInFile: z.boolean(),
  /** OCSP then CRL, checked against the issuer from `chain` at analysis time. */
  revocation: RevocationReport,
});
export type RetrievedCertificate = z.infer<typeof RetrievedCertificate>;

export const RetrieveAnalysis = z.object({
  certificates: z.array(RetrievedCertificate),
  /** A PKCS#12 whose key (or integrity) needs its password before it can be kept. */
  passwordRequired: z.boolean(),
});
export type RetrieveAnalysis = z.infer<typeof RetrieveAnalysis>;

/**
 * nginx and Apache configuration excerpts for an exported PEM bundle, written by main only
 * (pki/export/server-snippets.ts) with the real paths of the files: the window shows them.
 */
export const ServerSnippets = z.object({ nginx: z.string(), apache: z.string() });
export type ServerSnippets = z.infer<typeof ServerSnippets>;

export const Pkcs12Profile = z.enum(['modern', 'compatible']);
export type Pkcs12Profile = z.infer<typeof Pkcs12Profile>;
