/** The signed envelope shared by certificates, CSRs and CRLs: SEQUENCE { tbs, algorithm, signature }. */
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { parseDer, type Tlv } from '../../../shared/asn1/tlv.js';
import { type BitString, readBitString } from '../../../shared/asn1/values.js';
import { readAlgorithmIdentifier, type AlgorithmIdentifier } from './algorithm.js';

export type SignedParts = {
  /** The exact signed bytes (TBS…), as found. */
  tbs: Uint8Array;
  innerAlgorithm: AlgorithmIdentifier;
  algorithm: AlgorithmIdentifier;
  signature: BitString;
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
