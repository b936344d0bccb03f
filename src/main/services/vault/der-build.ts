import { encodeElement, concatBytes } from '../../../shared/asn1/encode.js';
import { Univ } from '../../../shared/asn1/tags.js';

/**
 * The few DER encoders the vault's EncryptedPrivateKeyInfo needs, on top of the shared
 * toolkit's element encoder. Inputs are our own constants and numbers, never file data.
 */

const PRIMITIVE = 0x00;
const CONSTRUCTED = 0x20;

export const derSequence = (...items: Uint8Array[]): Uint8Array =>
  encodeElement(CONSTRUCTED, Univ.sequence, concatBytes(items));

export const derOctetString = (bytes: Uint8Array): Uint8Array =>
  encodeElement(PRIMITIVE, Univ.octetString, bytes);

export const derNull = (): Uint8Array => encodeElement(PRIMITIVE, Univ.null, new Uint8Array(0));

/** A non-negative INTEGER, minimal two's complement (a leading 00 when the top bit is set). */
export const derUnsigned = (n: number): Uint8Array => {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`);
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  if (bytes.length === 0 || (bytes[0] as number) >= 0x80) bytes.unshift(0);
  return encodeElement(PRIMITIVE, Univ.integer, Uint8Array.from(bytes));
};

/** Dotted OID text to DER (base-128 arcs, the first two packed as 40 * X + Y). */
export const derOid = (dotted: string): Uint8Array => {
  const arcs = dotted.split('.').map((a) => Number(a));
  const [first, second, ...rest] = arcs;
  if (first === undefined || second === undefined || arcs.some((a) => !Number.isSafeInteger(a) || a < 0))
    throw new RangeError(`not an OID: ${dotted}`);
  const out: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const digits: number[] = [];
    for (let v = arc; ; v = Math.floor(v / 128)) {
      digits.unshift(v % 128);
      if (v < 128) break;
    }
    out.push(...digits.map((d, i) => (i < digits.length - 1 ? d | 0x80 : d)));
  }
  return encodeElement(PRIMITIVE, Univ.oid, Uint8Array.from(out));
};
