/** Structural checks of X.509 certificates, PKCS#10 requests and CRLs while they are read. */
export { checkCertificate, checkCrl, checkCsr } from './signed-objects.js';
export { checkName, checkTime } from './field-checks.js';
