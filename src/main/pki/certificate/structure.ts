/**
 * The X.509 Certificate structure (RFC 5280 4.1), read into its parts by our strict DER
 * reader (src/shared/asn1): it refuses BER forms and caps depth and size before any work,
 * which the schema parser does not, and it keeps the exact TBS bytes the signature covers.
 */
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { readTime } from '../../../shared/asn1/time.js';
import { childrenOf, DerError, encoded, type Tlv } from '../../../shared/asn1/tlv.js';
import { integerBytes, readSmallInt } from '../../../shared/asn1/values.js';
import { readAlgorithmIdentifier, readSpki, type Spki } from '../describe/algorithm.js';
import { readSignedEnvelope, type SignedParts } from '../describe/signed-envelope.js';

export type CertificateStructure = SignedParts & {
  version: number;
  serial: Uint8Array;
  issuer: Tlv;
  subject: Tlv;
  notBefore: Date;
  notAfter: Date;
  spki: Spki;
  extensions: Tlv | null;
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
export const readCertificateStructure = (der: Uint8Array): CertificateStructure => {
  const { tbsTlv, algorithm, signature } = readSignedEnvelope(der, 'certificate');
  const c = new Cursor(tbsTlv, 'tbsCertificate');
  const version = readVersion(c.optionalContext(0));
  const serial = integerBytes(c.next('serialNumber'), 'serialNumber');
  const innerAlgorithm = readAlgorithmIdentifier(c.next('signature'), 'tbsCertificate signature');
  const issuer = c.next('issuer', Univ.sequence);
  const validity = Cursor.of(c.next('validity'), Univ.sequence, 'validity');
  const notBefore = readTime(validity.next('notBefore'), 'notBefore');
  const notAfter = readTime(validity.next('notAfter'), 'notAfter');
  validity.end();
  const subject = c.next('subject', Univ.sequence);
  const spki = readSpki(c.next('subjectPublicKeyInfo'));
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
    tbs: encoded(tbsTlv),
    innerAlgorithm,
    algorithm,
    signature,
    version,
    serial,
    issuer,
    subject,
    notBefore,
    notAfter,
    spki,
    extensions,
  };
};
