import { fail } from '../read-error.js';
import { childrenOf, Tag, TAG_CLASS_UNIVERSAL, type Node } from './tlv.js';
import { concatBytes, encodeElement } from './values.js';

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
  Tag.bitString,
  Tag.octetString,
  Tag.utf8String,
  18, // NumericString
  Tag.printableString,
  Tag.t61String,
  21, // VideotexString
  Tag.ia5String,
  Tag.utcTime,
  Tag.generalizedTime,
  25, // GraphicString
  26, // VisibleString
  27, // GeneralString
  Tag.universalString,
  Tag.bmpString,
]);

const isChunkedString = (node: Node): boolean =>
  node.constructed && node.tagClass === TAG_CLASS_UNIVERSAL && STRING_TAGS.has(node.tagNumber);

const needsRebuild = (node: Node): boolean =>
  node.indefinite || isChunkedString(node) || (node.constructed && childrenOf(node).some(needsRebuild));

/** Joins the segments of a constructed string (segments may nest, per X.690 8.7.3). */
const flattenSegments = (node: Node, bitString: boolean): { data: Uint8Array; unusedBits: number } => {
  const parts: Uint8Array[] = [];
  let unusedBits = 0;
  const segments = childrenOf(node);
  segments.forEach((seg, i) => {
    const ok =
      seg.tagClass === TAG_CLASS_UNIVERSAL &&
      (seg.tagNumber === node.tagNumber || seg.tagNumber === Tag.octetString);
    if (!ok) fail('malformed', 'A segmented ASN.1 string holds something other than string segments.');
    const inner = seg.constructed ? flattenSegments(seg, bitString) : primitiveSegment(seg, bitString);
    if (bitString && i < segments.length - 1 && inner.unusedBits !== 0) {
      fail('malformed', 'A segmented BIT STRING has unused bits in a middle segment.');
    }
    parts.push(inner.data);
    unusedBits = inner.unusedBits;
  });
  return { data: concatBytes(parts), unusedBits };
};

const primitiveSegment = (seg: Node, bitString: boolean): { data: Uint8Array; unusedBits: number } => {
  if (!bitString) return { data: seg.value, unusedBits: 0 };
  const unused = seg.value[0];
  if (unused === undefined || unused > 7) return fail('malformed', 'A BIT STRING segment is malformed.');
  return { data: seg.value.subarray(1), unusedBits: unused };
};

const firstOctet = (node: Node, constructed: boolean): number =>
  (node.tagClass << 6) | (constructed ? 0x20 : 0);

const rebuild = (node: Node): Uint8Array => {
  if (!needsRebuild(node)) return node.raw;
  if (isChunkedString(node)) {
    const bitString = node.tagNumber === Tag.bitString;
    const { data, unusedBits } = flattenSegments(node, bitString);
    const content = bitString ? concatBytes([Uint8Array.of(unusedBits), data]) : data;
    return encodeElement(firstOctet(node, false), node.tagNumber, content);
  }
  const content = concatBytes(childrenOf(node).map(rebuild));
  return encodeElement(firstOctet(node, true), node.tagNumber, content);
};

/** DER-shaped bytes for `node` (the same bytes when it already is). */
export const berToDer = (node: Node): Uint8Array => rebuild(node);

/** Whether anything under `node` uses BER-only encodings we normalise. */
export const isBer = (node: Node): boolean => needsRebuild(node);
