/** One certificate, parsed once: its structure plus the fingerprints everyone keys on. */
import { encoded, type Tlv } from '../../../shared/asn1/tlv.js';
import type { AlgorithmIdentifier, Spki } from '../describe/algorithm.js';
import { sha256Hex } from '../describe/hex.js';
import { readCertificateParts, type CertificateStructure } from './structure.js';
import type { BitString } from '../../../shared/asn1/values.js';

export type ParsedCertificate = CertificateStructure & {
  /** The certificate's own bytes (never a view on a larger file buffer). */
  readonly der: Uint8Array;
  /** Upper-case hex SHA-256 of the DER: the certificate's identity everywhere (pins, paths, cache). */
  readonly sha256: string;
  /** Upper-case hex SHA-256 of the SubjectPublicKeyInfo (pairs certificates with keys and CSRs). */
  readonly spkiSha256: string;
  readonly issuerDer: Uint8Array;
  readonly subjectDer: Uint8Array;
  /** Values derived from this certificate by `derivedOnce`, keyed by their deriver. */
  readonly derived: Map<object, unknown>;
};

/**
 * The parts that are byte ranges (TBS, serial, the two names) are views made when read,
 * not fields: a file of 25,000 certificates keeps every parsed certificate while its chains
 * are built, and one view costs about 100 bytes; most of them are never read.
 */
class Parsed implements ParsedCertificate {
  readonly version: number;
  readonly issuer: Tlv;
  readonly subject: Tlv;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly spki: Spki;
  readonly extensions: Tlv | null;
  readonly innerAlgorithm: AlgorithmIdentifier;
  readonly algorithm: AlgorithmIdentifier;
  readonly signature: BitString;
  readonly derived = new Map<object, unknown>();
  readonly spkiSha256: string;
  readonly #tbsStart: number;
  readonly #tbsEnd: number;
  readonly #serialStart: number;
  readonly #serialEnd: number;

  constructor(
    readonly der: Uint8Array,
    readonly sha256: string,
  ) {
    const parts = readCertificateParts(der);
    this.version = parts.version;
    this.issuer = parts.issuer;
    this.subject = parts.subject;
    this.notBefore = parts.notBefore;
    this.notAfter = parts.notAfter;
    this.spki = parts.spki;
    this.extensions = parts.extensions;
    this.innerAlgorithm = parts.innerAlgorithm;
    this.algorithm = parts.algorithm;
    this.signature = parts.signature;
    this.#tbsStart = parts.tbsStart;
    this.#tbsEnd = parts.tbsEnd;
    this.#serialStart = parts.serialStart;
    this.#serialEnd = parts.serialEnd;
    // From a view of its own, not spki.der, which is kept once made (see readSpki).
    this.spkiSha256 = sha256Hex(parts.spkiBytes);
  }

  get tbs(): Uint8Array {
    return this.der.subarray(this.#tbsStart, this.#tbsEnd);
  }
  get serial(): Uint8Array {
    return this.der.subarray(this.#serialStart, this.#serialEnd);
  }
  get issuerDer(): Uint8Array {
    return encoded(this.issuer);
  }
  get subjectDer(): Uint8Array {
    return encoded(this.subject);
  }
}

/** Throws DerError when the bytes are not a certificate. */
export const buildParsedCertificate = (der: Uint8Array, sha256: string): ParsedCertificate =>
  new Parsed(der, sha256);

/**
 * A value kept on the certificate like `derivedOnce`'s, that the code computing something
 * larger can set on the way (the texts of names whose full decoding is not kept).
 */
export const derivedSlot = <T>() => {
  const token = {};
  return {
    get: (cert: ParsedCertificate): T | undefined => cert.derived.get(token) as T | undefined,
    set: (cert: ParsedCertificate, value: T): void => void cert.derived.set(token, value),
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
