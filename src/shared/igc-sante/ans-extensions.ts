import type { CardType, IgcSanteInfo } from '../model/igc-sante.js';
import { asciiText, hexToBytes, readSingleTlv, smallInteger, TAG } from './der.js';
import type { Tlv } from './der.js';

export type Medium = NonNullable<IgcSanteInfo['medium']>;

export type ProductCategory = {
  /** Bit 0x80 of the category byte: the certificate comes from the TEST PKI (H). */
  readonly test: boolean;
  /** Null when the low bits hold a value we do not know. */
  readonly medium: Medium | null;
  readonly byte: number;
};

const tlvOf = (valueHex: string): Tlv | null => {
  const bytes = hexToBytes(valueHex);
  return bytes === null ? null : readSingleTlv(bytes);
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
  if (tlv === null || tlv.tag !== TAG.OCTET_STRING || tlv.content.length !== 1) return null;
  const byte = tlv.content[0] ?? 0;
  return { test: (byte & 0x80) !== 0, medium: MEDIUM_BY_LOW_BITS[byte & 0x7f] ?? null, byte };
};

const CARD_TYPES: readonly CardType[] = ['CPS', 'CPF', 'CPE', 'CPA'];

/** Reads a small code (0, 1, "10"…) however it is wrapped: INTEGER, one raw byte, or text. */
const codeOf = (tlv: Tlv): string | null => {
  const n = smallInteger(tlv);
  if (n !== null) return String(n);
  const text = asciiText(tlv);
  if (text !== null && /^[0-9A-Za-z]{1,8}$/.test(text.trim())) return text.trim();
  const only = tlv.content[0];
  if (tlv.tag === TAG.OCTET_STRING && tlv.content.length === 1 && only !== undefined) return String(only);
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
