/**
 * The byte strings a typed password can stand for. PKCS#12 KDF schemes hash the password
 * as a NUL-terminated BMPString; PBES2/PBKDF2 (and PBMAC1) use its UTF-8 bytes, as OpenSSL
 * does. The text is used exactly as typed: no trimming, no normalisation.
 */
export type PasswordCandidate = {
  /** For the PKCS#12 KDF. */
  readonly bmp: Uint8Array;
  /** For PBKDF2 (PBES2, PBMAC1) and OpenSSL's legacy PEM encryption. */
  readonly utf8: Uint8Array;
};

/** UTF-16 big-endian plus the two-byte terminator (RFC 7292 B.1); "" gives 00 00. */
export const bmpPassword = (password: string): Uint8Array => {
  const out = new Uint8Array(password.length * 2 + 2);
  for (let i = 0; i < password.length; i++) {
    const unit = password.charCodeAt(i);
    out[2 * i] = unit >> 8;
    out[2 * i + 1] = unit & 0xff;
  }
  return out;
};

/**
 * Candidates to try, most likely first:
 * - the password itself;
 * - for "" also the absent password (zero bytes): OpenSSL writes files "without password"
 *   either way, and its readers try both;
 * - for non-ASCII text also the bytes OpenSSL < 1.1 used (each UTF-8 byte widened to 16
 *   bits), so old files keep opening.
 */
export const passwordCandidates = (password: string): PasswordCandidate[] => {
  const utf8 = new Uint8Array(Buffer.from(password, 'utf8'));
  const candidates: PasswordCandidate[] = [{ bmp: bmpPassword(password), utf8 }];
  if (password === '') candidates.push({ bmp: new Uint8Array(0), utf8 });
  if ([...password].some((ch) => ch.charCodeAt(0) > 0x7f)) {
    candidates.push({ bmp: bmpPassword(Buffer.from(utf8).toString('latin1')), utf8 });
  }
  return candidates;
};
