import { hexToBytes } from '../asn1/hex.js';
import { Univ } from '../asn1/tags.js';
import { contents, parseDer, type Tlv } from '../asn1/tlv.js';
import type { CardType, IgcSanteInfo } from '../model/igc-sante.js';

export type Medium = NonNullable<IgcSanteInfo['medium']>;

export type ProductCategory = {
  /** Bit 0x80 of the category byte: the certificate comes from the TEST PKI (H). */
  readonly test: boolean;
  /** Null when the low bits hold a value we do not know. */
  readonly medium: Medium | null;
  readonly byte: number;
};

/** ANS values are a few bytes; longer hex is not one of them and is not worth decoding. */
const MAX_HEX = 8192;

/**
 * The one TLV an extension value holds, or null. Hostile input yields null, never a throw.
 * On top of DER framing, a long-form tag or a length field past 2 bytes is refused, as the
 * decoders here always did (no ANS value needs them).
 */
const tlvOf = (valueHex: string): Tlv | null => {
  if (typeof valueHex !== 'string' || valueHex.length > MAX_HEX) return null;
  const bytes = hexToBytes(valueHex);
  if (bytes === null) return null;
  try {
    const tlv = parseDer(bytes);
    return tlv.longFormTag || tlv.valueStart > 4 ? null : tlv;
  } catch {
    return null;
  }
};

/** A universal, primitive element with tag number `n` (what a one-byte tag 0x0n..0x1n says). */
const isPrimitive = (tlv: Tlv, n: number): boolean =>
  tlv.tagClass === 0 && !tlv.constructed && tlv.tagNumber === n;

const TEXT_TAGS: readonly number[] = [
  Univ.utf8String,
  Univ.printableString,
  Univ.ia5String,
  Univ.visibleString,
];

/** ASCII text of a string-typed TLV (or of printable OCTET STRING content), else null. */
const asciiText = (tlv: Tlv): string | null => {
  if (!TEXT_TAGS.some((n) => isPrimitive(tlv, n)) && !isPrimitive(tlv, Univ.octetString)) return null;
  let text = '';
  for (const b of contents(tlv)) {
    if (b < 0x20 || b > 0x7e) return null;
    text += String.fromCharCode(b);
  }
  return text;
};

/** Small non-negative INTEGER / ENUMERATED value (up to 4 bytes), else null. */
const smallInteger = (tlv: Tlv): number | null => {
  if (!isPrimitive(tlv, Univ.integer) && !isPrimitive(tlv, Univ.enumerated)) return null;
  const content = contents(tlv);
  const first = content[0];
  if (first === undefined || first & 0x80 || content.length > 4) return null;
  let value = 0;
  for (const b of content) value = value * 256 + b;
  return value;
};

const MEDIUM_BY_LOW_BITS: Readonly<Record<number, Medium>> = {
  0x00: 'card',
  0x02: 'security-module',
  0x03: 'software',
};

/**
 * ANS product category (1.2.250.1.71.1.2.5). extnValue is an OCTET STRING of one byte:
 * 0x80 = TEST, low bits 0x03 software, 0x00 card, 0x02 security module. A real TEST
 * software certificate carries 04 01 83.
 */
export const decodeProductCategory = (valueHex: string): ProductCategory | null => {
  const tlv = tlvOf(valueHex);
  if (tlv === null || !isPrimitive(tlv, Univ.octetString) || tlv.valueEnd - tlv.valueStart !== 1) return null;
  const byte = contents(tlv)[0] ?? 0;
  return { test: (byte & 0x80) !== 0, medium: MEDIUM_BY_LOW_BITS[byte & 0x7f] ?? null, byte };
};

const CARD_TYPES: readonly CardType[] = ['CPS', 'CPF', 'CPE', 'CPA'];

/** Reads a small code (0, 1, "10"…) however it is wrapped: INTEGER, one raw byte, or text. */
const codeOf = (tlv: Tlv): string | null => {
  const n = smallInteger(tlv);
  if (n !== null) return String(n);
  const text = asciiText(tlv);
  if (text !== null && /^[0-9A-Za-z]{1,8}$/.test(text.trim())) return text.trim();
  const content = contents(tlv);
  const only = content[0];
  if (isPrimitive(tlv, Univ.octetString) && content.length === 1 && only !== undefined) return String(only);
  return null;
};

/**
 * ANS card type (1.2.250.1.71.1.2.2): 0 CPS, 1 CPF, 2 CPE, 3 CPA (H for the values). We
 * have not seen the exact ASN.1 wrapping, so INTEGER, ENUMERATED, a one-byte OCTET STRING
 * and a digit string are all accepted; anything else is null rather than a guess.
 */
export const decodeCardType = (valueHex: string): CardType | null => {
  const tlv = tlvOf(valueHex);
  const code = tlv === null ? null : codeOf(tlv);
  return code !== null && /^[0-3]$/.test(code) ? (CARD_TYPES[Number(code)] ?? null) : null;
};

/** ANS profession code (1.2.250.1.71.1.2.7), a TRE_G15 code such as "10". Same tolerance as above. */
export const decodeProfessionCode = (valueHex: string): string | null => {
  const tlv = tlvOf(valueHex);
  return tlv === null ? null : codeOf(tlv);
};
