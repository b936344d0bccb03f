/** DER encoders: just what the reader's BER -> DER normalisation rebuilds. */

export const concatBytes = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Identifier + definite length, minimal form: what DER requires. */
export const encodeHeader = (firstOctet: number, tagNumber: number, length: number): Uint8Array => {
  const id: number[] = [];
  if (tagNumber < 31) {
    id.push(firstOctet | tagNumber);
  } else {
    const digits: number[] = [];
    for (let n = tagNumber; n > 0; n = Math.floor(n / 128)) digits.unshift(n % 128);
    id.push(firstOctet | 0x1f, ...digits.map((d, i) => (i < digits.length - 1 ? d | 0x80 : d)));
  }
  if (length < 0x80) return Uint8Array.from([...id, length]);
  const lenBytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) lenBytes.unshift(n % 256);
  return Uint8Array.from([...id, 0x80 | lenBytes.length, ...lenBytes]);
};

export const encodeElement = (firstOctet: number, tagNumber: number, content: Uint8Array): Uint8Array =>
  concatBytes([encodeHeader(firstOctet, tagNumber, content.length), content]);
