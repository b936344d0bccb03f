import { concatBytes, encodeElement } from '../../../shared/asn1/encode.js';
import { TagClass, Univ } from '../../../shared/asn1/tags.js';
import { contents, encoded, MAX_DEPTH, type Tlv } from '../../../shared/asn1/tlv.js';
import { throwReadFailure } from '../reader/read-error.js';
import { childrenOf } from './elements.js';

/**
 * BER -> DER, as far as our schemas need it. Apple Keychain and Windows write PKCS#7 and
 * PKCS#12 with indefinite lengths and chunked ("constructed") OCTET STRINGs; asn1js under
 * @peculiar/asn1-schema and our own readers expect definite lengths and one-piece strings.
 *
 * Only what BER allows and DER forbids in those two respects is rewritten. An element with
 * neither is returned byte for byte, so already-DER input comes back unchanged and the
 * signatures over embedded certificates stay valid. SET OF ordering and DEFAULT values are
 * left alone: re-sorting or dropping fields would alter signed bytes for no gain here.
 */

/** Universal string types whose BER encoding may be split into segments. */
const STRING_TAGS: ReadonlySet<number> = new Set([
  Univ.bitString,
  Univ.octetString,
  Univ.utf8String,
  Univ.numericString,
  Univ.printableString,
  Univ.teletexString,
  Univ.videotexString,
  Univ.ia5String,
  Univ.utcTime,
  Univ.generalizedTime,
  Univ.graphicString,
  Univ.visibleString,
  Univ.generalString,
  Univ.universalString,
  Univ.bmpString,
]);

const isChunkedString = (node: Tlv): boolean =>
  node.constructed && node.tagClass === TagClass.universal && STRING_TAGS.has(node.tagNumber);

const needsRebuild = (node: Tlv): boolean =>
  node.indefinite || isChunkedString(node) || (node.constructed && childrenOf(node).some(needsRebuild));

/** Joins the segments of a constructed string (segments may nest, per X.690 8.7.3). */
const flattenSegments = (node: Tlv, bitString: boolean): { data: Uint8Array; unusedBits: number } => {
  const parts: Uint8Array[] = [];
  let unusedBits = 0;
  const segments = childrenOf(node);
  segments.forEach((seg, i) => {
    const ok =
      seg.tagClass === TagClass.universal &&
      (seg.tagNumber === node.tagNumber || seg.tagNumber === Univ.octetString);
    if (!ok)
      throwReadFailure('malformed', 'A segmented ASN.1 string holds something other than string segments.');
    const inner = seg.constructed ? flattenSegments(seg, bitString) : primitiveSegment(seg, bitString);
    if (bitString && i < segments.length - 1 && inner.unusedBits !== 0) {
      throwReadFailure('malformed', 'A segmented BIT STRING has unused bits in a middle segment.');
    }
    parts.push(inner.data);
    unusedBits = inner.unusedBits;
  });
  return { data: concatBytes(parts), unusedBits };
};

const primitiveSegment = (seg: Tlv, bitString: boolean): { data: Uint8Array; unusedBits: number } => {
  const value = contents(seg);
  if (!bitString) return { data: value, unusedBits: 0 };
  const unused = value[0];
  if (unused === undefined || unused > 7)
    return throwReadFailure('malformed', 'A BIT STRING segment is malformed.');
  return { data: value.subarray(1), unusedBits: unused };
};

const firstOctet = (node: Tlv, constructed: boolean): number =>
  (node.tagClass << 6) | (constructed ? 0x20 : 0);

const rebuild = (node: Tlv): Uint8Array => {
  if (!needsRebuild(node)) return encoded(node);
  if (isChunkedString(node)) {
    const bitString = node.tagNumber === Univ.bitString;
    const { data, unusedBits } = flattenSegments(node, bitString);
    const content = bitString ? concatBytes([Uint8Array.of(unusedBits), data]) : data;
    return encodeElement(firstOctet(node, false), node.tagNumber, content);
  }
  const content = concatBytes(childrenOf(node).map(rebuild));
  return encodeElement(firstOctet(node, true), node.tagNumber, content);
};

/** DER-shaped bytes for `node` (a view of its own bytes, not a copy, when it already is). */
export const berToDer = (node: Tlv): Uint8Array => rebuild(node);

/**
 * True when every element in buf[start, end) has a definite length that fits its parent, a
 * short-form tag, and no segmented string, down to MAX_DEPTH: plain DER framing, nothing to
 * rebuild. Reads headers only and allocates nothing, so the common case (a DER certificate
 * in a 30,000-block PEM) skips the element-by-element walk. Anything else (BER forms, long
 * tags, framing errors) answers false and takes that walk, which words the errors.
 */
const plainDer = (buf: Uint8Array, start: number, end: number, depth: number): boolean => {
  if (depth > MAX_DEPTH) return false;
  let p = start;
  while (p < end) {
    const first = buf[p++] as number;
    const tagNumber = first & 0x1f;
    if (tagNumber === 0x1f || p >= end) return false;
    const lengthByte = buf[p++] as number;
    let length = lengthByte;
    if (lengthByte >= 0x80) {
      const count = lengthByte & 0x7f;
      if (count === 0 || count > 4 || p + count > end) return false;
      length = 0;
      for (let i = 0; i < count; i++) length = length * 256 + (buf[p++] as number);
    }
    const valueEnd = p + length;
    if (valueEnd > end) return false;
    if ((first & 0x20) !== 0) {
      if (first >> 6 === TagClass.universal && STRING_TAGS.has(tagNumber)) return false;
      if (!plainDer(buf, p, valueEnd, depth + 1)) return false;
    }
    p = valueEnd;
  }
  return true;
};

/** Whether anything under `node` uses BER-only encodings we normalise. */
export const isBer = (node: Tlv): boolean =>
  !plainDer(node.buf, node.start, node.end, node.depth) && needsRebuild(node);
