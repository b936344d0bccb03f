/**
 * The OCSP topic of the PKI library (RFC 6960): requests and their CertID, answers read and
 * judged, the responder's certificate found. Apart from the revocation topic's CRLs because
 * its ASN.1 schemas (@peculiar/asn1-ocsp) take tens of milliseconds to load: reading a file,
 * a scan or an inspection never loads them, only an OCSP check does.
 */
export { buildOcspRequest, certIdFor } from './ocsp-request.js';
export { readOcspResponse } from './ocsp-response.js';
export type { OcspAnswer } from './ocsp-response.js';
