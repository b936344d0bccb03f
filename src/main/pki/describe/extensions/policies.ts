/** certificatePolicies (RFC 5280 4.2.1.4): decoded in certificate/extensions, shared with path validation. */
import { ExtOid } from '../../asn1/oids.js';
import { sharedDecoder } from './shared-views.js';

export const decodeCertificatePolicies = sharedDecoder(ExtOid.certificatePolicies);
