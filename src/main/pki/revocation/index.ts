/** The revocation topic of the PKI library: what services may use. */
export { distributionPointUris, namesCrl, namesIssuer, readIssuer, readSubject } from './cert-info.js';
export type { IssuerInfo, SubjectInfo } from './cert-info.js';
export { checkCrl, errorText } from './crl-check.js';
export type { CheckedCrl } from './crl-check.js';
export type {
  CheckOptions,
  CrlSet,
  RevocationCheck,
  RevocationLimits,
  RevocationStatus,
  VerifiedCrl,
} from './types.js';
