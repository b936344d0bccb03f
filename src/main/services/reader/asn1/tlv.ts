import { fail } from '../read-error.js';

/**
 * A minimal BER/DER element reader. Every file we open is untrusted, so this reader is the
 * gatekeeper: it bounds nesting depth, refuses lengths that overrun their container, and
 * never allocates more than the input. Higher layers (and asn1js underneath
 * @peculiar/asn1-schema) only ever see structures that got through here.
 */

export const TAG_CLASS_UNIVERSAL = 0;
export const TAG_CLASS_CONTEXT = 2;

/** Deeper than any certificate, CRL or PKCS#12 we know of (they stay under ~15). */
export const MAX_DEPTH = 48;

export const Tag = {
  boolean: 1,
  integer: 2,
  bitString: 3,
  octetString: 4,
  null: 5,
  oid: 6,
  utf8String: 12,
  sequence: 16,
  set: 17,
  printableString: 19,
  t61String: 20,
  ia5String: 22,
  utcTime: 23,
  generalizedTime: 24,
  universalString: 28,
  bmpString: 30,
} as const;

export type Node = {
  readonly tagClass: number;
  readonly constructed: boolean;
  readonly tagNumber: number;
  /** The identifier used the multi-byte form (legal only for tag numbers >= 31). */
  readonly longFormTag: boolean;
  readonly indefinite: boolean;
  /** Identifier, length and contents (and end-of-contents marker when indefinite). */
  readonly raw: Uint8Array;
  /** Contents octets only. */
  readonly value: Uint8Array;
  readonly depth: number;
};

/**
 * Reads the element starting at `at` and ending no later than `limit`. `limitIsEnd` says
 * whether `limit` is the real end of the data (an overrun then means a cut file) or the end
 * of an enclosing element (an overrun then means a corrupt one). Hot path: a 10,000-entry
 * CRL walks through here ~50,000 times, so it avoids temporary views and objects.
 */
export const readNode = (
  buf: Uint8Array,
  at: number,
  limit: number,
  depth: number,
  limitIsEnd: boolean,
): Node => {
  if (depth > MAX_DEPTH)
    return fail('malformed', `ASN.1 nesting is deeper than ${MAX_DEPTH} levels.`, { limit: MAX_DEPTH });
  const overrun = (): never =>
    limitIsEnd
      ? fail('truncated', 'The data is cut short: an ASN.1 element runs past the end of the file.')
      : fail('malformed', 'An ASN.1 element runs past the end of the element that contains it.');
  if (at >= limit) return overrun();
  const first = buf[at] ?? 0;
  let tagNumber = first & 0x1f;
  let pos = at + 1;
  const longFormTag = tagNumber === 0x1f;
  if (longFormTag) {
    tagNumber = 0;
    for (let i = 0; ; i++) {
      if (pos >= limit) return overrun();
      const b = buf[pos++] ?? 0;
      // Four base-128 digits cover every tag in use; more is garbage, not a tag.
      if (i >= 4) return fail('malformed', 'An ASN.1 tag number is too large.');
      tagNumber = tagNumber * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
  }
  if (pos >= limit) return overrun();
  const lengthOctet = buf[pos++] ?? 0;
  let length = -1; // -1: indefinite
  if (lengthOctet < 0x80) {
    length = lengthOctet;
  } else if (lengthOctet > 0x80) {
    const count = lengthOctet & 0x7f;
    // 4 octets already allow 4 GiB, far past MAX_FILE_BYTES; longer is a hostile or corrupt length.
    if (count > 4) return fail('malformed', 'An ASN.1 length field is impossibly large.');
    if (pos + count > limit) return overrun();
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (buf[pos++] ?? 0);
  }
  const tagClass = first >> 6;
  const constructed = (first & 0x20) !== 0;
  if (length >= 0) {
    const end = pos + length;
    if (end > limit) return overrun();
    return {
      tagClass,
      constructed,
      tagNumber,
      longFormTag,
      indefinite: false,
      raw: buf.subarray(at, end),
      value: buf.subarray(pos, end),
      depth,
    };
  }
  if (!constructed) return fail('malformed', 'A primitive ASN.1 element uses an indefinite length.');
  // Indefinite length (BER): the contents run until an end-of-contents marker (00 00).
  let cursor = pos;
  for (;;) {
    if (cursor + 2 > limit) return overrun();
    if (buf[cursor] === 0 && buf[cursor + 1] === 0) break;
    cursor += readNode(buf, cursor, limit, depth + 1, limitIsEnd).raw.length;
  }
  return {
    tagClass,
    constructed,
    tagNumber,
    longFormTag,
    indefinite: true,
    raw: buf.subarray(at, cursor + 2),
    value: buf.subarray(pos, cursor),
    depth,
  };
};

/** Parses one element from the start of `bytes`; anything after it is returned as `rest`. */
export const parseNode = (bytes: Uint8Array, depth = 0): { node: Node; rest: Uint8Array } => {
  const node = readNode(bytes, 0, bytes.length, depth, true);
  return { node, rest: bytes.subarray(node.raw.length) };
};

/** Parses `bytes` as exactly one element: trailing bytes are an error. */
export const parseExact = (bytes: Uint8Array, what: string, depth = 0): Node => {
  const { node, rest } = parseNode(bytes, depth);
  if (rest.length > 0) fail('malformed', `${what} has unexpected bytes after its end.`);
  return node;
};

export const childrenOf = (node: Node): Node[] => {
  if (!node.constructed)
    return fail('malformed', 'Expected a constructed ASN.1 element, found a primitive one.');
  const out: Node[] = [];
  let pos = 0;
  while (pos < node.value.length) {
    const child = readNode(node.value, pos, node.value.length, node.depth + 1, false);
    out.push(child);
    pos += child.raw.length;
  }
  return out;
};

export const isUniversal = (node: Node | undefined, tag: number): node is Node =>
  node !== undefined && node.tagClass === TAG_CLASS_UNIVERSAL && node.tagNumber === tag;

export const isContext = (node: Node | undefined, tag: number): node is Node =>
  node !== undefined && node.tagClass === TAG_CLASS_CONTEXT && node.tagNumber === tag;

/** Children of a universal SEQUENCE, or a typed failure naming what was expected. */
export const sequenceOf = (node: Node | undefined, what: string): Node[] => {
  if (!isUniversal(node, Tag.sequence) || !node.constructed)
    return fail('malformed', `${what} is not an ASN.1 SEQUENCE.`);
  return childrenOf(node);
};
