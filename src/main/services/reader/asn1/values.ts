import { fail } from '../read-error.js';
import { isUniversal, sequenceOf, Tag, type Node } from './tlv.js';

/** Dotted OID text; arcs of any size (bigint) so odd OIDs (see pyca bigoid.pem) still read. */
export const decodeOid = (bytes: Uint8Array): string => {
  if (bytes.length === 0 || bytes.length > 256)
    return fail('malformed', 'An OBJECT IDENTIFIER has an invalid length.');
  const arcs: bigint[] = [];
  let value = 0n;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    value = (value << 7n) | BigInt(b & 0x7f);
    if ((b & 0x80) === 0) {
      arcs.push(value);
      value = 0n;
    } else if (i === bytes.length - 1) {
      return fail('malformed', 'An OBJECT IDENTIFIER ends in the middle of an arc.');
    }
  }
  const first = arcs[0] ?? 0n;
  const head = first < 40n ? [0n, first] : first < 80n ? [1n, first - 40n] : [2n, first - 80n];
  return [...head, ...arcs.slice(1)].map(String).join('.');
};

export const readOid = (node: Node | undefined, what: string): string => {
  if (!isUniversal(node, Tag.oid) || node.constructed)
    return fail('malformed', `${what}: expected an OBJECT IDENTIFIER.`);
  return decodeOid(node.value);
};

/**
 * A non-negative INTEGER as a JS number. Values past 2^53 are clamped (callers only compare
 * them with limits such as MAX_KDF_ITERATIONS); negative values are a typed failure.
 */
export const readUnsigned = (node: Node | undefined, what: string): number => {
  if (!isUniversal(node, Tag.integer) || node.constructed || node.value.length === 0) {
    return fail('malformed', `${what}: expected an INTEGER.`);
  }
  if (((node.value[0] ?? 0) & 0x80) !== 0) return fail('malformed', `${what} is negative.`);
  let n = 0;
  for (const b of node.value) {
    n = n * 256 + b;
    if (n > Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER;
  }
  return n;
};

export const readOctets = (node: Node | undefined, what: string): Uint8Array => {
  if (!isUniversal(node, Tag.octetString) || node.constructed)
    return fail('malformed', `${what}: expected an OCTET STRING.`);
  return node.value;
};

/** AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL } */
export type AlgorithmId = { oid: string; params: Node | undefined };

export const readAlgorithm = (node: Node | undefined, what: string): AlgorithmId => {
  const parts = sequenceOf(node, what);
  return { oid: readOid(parts[0], what), params: parts[1] };
};

/**
 * A standalone copy of an element's bytes. Parsed nodes are views into the whole input; an
 * object handed out (and later sent over IPC, where a view drags its entire buffer along)
 * must own exactly its own bytes.
 */
export const ownBytes = (view: Uint8Array): Uint8Array => view.slice();

export const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex').toUpperCase();

export const concatBytes = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Identifier + definite length, minimal form: what DER requires. */
export const encodeHeader = (firstOctet: number, tagNumber: number, length: number): Uint8Array => {
  const id: number[] = [];
  if (tagNumber < 31) {
    id.push(firstOctet | tagNumber);
  } else {
    const digits: number[] = [];
    for (let n = tagNumber; n > 0; n = Math.floor(n / 128)) digits.unshift(n % 128);
    id.push(firstOctet | 0x1f, ...digits.map((d, i) => (i < digits.length - 1 ? d | 0x80 : d)));
  }
  if (length < 0x80) return Uint8Array.from([...id, length]);
  const lenBytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) lenBytes.unshift(n % 256);
  return Uint8Array.from([...id, 0x80 | lenBytes.length, ...lenBytes]);
};

export const encodeElement = (firstOctet: number, tagNumber: number, content: Uint8Array): Uint8Array =>
  concatBytes([encodeHeader(firstOctet, tagNumber, content.length), content]);
