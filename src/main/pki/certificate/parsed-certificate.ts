/** One certificate, parsed once: its structure plus the fingerprints everyone keys on. */
import { encoded } from '../../../shared/asn1/tlv.js';
import { sha256Hex } from '../describe/hex.js';
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
  /** Values derived from this certificate by `derivedOnce`, keyed by their deriver. */
  readonly derived: Map<object, unknown>;
};

/** Throws DerError when the bytes are not a certificate. */
export const buildParsedCertificate = (der: Uint8Array, sha256: string): ParsedCertificate => {
  const structure = readCertificateStructure(der);
  return {
    ...structure,
    der,
    sha256,
    spkiSha256: sha256Hex(structure.spki.der),
    issuerDer: encoded(structure.issuer),
    subjectDer: encoded(structure.subject),
    derived: new Map(),
  };
};

/**
 * A value derived from a parsed certificate (decoded names, extension views, validation
 * facts), computed on first use and kept as long as the parsed certificate lives: each
 * consumer decodes what it needs once, and a trust-store anchor never pays for views.
 * Kept on the certificate itself, not in a WeakMap per deriver: the parse cache is a
 * WeakMap already, and V8's young-generation collector keeps a key that is reachable only
 * through another WeakMap's value (measured on a loop of short-lived chained entries: 18
 * times the bytes promoted to the old generation, 9 times the collection pauses).
 */
export const derivedOnce = <T>(compute: (cert: ParsedCertificate) => T): ((cert: ParsedCertificate) => T) => {
  const token = {};
  return (cert) => {
    if (cert.derived.has(token)) return cert.derived.get(token) as T;
    const value = compute(cert);
    cert.derived.set(token, value);
    return value;
  };
};
