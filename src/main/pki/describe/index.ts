/** Public API of the describe service: DER objects → shared view models. */
export { describeCertificate, namesOf, spkiSha256OfCertificate } from './describe-certificate.js';
export { describeCsr } from './describe-csr.js';
export { describeCrl } from './describe-crl.js';
export { verifyCertificateSignature, verifyCrlSignature } from './verify.js';
export { parseCrl } from './crl-parser.js';
export { REASONS as CRL_REASONS } from './extensions/crl-fields.js';
