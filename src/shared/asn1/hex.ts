/** Hex text without Node's Buffer (src/shared runs in every process). */

const HEX_PAIRS: readonly string[] = Array.from({ length: 256 }, (_, i) =>
  i.toString(16).toUpperCase().padStart(2, '0'),
);

const HEX_CHUNK = 8192;

/** Upper-case hex, two digits per byte, with `separator` between bytes (none by default). */
export const toHex = (bytes: Uint8Array, separator = ''): string => {
  // Chunks joined once: `s +=` per byte builds a rope of millions of nodes on large input
  // (hundreds of MB for a 10 MB value) before it is flattened.
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += HEX_CHUNK) {
    const end = Math.min(bytes.length, i + HEX_CHUNK);
    const pairs: string[] = new Array<string>(end - i);
    for (let j = i; j < end; j++) pairs[j - i] = HEX_PAIRS[bytes[j] as number] as string;
    chunks.push(pairs.join(separator));
  }
  return chunks.join(separator);
};

/** Bytes of an even-length hex string (either case), or null when it is not one. */
export const hexToBytes = (hex: string): Uint8Array | null => {
  if (typeof hex !== 'string' || hex.length % 2 !== 0 || !/^[0-9A-Fa-f]*$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
};
