/** The X.509 CertificateList structure (RFC 5280 5.1), read into its parts. */
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { readTime } from '../../../shared/asn1/time.js';
import { childrenOf, DerError, encoded, isUniversal, type Tlv } from '../../../shared/asn1/tlv.js';
import { readSmallInt } from '../../../shared/asn1/values.js';
import { readAlgorithmIdentifier } from './algorithm.js';
import { readSignedEnvelope, type SignedParts } from './signed-envelope.js';

export type ParsedCrl = SignedParts & {
  version: number;
  issuer: Tlv;
  thisUpdate: Date;
  nextUpdate: Date | null;
  /** The revokedCertificates entries (each a SEQUENCE, not yet decoded). */
  entries: Tlv[];
  extensions: Tlv | null;
};

/** Envelope, optional version and inner algorithm: all a signature check needs. */
const readHead = (der: Uint8Array): { parts: SignedParts; version: number; c: Cursor } => {
  const { tbsTlv, algorithm, signature } = readSignedEnvelope(der, 'CRL');
  const c = new Cursor(tbsTlv, 'tbsCertList');
  const versionTlv = c.optionalUniversal(Univ.integer);
  let version = 1;
  if (versionTlv) {
    const v = readSmallInt(versionTlv, 'CRL version');
    if (v < 0 || v > 1) throw new DerError(`CRL: unknown version ${v}`);
    version = v + 1;
  }
  const innerAlgorithm = readAlgorithmIdentifier(c.next('signature'), 'tbsCertList signature');
  return { parts: { tbs: encoded(tbsTlv), innerAlgorithm, algorithm, signature }, version, c };
};

export const readCrlSignedParts = (der: Uint8Array): SignedParts => readHead(der).parts;

export const parseCrl = (der: Uint8Array): ParsedCrl => {
  const { parts, version, c } = readHead(der);
  const issuer = c.next('issuer', Univ.sequence);
  const thisUpdate = readTime(c.next('thisUpdate'), 'thisUpdate');
  const maybeNext = c.peek();
  const nextUpdate =
    maybeNext && (isUniversal(maybeNext, Univ.utcTime) || isUniversal(maybeNext, Univ.generalizedTime))
      ? readTime(c.next('nextUpdate'), 'nextUpdate')
      : null;
  const revoked = c.optionalUniversal(Univ.sequence);
  const entries = revoked ? childrenOf(revoked) : [];
  const extWrapper = c.optionalContext(0);
  c.end();
  let extensions: Tlv | null = null;
  if (extWrapper) {
    const inner = childrenOf(extWrapper);
    if (inner.length !== 1) throw new DerError('tbsCertList: bad crlExtensions field');
    extensions = inner[0] as Tlv;
  }
  return { ...parts, version, issuer, thisUpdate, nextUpdate, entries, extensions };
};
