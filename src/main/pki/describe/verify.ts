/** Signature checks used by the chain validator: certificate and CRL against an issuer. */
import { DerError } from '../../../shared/asn1/tlv.js';
import { parseCertificate } from '../certificate/index.js';
import { readCrlSignedParts } from './crl-parser.js';
import { bytesEqual } from './hex.js';
import { verifySignature } from './signature.js';

/**
 * Does `certDer` carry a valid signature by the key of `issuerCertDer`? `null` when the
 * algorithm or key type is unsupported; `false` when it does not verify or either input
 * is not a readable certificate.
 */
export const verifyCertificateSignature = async (
  certDer: Uint8Array,
  issuerCertDer: Uint8Array,
): Promise<boolean | null> => {
  try {
    const cert = parseCertificate(certDer);
    const issuer = parseCertificate(issuerCertDer);
    // RFC 5280 4.1.1.2: the signed and unsigned algorithm fields must agree.
    if (!bytesEqual(cert.innerAlgorithm.der, cert.algorithm.der)) return false;
    return verifySignature(cert.tbs, cert.algorithm, cert.signature, issuer.spki.der);
  } catch (e) {
    if (e instanceof DerError) return false;
    throw e;
  }
};

/** Same for a CRL signed by the key of `issuerCertDer`. */
export const verifyCrlSignature = async (
  crlDer: Uint8Array,
  issuerCertDer: Uint8Array,
): Promise<boolean | null> => {
  try {
    const crl = readCrlSignedParts(crlDer);
    const issuer = parseCertificate(issuerCertDer);
    if (!bytesEqual(crl.innerAlgorithm.der, crl.algorithm.der)) return false;
    return verifySignature(crl.tbs, crl.algorithm, crl.signature, issuer.spki.der);
  } catch (e) {
    if (e instanceof DerError) return false;
    throw e;
  }
};
