/**
 * Just enough DER to read the small ANS extension values we get as hex. Pure and bounded:
 * every length is checked against the buffer, so hostile input yields null, never a throw.
 */
export type Tlv = { readonly tag: number; readonly content: Uint8Array };

const MAX_HEX = 8192;

export const hexToBytes = (hex: string): Uint8Array | null => {
  if (typeof hex !== 'string' || hex.length % 2 !== 0 || hex.length > MAX_HEX) return null;
  if (!/^[0-9A-Fa-f]*$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
};

/** Reads one TLV with a low-number tag and a definite length; it must fill `bytes` exactly. */
export const readSingleTlv = (bytes: Uint8Array): Tlv | null => {
  const tag = bytes[0];
  const first = bytes[1];
  if (tag === undefined || first === undefined || (tag & 0x1f) === 0x1f) return null;
  let length = first;
  let offset = 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 2) return null;
    length = 0;
    for (let i = 0; i < count; i++) {
      const b = bytes[offset + i];
      if (b === undefined) return null;
      length = length * 256 + b;
    }
    offset += count;
  }
  if (offset + length !== bytes.length) return null;
  return { tag, content: bytes.subarray(offset) };
};

export const TAG = {
  INTEGER: 0x02,
  OCTET_STRING: 0x04,
  ENUMERATED: 0x0a,
  UTF8_STRING: 0x0c,
  PRINTABLE_STRING: 0x13,
  IA5_STRING: 0x16,
  VISIBLE_STRING: 0x1a,
} as const;

const STRING_TAGS: readonly number[] = [
  TAG.UTF8_STRING,
  TAG.PRINTABLE_STRING,
  TAG.IA5_STRING,
  TAG.VISIBLE_STRING,
];

/** ASCII text of a string-typed TLV (or of printable OCTET STRING content), else null. */
export const asciiText = (tlv: Tlv): string | null => {
  if (!STRING_TAGS.includes(tlv.tag) && tlv.tag !== TAG.OCTET_STRING) return null;
  let text = '';
  for (const b of tlv.content) {
    if (b < 0x20 || b > 0x7e) return null;
    text += String.fromCharCode(b);
  }
  return text;
};

/** Small non-negative INTEGER / ENUMERATED value (up to 4 bytes), else null. */
export const smallInteger = (tlv: Tlv): number | null => {
  if (tlv.tag !== TAG.INTEGER && tlv.tag !== TAG.ENUMERATED) return null;
  const first = tlv.content[0];
  if (first === undefined || first & 0x80 || tlv.content.length > 4) return null;
  let value = 0;
  for (const b of tlv.content) value = value * 256 + b;
  return value;
};
