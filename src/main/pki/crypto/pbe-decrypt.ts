import { createDecipheriv, pbkdf2 } from 'node:crypto';
import { throwReadFailure } from '../reader/read-error.js';
import type { PasswordCandidate } from './password.js';
import type { EncryptionScheme } from './pbe-scheme.js';
import { hashOutputLength, pkcs12Kdf } from './pkcs12-kdf.js';
import { rc2CbcDecrypt } from './rc2.js';
import { rc4 } from './rc4.js';
import { PBKDF2_UNIT_COST, spend, type WorkBudget } from './work-budget.js';
import { isCryptoDecodeError } from './node-crypto-errors.js';

// Wrapped by hand rather than util.promisify: importing node:util from an ES module makes
// Node build its whole export list, a few ms of every `vigie` start-up.
const pbkdf2Async = (
  password: Uint8Array | string,
  salt: Uint8Array,
  iterations: number,
  keyLength: number,
  digest: string,
): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    pbkdf2(password, salt, iterations, keyLength, digest, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

/** Strips PKCS#7 padding; null when it is not valid (the usual sign of a wrong password). */
export const unpad = (data: Uint8Array, blockSize: number): Uint8Array | null => {
  const n = data[data.length - 1];
  if (n === undefined || n < 1 || n > blockSize || n > data.length) return null;
  for (let i = data.length - n; i < data.length; i++) if (data[i] !== n) return null;
  return data.subarray(0, data.length - n);
};

/** Node cipher with PKCS#7 padding; a padding failure becomes null instead of an exception. */
const nodeDecrypt = (
  cipher: string,
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array,
): Uint8Array | null => {
  try {
    const d = createDecipheriv(cipher, key, iv);
    return new Uint8Array(Buffer.concat([d.update(data), d.final()]));
  } catch (e) {
    if (!isCryptoDecodeError(e)) throw e;
    return null; // wrong key: bad padding
  }
};

const blockSizeOf = (cipher: string): number => (cipher.startsWith('aes') ? 16 : cipher === 'rc4' ? 1 : 8);

export const pbkdf2Derive = async (
  password: Uint8Array,
  params: { salt: Uint8Array; iterations: number; prf: Parameters<typeof hashOutputLength>[0] },
  keyLength: number,
  budget: WorkBudget,
): Promise<Uint8Array> => {
  spend(budget, PBKDF2_UNIT_COST * params.iterations * Math.ceil(keyLength / hashOutputLength(params.prf)));
  return new Uint8Array(await pbkdf2Async(password, params.salt, params.iterations, keyLength, params.prf));
};

/**
 * Decrypts `data` with one password candidate. Returns null when the padding is wrong,
 * which is what a wrong password looks like; the caller decides what that means (a typed
 * 'wrong-password', or "still locked" when no password was given).
 */
export const decryptWithScheme = async (
  scheme: EncryptionScheme,
  password: PasswordCandidate,
  data: Uint8Array,
  budget: WorkBudget,
): Promise<Uint8Array | null> => {
  const blockSize = blockSizeOf(scheme.cipher);
  if (data.length === 0 || data.length % blockSize !== 0) {
    return throwReadFailure(
      'malformed',
      'The encrypted data has a length that does not fit its cipher: the file is damaged.',
    );
  }
  if (scheme.kind === 'pkcs12-pbe') {
    const key = await pkcs12Kdf(
      'sha1',
      password.bmp,
      scheme.salt,
      1,
      scheme.iterations,
      scheme.keyLength,
      budget,
    );
    if (scheme.cipher === 'rc4') return rc4(key, data);
    const iv = await pkcs12Kdf(
      'sha1',
      password.bmp,
      scheme.salt,
      2,
      scheme.iterations,
      scheme.ivLength,
      budget,
    );
    if (scheme.cipher === 'rc2-cbc') return unpad(rc2CbcDecrypt(key, key.length * 8, iv, data), 8);
    return nodeDecrypt(scheme.cipher, key, iv, data);
  }
  const key = await pbkdf2Derive(password.utf8, scheme.kdf, scheme.keyLength, budget);
  if (scheme.cipher === 'rc2-cbc') return unpad(rc2CbcDecrypt(key, scheme.effectiveBits, scheme.iv, data), 8);
  return nodeDecrypt(scheme.cipher, key, scheme.iv, data);
};
