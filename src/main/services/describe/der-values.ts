/** Decoders for DER primitive values (INTEGER, OID, strings, times…). */
import { contents, DerError, isUniversal, describeTag, universalName, Univ, type Tlv } from './der.js';
import { toHex } from './hex.js';

const expectPrimitive = (t: Tlv, tag: number, what: string): Uint8Array => {
  if (!isUniversal(t, tag)) throw new DerError(`${what}: expected ${universalName(tag)}, found ${describeTag(t)}`);
  if (t.constructed) throw new DerError(`${what}: ${universalName(tag)} must be primitive in DER`);
  return contents(t);
};

/** INTEGER / ENUMERATED contents as two's-complement bytes. */
export const integerBytes = (t: Tlv, what: string, tag: number = Univ.integer): Uint8Array => {
  const v = expectPrimitive(t, tag, what);
  if (v.length === 0) throw new DerError(`${what}: empty INTEGER`);
  return v;
};

export const bigIntOf = (v: Uint8Array): bigint => {
  let n = 0n;
  for (const b of v) n = (n << 8n) | BigInt(b);
  // Two's complement: a set top bit means negative.
  if (v.length > 0 && ((v[0] as number) & 0x80) !== 0) n -= 1n << BigInt(v.length * 8);
  return n;
};

export const readBigInt = (t: Tlv, what: string, tag: number = Univ.integer): bigint => bigIntOf(integerBytes(t, what, tag));

/** A small INTEGER (path lengths, versions, reason codes); refuses absurd magnitudes. */
export const readSmallInt = (t: Tlv, what: string, tag: number = Univ.integer): number => {
  const v = integerBytes(t, what, tag);
  if (v.length > 6) throw new DerError(`${what}: integer too large`);
  return Number(bigIntOf(v));
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

export const readOctetString = (t: Tlv, what: string): Uint8Array => expectPrimitive(t, Univ.octetString, what);

/** Object identifier contents to dotted text (arcs of any size: see pyca bigoid.pem). */
export const oidFromBytes = (v: Uint8Array, what = 'OID'): string => {
  if (v.length === 0) throw new DerError(`${what}: empty OBJECT IDENTIFIER`);
  if (((v[v.length - 1] as number) & 0x80) !== 0) throw new DerError(`${what}: truncated OBJECT IDENTIFIER`);
  const arcs: string[] = [];
  let small = 0;
  let big: bigint | null = null;
  let startOfArc = true;
  for (const b of v) {
    if (startOfArc && b === 0x80) throw new DerError(`${what}: non-minimal OBJECT IDENTIFIER arc`);
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

export const readOid = (t: Tlv, what: string): string => oidFromBytes(expectPrimitive(t, Univ.oid, what), what);

export type BitString = { unusedBits: number; bytes: Uint8Array };

export const readBitString = (t: Tlv, what: string): BitString => {
  const v = expectPrimitive(t, Univ.bitString, what);
  if (v.length === 0) throw new DerError(`${what}: empty BIT STRING`);
  const unusedBits = v[0] as number;
  if (unusedBits > 7 || (unusedBits > 0 && v.length === 1)) throw new DerError(`${what}: bad BIT STRING padding`);
  return { unusedBits, bytes: v.subarray(1) };
};

/** Indexes of the set bits, bit 0 being the most significant bit of the first byte. */
export const setBits = (bits: BitString): number[] => {
  const out: number[] = [];
  const total = bits.bytes.length * 8 - bits.unusedBits;
  for (let i = 0; i < total; i++) if ((((bits.bytes[i >> 3] as number) >> (7 - (i & 7))) & 1) === 1) out.push(i);
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

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

const decodeWide = (v: Uint8Array, width: 2 | 4, what: string): string => {
  if (v.length % width !== 0) throw new DerError(`${what}: odd length for a ${width === 2 ? 'BMPString' : 'UniversalString'}`);
  let s = '';
  for (let i = 0; i < v.length; i += width) {
    const cp = width === 2 ? ((v[i] as number) << 8) | (v[i + 1] as number) : ((v[i] as number) * 2 ** 24 + ((v[i + 1] as number) << 16) + ((v[i + 2] as number) << 8) + (v[i + 3] as number));
    if (cp > 0x10ffff) throw new DerError(`${what}: code point out of range`);
    // BMPString holds UCS-2 units; surrogate pairs still combine into one character.
    s += width === 2 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  }
  return s;
};

/** Any ASN.1 character string to text. UTF-8 must be valid (pyca invalid_utf8_common_name). */
export const readString = (t: Tlv, what: string): string => {
  if (!isStringTlv(t)) throw new DerError(`${what}: expected a character string, found ${describeTag(t)}`);
  if (t.constructed) throw new DerError(`${what}: constructed strings are not allowed in DER`);
  const v = contents(t);
  switch (t.tagNumber) {
    case Univ.utf8String:
      try {
        return utf8.decode(v);
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

const digits = (s: string, from: number, len: number): number => {
  let n = 0;
  for (let i = from; i < from + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
};

const daysIn = (year: number, month: number): number => {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
};

/** Time text (UTCTime when `isUtc`, else GeneralizedTime) as RFC 5280 and DER require it. */
export const parseTimeText = (s: string, isUtc: boolean, what: string): Date => {
  const m = isUtc ? /^(\d{12})Z$/.exec(s) : /^(\d{14})(?:\.(\d*[1-9]))?Z$/.exec(s);
  if (!m) throw new DerError(`${what}: malformed ${isUtc ? 'UTCTime' : 'GeneralizedTime'} '${s.slice(0, 40)}'`);
  const body = m[1] as string;
  let year: number;
  let p: number;
  if (isUtc) {
    const yy = digits(body, 0, 2);
    year = yy >= 50 ? 1900 + yy : 2000 + yy; // RFC 5280 4.1.2.5.1
    p = 2;
  } else {
    year = digits(body, 0, 4);
    p = 4;
  }
  const month = digits(body, p, 2);
  const day = digits(body, p + 2, 2);
  const hour = digits(body, p + 4, 2);
  const minute = digits(body, p + 6, 2);
  const second = digits(body, p + 8, 2);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) {
    throw new DerError(`${what}: date out of range '${s}'`);
  }
  const ms = m[2] ? Math.floor(Number(`0.${m[2]}`) * 1000) : 0;
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d;
};

/**
 * UTCTime (YYMMDDHHMMSSZ) or GeneralizedTime (YYYYMMDDHHMMSS[.f]Z). Anything looser is
 * malformed (pyca crl_invalid_time).
 */
export const readTime = (t: Tlv, what: string): Date => {
  const isUtc = isUniversal(t, Univ.utcTime);
  if (!isUtc && !isUniversal(t, Univ.generalizedTime)) throw new DerError(`${what}: expected a time, found ${describeTag(t)}`);
  if (t.constructed) throw new DerError(`${what}: time must be primitive`);
  return parseTimeText(latin1.decode(contents(t)), isUtc, what);
};

/** Contents of an IMPLICIT-tagged primitive ([n] IMPLICIT INTEGER, GeneralizedTime…). */
export const implicitPrimitive = (t: Tlv, what: string): Uint8Array => {
  if (t.constructed) throw new DerError(`${what} must be primitive`);
  return contents(t);
};

export const readImplicitGeneralizedTime = (t: Tlv, what: string): Date =>
  parseTimeText(latin1.decode(implicitPrimitive(t, what)), false, what);

export const readImplicitInteger = (t: Tlv, what: string): bigint => {
  const v = implicitPrimitive(t, what);
  if (v.length === 0) throw new DerError(`${what}: empty INTEGER`);
  return bigIntOf(v);
};
