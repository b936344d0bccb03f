/**
 * Character strings for display, cut at MAX_TEXT_CHARS (src/shared/text-cap.ts). A hostile
 * certificate can carry a 10 MB name; decoding all of it only to keep 4 KiB would cost tens of
 * megabytes per copy, so a long value is checked whole (as `readString` would check it) but
 * only its beginning is decoded.
 */
import { isUtf8 } from 'node:buffer';
import { MAX_TEXT_CHARS } from '../../../shared/limits.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { contents, DerError, type Tlv } from '../../../shared/asn1/tlv.js';
import { readString } from '../../../shared/asn1/values.js';
import { capText, type CappedText } from '../../../shared/text-cap.js';

/** Most bytes one character takes in each string type (UTF-8: 4; one-byte types: 1). */
const maxBytesPerChar = (tag: number): number =>
  tag === Univ.utf8String || tag === Univ.universalString ? 4 : tag === Univ.bmpString ? 2 : 1;

/** What `readString` would refuse, checked without building the string. */
const checkWhole = (tag: number, v: Uint8Array, what: string): void => {
  if (tag === Univ.utf8String && !isUtf8(v)) throw new DerError(`${what}: invalid UTF-8 in UTF8String`);
  if (tag === Univ.bmpString && v.length % 2 !== 0) throw new DerError(`${what}: odd length for a BMPString`);
  if (tag === Univ.universalString) {
    if (v.length % 4 !== 0) throw new DerError(`${what}: odd length for a UniversalString`);
    for (let i = 0; i < v.length; i += 4)
      if ((v[i] as number) !== 0 || (v[i + 1] as number) > 0x10)
        throw new DerError(`${what}: code point out of range`);
  }
};

/** Length of the whole value in characters (UTF-16 units for BMP, code points otherwise). */
const characterCount = (tag: number, v: Uint8Array): number => {
  if (tag === Univ.bmpString) return v.length / 2;
  if (tag === Univ.universalString) return v.length / 4;
  if (tag !== Univ.utf8String) return v.length;
  let n = 0;
  for (let i = 0; i < v.length; i++) if (((v[i] as number) & 0xc0) !== 0x80) n++;
  return n;
};

/** A prefix of at most `bytes` that ends on a character boundary. */
const prefixLength = (tag: number, v: Uint8Array, bytes: number): number => {
  let end = Math.min(bytes, v.length);
  if (tag !== Univ.utf8String) return end - (end % maxBytesPerChar(tag));
  // Back off continuation bytes: the cut falls before the character they belong to.
  while (end > 0 && ((v[end] as number) & 0xc0) === 0x80) end--;
  return end;
};

/** `readString`, then capped; long values are validated whole and decoded only in part. */
export const readCappedString = (t: Tlv, what: string): CappedText => {
  const v = contents(t);
  const width = maxBytesPerChar(t.tagNumber);
  // One character more than kept, so capText sees that the value goes on.
  const budget = (MAX_TEXT_CHARS + 1) * width;
  if (t.constructed || v.length <= budget) return capText(readString(t, what));
  checkWhole(t.tagNumber, v, what);
  const head: Tlv = t.cutAt(t.valueStart + prefixLength(t.tagNumber, v, budget));
  return { value: capText(readString(head, what)).value, truncatedFrom: characterCount(t.tagNumber, v) };
};
