/** The certificate topic: one parser, cached by bytes and SHA-256; what every other topic reads. */
export { certificateParseCount, parseCertificate, readCertificate } from './cache.js';
export { derivedOnce, type ParsedCertificate } from './parsed-certificate.js';
export type { CertificateStructure } from './structure.js';
