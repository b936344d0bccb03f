import { hash } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { spend, type WorkBudget } from './work-budget.js';

/**
 * The PKCS#12 key-derivation function (RFC 7292 appendix B.2), used by the PKCS#12 PBE
 * schemes (ID 1 key, ID 2 IV) and the classic PKCS#12 MAC (ID 3). Node exposes PBKDF2 but
 * not this KDF, so it is written here on top of node:crypto's one-shot hash.
 */

export type Pkcs12Hash = 'sha1' | 'sha224' | 'sha256' | 'sha384' | 'sha512' | 'sha512-224' | 'sha512-256';

/** u = output size, v = block size, both in bytes. */
const SIZES: Record<Pkcs12Hash, { u: number; v: number }> = {
  sha1: { u: 20, v: 64 },
  sha224: { u: 28, v: 64 },
  sha256: { u: 32, v: 64 },
  sha384: { u: 48, v: 128 },
  sha512: { u: 64, v: 128 },
  'sha512-224': { u: 28, v: 128 },
  'sha512-256': { u: 32, v: 128 },
};

export const hashOutputLength = (h: Pkcs12Hash): number => SIZES[h].u;

/** Hash steps between two yields, so a long derivation does not freeze the main process. */
const SLICE = 8192;

/** Repeats `src` to fill a multiple of v bytes (empty stays empty, per B.2 steps 2-3). */
const stretch = (src: Uint8Array, v: number): Uint8Array => {
  if (src.length === 0) return new Uint8Array(0);
  const out = new Uint8Array(v * Math.ceil(src.length / v));
  for (let i = 0; i < out.length; i++) out[i] = src[i % src.length] ?? 0;
  return out;
};

/**
 * @param password already encoded: BMPString with its two-byte NUL terminator, or empty for
 *   an absent password (OpenSSL's NULL password).
 */
export const pkcs12Kdf = async (
  h: Pkcs12Hash,
  password: Uint8Array,
  salt: Uint8Array,
  id: 1 | 2 | 3,
  iterations: number,
  length: number,
  budget: WorkBudget,
): Promise<Uint8Array> => {
  const { u, v } = SIZES[h];
  const blocks = Math.ceil(length / u);
  spend(budget, blocks * iterations);
  const D = new Uint8Array(v).fill(id);
  const I = new Uint8Array([...stretch(salt, v), ...stretch(password, v)]);
  const out = new Uint8Array(blocks * u);
  let sinceYield = 0;
  for (let block = 0; block < blocks; block++) {
    let A: Uint8Array = hash(h, Buffer.concat([D, I]), 'buffer');
    for (let r = 1; r < iterations; r++) {
      A = hash(h, A, 'buffer');
      if (++sinceYield >= SLICE) {
        sinceYield = 0;
        await yieldToLoop();
      }
    }
    out.set(A, block * u);
    if (block === blocks - 1) break;
    // I_j = (I_j + B + 1) mod 2^(8v), B = A repeated to v bytes (B.2 step 6).
    const B = stretch(A, v).subarray(0, v);
    for (let j = 0; j < I.length; j += v) {
      let carry = 1;
      for (let k = v - 1; k >= 0; k--) {
        const sum = (I[j + k] ?? 0) + (B[k] ?? 0) + carry;
        I[j + k] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return out.subarray(0, length);
};
