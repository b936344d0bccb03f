/**
 * DER builders: the encoding counterparts of values.ts, for what Vigie writes itself (the
 * PKCS#10 request, the vault's EncryptedPrivateKeyInfo). Hand-written rather than
 * schema-driven so every byte is a decision we can read: SET OF sorting, DEFAULT omission,
 * named-bit trimming. Inputs are our constants or already-guarded values, so misuse is a
 * bug and throws.
 */
import { concatBytes, encodeElement } from './encode.js';
import { Univ } from './tags.js';
import { utf8Encode } from './text.js';

const PRIMITIVE = 0x00;
const CONSTRUCTED = 0x20;
const CONTEXT = 0x80;

export const sequence = (...parts: readonly Uint8Array[]): Uint8Array =>
  encodeElement(CONSTRUCTED, Univ.sequence, concatBytes(parts));

/**
 * X.690 §11.6: DER puts SET OF elements in ascending order of their encodings, compared as
 * octet strings with the shorter one padded with trailing zero octets. Lengths come before
 * contents, so shorter elements usually sort first whatever their type.
 */
export const compareDer = (a: Uint8Array, b: Uint8Array): number => {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

export const setOf = (elements: readonly Uint8Array[]): Uint8Array =>
  encodeElement(CONSTRUCTED, Univ.set, concatBytes([...elements].sort(compareDer)));

/** [n] IMPLICIT over a constructed type (the CSR attributes are [0] IMPLICIT SET OF). */
export const contextConstructed = (n: number, content: Uint8Array): Uint8Array =>
  encodeElement(CONTEXT | CONSTRUCTED, n, content);

export const contextPrimitive = (n: number, content: Uint8Array): Uint8Array =>
  encodeElement(CONTEXT, n, content);

const DOTTED_OID = /^[0-2](\.(0|[1-9][0-9]*))+$/;

export const isDottedOid = (oid: string): boolean => {
  if (!DOTTED_OID.test(oid)) return false;
  const [first, second] = oid.split('.').map((arc) => BigInt(arc));
  // X.660: under arcs 0 and 1 the second arc is below 40 (it shares the first octet).
  return first === 2n || (second !== undefined && second < 40n);
};

/**
 * Dotted text to OBJECT IDENTIFIER: base-128 arcs, the first two packed as 40 * X + Y.
 * Arcs are bigints so any OID oidFromBytes reads back (see pyca bigoid.pem) can be written.
 */
export const objectIdentifier = (oid: string): Uint8Array => {
  if (!isDottedOid(oid)) throw new RangeError(`not a dotted OID: ${oid}`);
  const [a = 0n, b = 0n, ...rest] = oid.split('.').map((arc) => BigInt(arc));
  const out: number[] = [];
  for (const arc of [a * 40n + b, ...rest]) {
    const digits: number[] = [];
    for (let v = arc; ; v >>= 7n) {
      digits.unshift(Number(v & 0x7fn));
      if (v < 0x80n) break;
    }
    out.push(...digits.map((d, i) => (i < digits.length - 1 ? d | 0x80 : d)));
  }
  return encodeElement(PRIMITIVE, Univ.oid, Uint8Array.from(out));
};

export const utf8String = (s: string): Uint8Array => encodeElement(PRIMITIVE, Univ.utf8String, utf8Encode(s));

/** Callers check the PrintableString / IA5 alphabets first; these only map ASCII. */
const ascii = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));

export const printableString = (s: string): Uint8Array =>
  encodeElement(PRIMITIVE, Univ.printableString, ascii(s));

/** IA5String contents only: the callers tag them IMPLICIT (GeneralName dNSName is [2]). */
export const ia5Bytes = ascii;

/** DER BOOLEAN TRUE is 0xFF (X.690 §11.1). FALSE is never written: it is every DEFAULT here. */
export const booleanTrue = (): Uint8Array => encodeElement(PRIMITIVE, Univ.boolean, Uint8Array.of(0xff));

export const nullValue = (): Uint8Array => encodeElement(PRIMITIVE, Univ.null, new Uint8Array(0));

/** A non-negative INTEGER, minimal two's complement (a leading 00 when the top bit is set). */
export const unsignedInteger = (n: number): Uint8Array => {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  if (bytes.length === 0 || (bytes[0] as number) >= 0x80) bytes.unshift(0);
  return encodeElement(PRIMITIVE, Univ.integer, Uint8Array.from(bytes));
};

export const octetString = (content: Uint8Array): Uint8Array =>
  encodeElement(PRIMITIVE, Univ.octetString, content);

export const bitString = (content: Uint8Array, unusedBits = 0): Uint8Array =>
  encodeElement(PRIMITIVE, Univ.bitString, concatBytes([Uint8Array.of(unusedBits), content]));

/**
 * A NamedBitList value (X.690 §11.2.2): DER drops trailing zero bits, so the last octet ends
 * at the highest bit set and the unused-bits count says how many of it are padding.
 */
export const namedBits = (bits: readonly number[]): Uint8Array => {
  if (bits.length === 0) return bitString(new Uint8Array(0));
  const highest = Math.max(...bits);
  const bytes = new Uint8Array(Math.floor(highest / 8) + 1);
  for (const bit of bits) bytes[bit >> 3] = (bytes[bit >> 3] ?? 0) | (0x80 >> (bit & 7));
  return bitString(bytes, 7 - (highest % 8));
};
