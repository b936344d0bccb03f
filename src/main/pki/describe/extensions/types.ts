import type { AlgorithmRef } from '../../../../shared/model/certificate.js';
import type { GeneralName } from '../../../../shared/model/names.js';

/** What the certificate/CSR/CRL views lift out of well-decoded extensions. */
export type ExtensionFacts = {
  keyUsage?: string[];
  extendedKeyUsage?: AlgorithmRef[];
  subjectAltNames?: GeneralName[];
  basicConstraints?: { isCa: boolean; pathLength: number | null };
  policies?: string[];
  crlDistributionPoints?: string[];
  ocsp?: string[];
  caIssuers?: string[];
  crlNumber?: string;
  deltaCrlBase?: string;
  reason?: string;
};

export type Decoded = { summary: string[]; facts?: ExtensionFacts };

/** Decodes an extnValue (the OCTET STRING contents); throws DerError when malformed. */
export type ExtensionDecoder = (value: Uint8Array) => Decoded;
