import { Univ } from '../../../shared/asn1/tags.js';
import { contents, isContext, isUniversal, type Tlv } from '../../../shared/asn1/tlv.js';
import { childrenOf } from '../asn1/elements.js';

/**
 * Recognises a DER/BER object by its ASN.1 shape, never by file name or PEM label (labels
 * lie: "PRIVATE KEY" blocks holding PKCS#1, "CERTIFICATE" files that are PKCS#7...).
 */
export type DerKind =
  | 'certificate'
  | 'csr'
  | 'crl'
  | 'pkcs7'
  | 'pkcs12'
  | 'pkcs8'
  | 'pkcs8-encrypted'
  | 'rsa-private'
  | 'ec-private'
  | 'dsa-private'
  | 'spki'
  | 'rsa-public';

const isSeq = (n: Tlv | undefined): boolean => isUniversal(n, Univ.sequence) && n.constructed;
const isInt = (n: Tlv | undefined): boolean => isUniversal(n, Univ.integer);
const isTime = (n: Tlv | undefined): boolean =>
  isUniversal(n, Univ.utcTime) || isUniversal(n, Univ.generalizedTime);

/** Small INTEGER value, or -1 when it is not one. */
const smallInt = (n: Tlv | undefined): number =>
  isInt(n) && n !== undefined && contents(n).length === 1 ? (contents(n)[0] ?? -1) : -1;

/** Certificate, CertificationRequest and CertificateList share SEQUENCE { tbs, alg, BIT STRING }. */
const classifySigned = (tbsNode: Tlv): DerKind | null => {
  const t = childrenOf(tbsNode);
  const [t0, t1, t2, t3] = t;
  if (isContext(t0, 0) && t0.constructed) return 'certificate';
  if (isSeq(t0) && isSeq(t1) && isTime(t2)) return 'crl'; // v1 CRL: no version field
  if (!isInt(t0) || !isSeq(t1) || !isSeq(t2)) return null;
  if (isTime(t3)) return 'crl';
  if (t3 === undefined || (isContext(t3, 0) && t3.constructed)) return 'csr';
  if (isSeq(t3) && t.length >= 6) return 'certificate'; // v1 certificate: no [0] version
  return null;
};

export const classifyDer = (node: Tlv): DerKind | null => {
  if (!isSeq(node)) return null;
  const c = childrenOf(node);
  const [c0, c1, c2] = c;
  if (c.length === 3 && isSeq(c0) && isSeq(c1) && isUniversal(c2, Univ.bitString) && c0 !== undefined) {
    return classifySigned(c0);
  }
  if (
    isUniversal(c0, Univ.oid) &&
    (c1 === undefined || (isContext(c1, 0) && c1.constructed)) &&
    c.length <= 2
  )
    return 'pkcs7';
  if (isInt(c0) && isSeq(c1) && isUniversal(c2, Univ.octetString)) return 'pkcs8';
  if (smallInt(c0) === 3 && isSeq(c1) && c1 !== undefined && isUniversal(childrenOf(c1)[0], Univ.oid))
    return 'pkcs12';
  if (c.length === 2 && isSeq(c0) && isUniversal(c1, Univ.octetString)) return 'pkcs8-encrypted';
  if (c.length === 2 && isSeq(c0) && isUniversal(c1, Univ.bitString)) return 'spki';
  if (smallInt(c0) === 1 && isUniversal(c1, Univ.octetString)) return 'ec-private';
  if (c.length > 0 && c.every(isInt)) {
    if (c.length >= 9) return 'rsa-private';
    if (c.length === 6) return 'dsa-private';
    if (c.length === 2) return 'rsa-public';
  }
  return null;
};
