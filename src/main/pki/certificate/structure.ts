/**
 * The X.509 Certificate structure (RFC 5280 4.1), read into its parts by our strict DER
 * reader (src/shared/asn1): it refuses BER forms and caps depth and size before any work,
 * which the schema parser does not, and it keeps the exact TBS bytes the signature covers.
 */
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { readTime } from '../../../shared/asn1/time.js';
import { childrenOf, DerError, encoded, type Tlv } from '../../../shared/asn1/tlv.js';
import { checkInteger, readSmallInt } from '../../../shared/asn1/values.js';
import { readAlgorithmIdentifier, readSpki, type Spki } from '../describe/algorithm.js';
import { readSignedEnvelope, type SignedParts } from '../describe/signed-envelope.js';

export type CertificateStructure = SignedParts & {
  readonly version: number;
  readonly serial: Uint8Array;
  readonly issuer: Tlv;
  readonly subject: Tlv;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly spki: Spki;
  readonly extensions: Tlv | null;
};

/**
 * The structure as read, with the TBS and serial bytes as offsets into the certificate:
 * the parsed certificate makes those views when they are asked for (parsed-certificate.ts).
 */
export type CertificateParts = Omit<CertificateStructure, 'tbs' | 'serial'> & {
  readonly tbsStart: number;
  readonly tbsEnd: number;
  readonly serialStart: number;
  readonly serialEnd: number;
  /** The SubjectPublicKeyInfo bytes, for its fingerprint (spki.der is kept once made). */
  readonly spkiBytes: Uint8Array;
};

const readVersion = (versionTlv: Tlv | null | undefined): number => {
  if (!versionTlv) return 1;
  const inner = childrenOf(versionTlv);
  if (inner.length !== 1) throw new DerError('tbsCertificate: bad version field');
  const v = readSmallInt(inner[0] as Tlv, 'version');
  if (v < 0 || v > 2) throw new DerError(`tbsCertificate: unknown version ${v}`);
  return v + 1;
};

/** Throws DerError when the bytes are not a certificate. */
export const readCertificateParts = (der: Uint8Array): CertificateParts => {
  const { tbsTlv, algorithm, signature } = readSignedEnvelope(der, 'certificate');
  const c = new Cursor(tbsTlv, 'tbsCertificate');
  const version = readVersion(c.optionalContext(0));
  const serialTlv = c.next('serialNumber');
  checkInteger(serialTlv, 'serialNumber'); // viewed on demand
  const innerAlgorithm = readAlgorithmIdentifier(c.next('signature'), 'tbsCertificate signature');
  const issuer = c.next('issuer', Univ.sequence);
  const validity = Cursor.of(c.next('validity'), Univ.sequence, 'validity');
  const notBefore = readTime(validity.next('notBefore'), 'notBefore');
  const notAfter = readTime(validity.next('notAfter'), 'notAfter');
  validity.end();
  const subject = c.next('subject', Univ.sequence);
  const spkiTlv = c.next('subjectPublicKeyInfo');
  const spki = readSpki(spkiTlv);
  c.optionalContext(1); // issuerUniqueID
  c.optionalContext(2); // subjectUniqueID
  const extWrapper = c.optionalContext(3);
  c.end();
  let extensions: Tlv | null = null;
  if (extWrapper) {
    const inner = childrenOf(extWrapper);
    if (inner.length !== 1) throw new DerError('tbsCertificate: bad extensions field');
    extensions = inner[0] as Tlv;
  }
  return {
    tbsStart: tbsTlv.start,
    tbsEnd: tbsTlv.end,
    innerAlgorithm,
    algorithm,
    signature,
    version,
    serialStart: serialTlv.valueStart,
    serialEnd: serialTlv.valueEnd,
    issuer,
    subject,
    notBefore,
    notAfter,
    spki,
    spkiBytes: encoded(spkiTlv),
    extensions,
  };
};
