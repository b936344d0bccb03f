/** Hex text without Node's Buffer (src/shared runs in every process). */

const HEX_PAIRS: readonly string[] = Array.from({ length: 256 }, (_, i) =>
  i.toString(16).toUpperCase().padStart(2, '0'),
);

/** Upper-case hex, two digits per byte, no separators. */
export const toHex = (bytes: Uint8Array): string => {
  let s = '';
  for (const b of bytes) s += HEX_PAIRS[b] as string;
  return s;
};

/** Bytes of an even-length hex string (either case), or null when it is not one. */
export const hexToBytes = (hex: string): Uint8Array | null => {
  if (typeof hex !== 'string' || hex.length % 2 !== 0 || !/^[0-9A-Fa-f]*$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
};
