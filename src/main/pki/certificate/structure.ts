/** The X.509 Certificate structure (RFC 5280 4.1), read into its parts. */
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { readTime } from '../../../shared/asn1/time.js';
import { childrenOf, DerError, encoded, parseDer, type Tlv } from '../../../shared/asn1/tlv.js';
import { type BitString, integerBytes, readBitString, readSmallInt } from '../../../shared/asn1/values.js';
import { readAlgorithmIdentifier, readSpki, type AlgorithmIdentifier, type Spki } from './algorithm.js';

export type SignedParts = {
  /** The exact signed bytes (TBS…), as found. */
  tbs: Uint8Array;
  innerAlgorithm: AlgorithmIdentifier;
  algorithm: AlgorithmIdentifier;
  signature: BitString;
};

export type ParsedCertificate = SignedParts & {
  version: number;
  serial: Uint8Array;
  issuer: Tlv;
  subject: Tlv;
  notBefore: Date;
  notAfter: Date;
  spki: Spki;
  extensions: Tlv | null;
};

/** Outer SEQUENCE { tbs, signatureAlgorithm, signature BIT STRING }. */
export const readSignedEnvelope = (
  der: Uint8Array,
  what: string,
): { tbsTlv: Tlv; algorithm: AlgorithmIdentifier; signature: BitString } => {
  const c = Cursor.of(parseDer(der, what), Univ.sequence, what);
  const tbsTlv = c.next('to-be-signed part', Univ.sequence);
  const algorithm = readAlgorithmIdentifier(c.next('signatureAlgorithm'), 'signatureAlgorithm');
  const signature = readBitString(c.next('signature'), 'signature');
  c.end();
  return { tbsTlv, algorithm, signature };
};

export const parseCertificate = (der: Uint8Array): ParsedCertificate => {
  const { tbsTlv, algorithm, signature } = readSignedEnvelope(der, 'certificate');
  const c = new Cursor(tbsTlv, 'tbsCertificate');
  const versionTlv = c.optionalContext(0);
  let version = 1;
  if (versionTlv) {
    const inner = childrenOf(versionTlv);
    if (inner.length !== 1) throw new DerError('tbsCertificate: bad version field');
    const v = readSmallInt(inner[0] as Tlv, 'version');
    if (v < 0 || v > 2) throw new DerError(`tbsCertificate: unknown version ${v}`);
    version = v + 1;
  }
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
