/** Decoders for DER primitive values (INTEGER, OID, BIT STRING, character strings). */
import { toHex } from './hex.js';
import { universalName, Univ } from './tags.js';
import { latin1, strictUtf8 } from './text.js';
import { contents, DerError, describeTag, isUniversal, type Tlv } from './tlv.js';

const checkPrimitive = (t: Tlv, tag: number, what: string): void => {
  if (!isUniversal(t, tag))
    throw new DerError(`${what}: expected ${universalName(tag)}, found ${describeTag(t)}`);
  if (t.constructed) throw new DerError(`${what}: ${universalName(tag)} must be primitive in DER`);
};

const expectPrimitive = (t: Tlv, tag: number, what: string): Uint8Array => {
  checkPrimitive(t, tag, what);
  return contents(t);
};

/** The checks of integerBytes, without making the view (a field viewed later, if ever). */
export const checkInteger = (t: Tlv, what: string, tag: number = Univ.integer): void => {
  checkPrimitive(t, tag, what);
  if (t.valueEnd === t.valueStart) throw new DerError(`${what}: empty INTEGER`);
};

/** INTEGER / ENUMERATED contents as two's-complement bytes. */
export const integerBytes = (t: Tlv, what: string, tag: number = Univ.integer): Uint8Array => {
  checkInteger(t, what, tag);
  return contents(t);
};

/**
 * Two's-complement bytes as a bigint. Built from hex in one step: growing the number a byte
 * at a time is quadratic, and a 1 MB INTEGER (a hostile serial or CRL number) took hours
 * (found by fuzzing, test/fuzz).
 */
export const bigIntOf = (v: Uint8Array): bigint => {
  if (v.length === 0) return 0n;
  const n = BigInt(`0x${toHex(v)}`);
  // Two's complement: a set top bit means negative.
  return ((v[0] as number) & 0x80) !== 0 ? n - (1n << BigInt(v.length * 8)) : n;
};

export const readBigInt = (t: Tlv, what: string, tag: number = Univ.integer): bigint =>
  bigIntOf(integerBytes(t, what, tag));

/** A small INTEGER (path lengths, versions, reason codes); refuses absurd magnitudes. */
export const readSmallInt = (t: Tlv, what: string, tag: number = Univ.integer): number => {
  checkInteger(t, what, tag);
  const length = t.valueEnd - t.valueStart;
  if (length > 6) throw new DerError(`${what}: integer too large`);
  // Six bytes fit a double exactly: plain arithmetic on the element's bytes, no BigInt or view.
  let n = 0;
  for (let i = t.valueStart; i < t.valueEnd; i++) n = n * 256 + (t.buf[i] as number);
  // Two's complement: a set top bit means negative.
  return ((t.buf[t.valueStart] as number) & 0x80) !== 0 ? n - 2 ** (8 * length) : n;
};

/**
 * Serial numbers as `openssl x509 -serial` prints them: the magnitude in upper-case hex,
 * without the sign-padding 00 byte. Negative serials (forbidden by RFC 5280 but found)
 * keep their raw two's-complement bytes, since our hex form has no room for a sign.
 */
export const serialHex = (v: Uint8Array): string => {
  const first = v[0] as number;
  if (v.length > 1 && first === 0x00) return toHex(v.subarray(1));
  return toHex(v);
};

export const readBoolean = (t: Tlv, what: string): boolean => {
  const v = expectPrimitive(t, Univ.boolean, what);
  if (v.length !== 1) throw new DerError(`${what}: BOOLEAN must be one byte`);
  const b = v[0] as number;
  if (b !== 0x00 && b !== 0xff) throw new DerError(`${what}: BOOLEAN must be 00 or FF in DER`);
  return b === 0xff;
};

export const readNull = (t: Tlv, what: string): void => {
  if (expectPrimitive(t, Univ.null, what).length !== 0) throw new DerError(`${what}: NULL must be empty`);
};

export const readOctetString = (t: Tlv, what: string): Uint8Array =>
  expectPrimitive(t, Univ.octetString, what);

/**
 * Object identifier contents to dotted text (arcs of any size: see pyca bigoid.pem).
 * `allowNonMinimal` accepts 0x80-padded arcs, which the file reader has always let through
 * (it only checks that a file is whole); describe reports them as not DER.
 */
export const oidFromBytes = (v: Uint8Array, what = 'OID', allowNonMinimal = false): string => {
  const known = cachedOid(v);
  if (known !== undefined) return known;
  const oid = decodeOidBytes(v, what, allowNonMinimal);
  rememberOid(v, oid);
  return oid;
};

/**
 * Decoded OIDs by their bytes, in a trie walked byte by byte (no key string to build): a
 * certificate repeats the same few dozen OIDs, and a 30,000-certificate bundle decodes them
 * 600,000 times. Only minimal encodings are stored (a cached non-minimal one would let a
 * strict reader through), and the trie stops growing at MAX_CACHED_OIDS, so hostile input
 * cannot grow it; a miss only costs the decoding.
 */
type OidTrie = { oid: string | undefined; next: Map<number, OidTrie> | undefined };
const MAX_CACHED_OIDS = 2048;
const MAX_CACHED_OID_BYTES = 32;
const oidTrie: OidTrie = { oid: undefined, next: undefined };
let cachedOids = 0;

const cachedOidAt = (buf: Uint8Array, start: number, end: number): string | undefined => {
  let node: OidTrie | undefined = oidTrie;
  for (let i = start; i < end && node !== undefined; i++) node = node.next?.get(buf[i] as number);
  return node?.oid;
};

const cachedOid = (v: Uint8Array): string | undefined => cachedOidAt(v, 0, v.length);

const rememberOid = (v: Uint8Array, oid: string): void => {
  if (cachedOids >= MAX_CACHED_OIDS || v.length > MAX_CACHED_OID_BYTES) return;
  for (let i = 0; i < v.length; i++) {
    // 0x80 opening an arc is the non-minimal form: never cached (see above).
    if (v[i] === 0x80 && (i === 0 || ((v[i - 1] as number) & 0x80) === 0)) return;
  }
  let node = oidTrie;
  for (let i = 0; i < v.length; i++) {
    const b = v[i] as number;
    node.next ??= new Map();
    let child = node.next.get(b);
    if (!child) {
      child = { oid: undefined, next: undefined };
      node.next.set(b, child);
    }
    node = child;
  }
  if (node.oid === undefined) cachedOids++;
  node.oid = oid;
};

const decodeOidBytes = (v: Uint8Array, what: string, allowNonMinimal: boolean): string => {
  if (v.length === 0) throw new DerError(`${what}: empty OBJECT IDENTIFIER`);
  if (((v[v.length - 1] as number) & 0x80) !== 0) throw new DerError(`${what}: truncated OBJECT IDENTIFIER`);
  const arcs: string[] = [];
  let small = 0;
  let big: bigint | null = null;
  let startOfArc = true;
  for (let i = 0; i < v.length; i++) {
    const b = v[i] as number;
    if (startOfArc && b === 0x80 && !allowNonMinimal)
      throw new DerError(`${what}: non-minimal OBJECT IDENTIFIER arc`);
    startOfArc = false;
    if (big !== null) big = (big << 7n) | BigInt(b & 0x7f);
    else {
      small = small * 128 + (b & 0x7f);
      // Switch to bigint before losing precision (2^46 * 128 < 2^53).
      if (small > 2 ** 45) big = BigInt(small);
    }
    if ((b & 0x80) === 0) {
      if (arcs.length === 0) {
        // The first encoded arc packs two: 40 * X + Y.
        const n = big ?? BigInt(small);
        if (n < 40n) arcs.push('0', n.toString());
        else if (n < 80n) arcs.push('1', (n - 40n).toString());
        else arcs.push('2', (n - 80n).toString());
      } else arcs.push((big ?? small).toString());
      small = 0;
      big = null;
      startOfArc = true;
    }
  }
  return arcs.join('.');
};

/** Looks the OID up in the cache on the input bytes themselves: no view for the common case. */
export const readOid = (t: Tlv, what: string): string => {
  if (isUniversal(t, Univ.oid) && !t.constructed) {
    const known = cachedOidAt(t.buf, t.valueStart, t.valueEnd);
    if (known !== undefined) return known;
  }
  return oidFromBytes(expectPrimitive(t, Univ.oid, what), what);
};

export type BitString = { readonly unusedBits: number; readonly bytes: Uint8Array };

/**
 * A BIT STRING as read: `bytes` is a view made when asked for. A parsed certificate keeps
 * two of these (signature, public key) for its whole life, and a view costs about 100
 * bytes: at 25,000 certificates per file, views nobody reads add up.
 */
class ReadBitString implements BitString {
  constructor(
    readonly unusedBits: number,
    private readonly buf: Uint8Array,
    private readonly start: number,
    private readonly end: number,
  ) {}
  get bytes(): Uint8Array {
    return this.buf.subarray(this.start, this.end);
  }
}

export const readBitString = (t: Tlv, what: string): BitString => {
  const v = expectPrimitive(t, Univ.bitString, what);
  if (v.length === 0) throw new DerError(`${what}: empty BIT STRING`);
  const unusedBits = v[0] as number;
  if (unusedBits > 7 || (unusedBits > 0 && v.length === 1))
    throw new DerError(`${what}: bad BIT STRING padding`);
  return new ReadBitString(unusedBits, t.buf, t.valueStart + 1, t.valueEnd);
};

/** Indexes of the set bits, bit 0 being the most significant bit of the first byte. */
export const setBits = (bits: BitString): number[] => {
  const out: number[] = [];
  const total = bits.bytes.length * 8 - bits.unusedBits;
  for (let i = 0; i < total; i++)
    if ((((bits.bytes[i >> 3] as number) >> (7 - (i & 7))) & 1) === 1) out.push(i);
  return out;
};

const STRING_TAGS = new Set<number>([
  Univ.utf8String,
  Univ.numericString,
  Univ.printableString,
  Univ.teletexString,
  Univ.videotexString,
  Univ.ia5String,
  Univ.graphicString,
  Univ.visibleString,
  Univ.generalString,
  Univ.universalString,
  Univ.bmpString,
]);

export const isStringTlv = (t: Tlv): boolean => t.tagClass === 0 && STRING_TAGS.has(t.tagNumber);

/** Code units per String.fromCharCode call: far below any engine's argument limit. */
const WIDE_CHUNK = 8192;

const decodeWide = (v: Uint8Array, width: 2 | 4, what: string): string => {
  if (v.length % width !== 0)
    throw new DerError(`${what}: odd length for a ${width === 2 ? 'BMPString' : 'UniversalString'}`);
  // UTF-16 code units gathered per chunk and turned into text in one call: `s +=` per
  // character builds a rope of millions of nodes for a hostile multi-megabyte string.
  const chunks: string[] = [];
  let units: number[] = [];
  const push = (unit: number) => {
    units.push(unit);
    if (units.length >= WIDE_CHUNK) {
      chunks.push(String.fromCharCode(...units));
      units = [];
    }
  };
  for (let i = 0; i < v.length; i += width) {
    const cp =
      width === 2
        ? ((v[i] as number) << 8) | (v[i + 1] as number)
        : (v[i] as number) * 2 ** 24 +
          ((v[i + 1] as number) << 16) +
          ((v[i + 2] as number) << 8) +
          (v[i + 3] as number);
    if (cp > 0x10ffff) throw new DerError(`${what}: code point out of range`);
    // BMPString holds UCS-2 units; surrogate pairs still combine into one character.
    if (cp <= 0xffff) push(cp);
    else {
      push(0xd800 + ((cp - 0x10000) >> 10));
      push(0xdc00 + ((cp - 0x10000) & 0x3ff));
    }
  }
  chunks.push(String.fromCharCode(...units));
  return chunks.join('');
};

/**
 * A short all-ASCII value as text, or null. Names are mostly short ASCII, and for those
 * building the string directly costs less than a call into TextDecoder; every decoder
 * below reads ASCII bytes as the same characters. Read from the element's offsets, through
 * a plain array: spreading a typed array into fromCharCode goes through its iterator, four
 * times slower, and a view per string is an allocation the common case does not need.
 */
const shortAscii = (buf: Uint8Array, start: number, end: number): string | null => {
  if (end - start > 64) return null;
  const codes = new Array<number>(end - start);
  for (let i = start; i < end; i++) {
    const b = buf[i] as number;
    if (b >= 0x80) return null;
    codes[i - start] = b;
  }
  return String.fromCharCode.apply(null, codes);
};

/** Any ASN.1 character string to text. UTF-8 must be valid (pyca invalid_utf8_common_name). */
export const readString = (t: Tlv, what: string): string => {
  if (!isStringTlv(t)) throw new DerError(`${what}: expected a character string, found ${describeTag(t)}`);
  if (t.constructed) throw new DerError(`${what}: constructed strings are not allowed in DER`);
  // BMP and Universal strings are two and four bytes a character: not this shortcut.
  if (t.tagNumber !== Univ.bmpString && t.tagNumber !== Univ.universalString) {
    const ascii = shortAscii(t.buf, t.valueStart, t.valueEnd);
    if (ascii !== null) return ascii;
  }
  const v = contents(t);
  switch (t.tagNumber) {
    case Univ.utf8String:
      try {
        return strictUtf8.decode(v);
      } catch {
        throw new DerError(`${what}: invalid UTF-8 in UTF8String`);
      }
    case Univ.bmpString:
      return decodeWide(v, 2, what);
    case Univ.universalString:
      return decodeWide(v, 4, what);
    default:
      // Printable/IA5/Numeric/Visible are ASCII; T.61 is read as Latin-1, as OpenSSL does.
      return latin1.decode(v);
  }
};

/** An IA5String (dNSName, URI, rfc822Name…). Non-ASCII bytes are shown as Latin-1. */
export const readIa5 = (v: Uint8Array): string => latin1.decode(v);

/** Contents of an IMPLICIT-tagged primitive ([n] IMPLICIT INTEGER, GeneralizedTime…). */
export const implicitPrimitive = (t: Tlv, what: string): Uint8Array => {
  if (t.constructed) throw new DerError(`${what} must be primitive`);
  return contents(t);
};

export const readImplicitInteger = (t: Tlv, what: string): bigint => {
  const v = implicitPrimitive(t, what);
  if (v.length === 0) throw new DerError(`${what}: empty INTEGER`);
  return bigIntOf(v);
};
