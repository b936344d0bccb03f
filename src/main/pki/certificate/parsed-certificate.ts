/** One certificate, parsed once: its structure plus the fingerprints everyone keys on. */
import { createHash } from 'node:crypto';
import { encoded } from '../../../shared/asn1/tlv.js';
import { readCertificateStructure, type CertificateStructure } from './structure.js';

export type ParsedCertificate = CertificateStructure & {
  /** The certificate's own bytes (never a view on a larger file buffer). */
  der: Uint8Array;
  /** Upper-case hex SHA-256 of the DER: the certificate's identity everywhere (pins, paths, cache). */
  sha256: string;
  /** Upper-case hex SHA-256 of the SubjectPublicKeyInfo (pairs certificates with keys and CSRs). */
  spkiSha256: string;
  issuerDer: Uint8Array;
  subjectDer: Uint8Array;
};

export const sha256Upper = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex').toUpperCase();

/** Throws DerError when the bytes are not a certificate. */
export const buildParsedCertificate = (der: Uint8Array, sha256: string): ParsedCertificate => {
  const structure = readCertificateStructure(der);
  return {
    ...structure,
    der,
    sha256,
    spkiSha256: sha256Upper(structure.spki.der),
    issuerDer: encoded(structure.issuer),
    subjectDer: encoded(structure.subject),
  };
};

/**
 * A value derived from a parsed certificate (decoded names, extension views, validation
 * facts), computed on first use and kept as long as the parsed certificate lives: each
 * consumer decodes what it needs once, and a trust-store anchor never pays for views.
 */
export const derivedOnce = <T>(compute: (cert: ParsedCertificate) => T): ((cert: ParsedCertificate) => T) => {
  const memo = new WeakMap<ParsedCertificate, T>();
  return (cert) => {
    if (memo.has(cert)) return memo.get(cert) as T;
    const value = compute(cert);
    memo.set(cert, value);
    return value;
  };
};
