import { oidFromBytes } from '../../../shared/asn1/values.js';
import { Univ } from '../../../shared/asn1/tags.js';
import {
  childrenOf as childTlvs,
  contents,
  DerError,
  isUniversal,
  MAX_DEPTH,
  parseTlv,
  type Tlv,
} from '../../../shared/asn1/tlv.js';
import { throwReadFailure } from '../reader/read-error.js';

/**
 * The reader's side of the shared ASN.1 toolkit: files on disk may be BER, so elements are
 * read under BER rules (depth-bounded), and toolkit errors become the reader's typed
 * failures with its own wording. Higher layers (and asn1js underneath @peculiar/asn1-schema)
 * only ever see structures that got through here.
 */

/**
 * `inside`: the element was read within a parent, so running past its end means a corrupt
 * parent ('malformed'), not a cut file ('truncated'), wherever that parent ends.
 */
const asReadFailure = (e: unknown, inside: boolean): never => {
  if (!(e instanceof DerError)) throw e;
  switch (e.problem) {
    case 'overrun':
      return inside
        ? throwReadFailure('malformed', 'An ASN.1 element runs past the end of the element that contains it.')
        : throwReadFailure(
            'truncated',
            'The data is cut short: an ASN.1 element runs past the end of the file.',
          );
    case 'too-deep':
      return throwReadFailure('malformed', `ASN.1 nesting is deeper than ${MAX_DEPTH} levels.`, {
        limit: MAX_DEPTH,
      });
    case 'tag-too-large':
      return throwReadFailure('malformed', 'An ASN.1 tag number is too large.');
    case 'length-too-large':
      return throwReadFailure('malformed', 'An ASN.1 length field is impossibly large.');
    case 'indefinite-primitive':
      return throwReadFailure('malformed', 'A primitive ASN.1 element uses an indefinite length.');
    case 'not-constructed':
      return throwReadFailure('malformed', 'Expected a constructed ASN.1 element, found a primitive one.');
    default:
      // BER rules raise none of the other problems: reaching here is a bug.
      throw e;
  }
};

/** Parses one element from the start of `bytes`; anything after it is returned as `rest`. */
export const parseNode = (bytes: Uint8Array): { node: Tlv; rest: Uint8Array } => {
  try {
    const { tlv, rest } = parseTlv(bytes, true);
    return { node: tlv, rest };
  } catch (e) {
    return asReadFailure(e, false);
  }
};

export const childrenOf = (node: Tlv): Tlv[] => {
  try {
    return childTlvs(node);
  } catch (e) {
    return asReadFailure(e, true);
  }
};

/** Children of a universal SEQUENCE, or a typed failure naming what was expected. */
export const sequenceOf = (node: Tlv | undefined, what: string): Tlv[] => {
  if (!isUniversal(node, Univ.sequence) || !node.constructed)
    return throwReadFailure('malformed', `${what} is not an ASN.1 SEQUENCE.`);
  return childrenOf(node);
};

/** Dotted OID text. Non-minimal arcs pass: the reader checks files are whole, not strict DER. */
export const decodeOid = (bytes: Uint8Array): string => {
  if (bytes.length === 0 || bytes.length > 256)
    return throwReadFailure('malformed', 'An OBJECT IDENTIFIER has an invalid length.');
  try {
    return oidFromBytes(bytes, 'OID', true);
  } catch (e) {
    if (!(e instanceof DerError)) throw e;
    // The only failure left once the length is checked: a last byte that continues an arc.
    return throwReadFailure('malformed', 'An OBJECT IDENTIFIER ends in the middle of an arc.');
  }
};

export const readOid = (node: Tlv | undefined, what: string): string => {
  if (!isUniversal(node, Univ.oid) || node.constructed)
    return throwReadFailure('malformed', `${what}: expected an OBJECT IDENTIFIER.`);
  return decodeOid(contents(node));
};

/**
 * A non-negative INTEGER as a JS number. Values past 2^53 are clamped (callers only compare
 * them with limits such as MAX_KDF_ITERATIONS); negative values are a typed failure.
 */
export const readUnsigned = (node: Tlv | undefined, what: string): number => {
  const value = node === undefined ? undefined : contents(node);
  if (!isUniversal(node, Univ.integer) || node.constructed || value === undefined || value.length === 0) {
    return throwReadFailure('malformed', `${what}: expected an INTEGER.`);
  }
  if (((value[0] ?? 0) & 0x80) !== 0) return throwReadFailure('malformed', `${what} is negative.`);
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    n = n * 256 + (value[i] as number);
    if (n > Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER;
  }
  return n;
};

export const readOctets = (node: Tlv | undefined, what: string): Uint8Array => {
  if (!isUniversal(node, Univ.octetString) || node.constructed)
    return throwReadFailure('malformed', `${what}: expected an OCTET STRING.`);
  return contents(node);
};

/** AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL } */
export type AlgorithmId = { oid: string; params: Tlv | undefined };

export const readAlgorithm = (node: Tlv | undefined, what: string): AlgorithmId => {
  const parts = sequenceOf(node, what);
  return { oid: readOid(parts[0], what), params: parts[1] };
};

/**
 * A standalone copy of an element's bytes. Parsed elements are views into the whole input;
 * an object handed out (and later sent over IPC, where a view drags its entire buffer
 * along) must own exactly its own bytes.
 */
export const ownBytes = (view: Uint8Array): Uint8Array => view.slice();
