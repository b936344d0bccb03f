/**
 * RC4, for the two PKCS#12 PBE schemes that use it (pbeWithSHAAnd128BitRC4 / 40BitRC4).
 * Node's OpenSSL 3 has no RC4 without the legacy provider; the cipher is a dozen lines.
 * Decryption and encryption are the same operation.
 */
export const rc4 = (key: Uint8Array, data: Uint8Array): Uint8Array => {
  if (key.length < 1 || key.length > 256) throw new RangeError('RC4 key must be 1..256 bytes');
  const S = new Uint8Array(256);
  for (let i = 0; i < 256; i++) S[i] = i;
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + (S[i] ?? 0) + (key[i % key.length] ?? 0)) & 0xff;
    const t = S[i] ?? 0;
    S[i] = S[j] ?? 0;
    S[j] = t;
  }
  const out = new Uint8Array(data.length);
  let i = 0;
  j = 0;
  for (let n = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + (S[i] ?? 0)) & 0xff;
    const t = S[i] ?? 0;
    S[i] = S[j] ?? 0;
    S[j] = t;
    out[n] = (data[n] ?? 0) ^ (S[((S[i] ?? 0) + (S[j] ?? 0)) & 0xff] ?? 0);
  }
  return out;
};
