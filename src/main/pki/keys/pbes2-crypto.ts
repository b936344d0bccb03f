import { createCipheriv, randomBytes } from 'node:crypto';
import { decryptWithScheme, pbkdf2Derive } from '../crypto/pbe-decrypt.js';
import type { EncryptionScheme } from '../crypto/pbe-scheme.js';
import { createBudget } from '../crypto/work-budget.js';
import { ReaderFailure } from '../reader/read-error.js';
import {
  encodeEncryptedPrivateKeyInfo,
  IV_BYTES,
  KEY_BYTES,
  SALT_BYTES,
  type Pbes2Envelope,
} from './pbes2-format.js';

/**
 * PBES2 encryption of a PKCS#8 PrivateKeyInfo, and the way back. Decryption and PBKDF2 are
 * the reader's (src/main/pki/crypto), so the vault and the file inspector open
 * encrypted keys with one implementation. PBKDF2 runs through the async node:crypto call:
 * 600,000 iterations take a few hundred milliseconds, on the libuv pool, not on the main
 * thread.
 */

/** Secret bytes for PBKDF2: the UTF-8 of the passphrase (or keyring secret), as OpenSSL uses it. */
export type SecretBytes = Uint8Array;

export const deriveKey = (secret: SecretBytes, salt: Uint8Array, iterations: number): Promise<Uint8Array> =>
  pbkdf2Derive(secret, { salt, iterations, prf: 'sha256' }, KEY_BYTES, createBudget());

export const encryptPkcs8 = async (
  pkcs8Der: Uint8Array,
  secret: SecretBytes,
  iterations: number,
): Promise<Uint8Array> => {
  const salt = new Uint8Array(randomBytes(SALT_BYTES));
  const iv = new Uint8Array(randomBytes(IV_BYTES));
  const key = await deriveKey(secret, salt, iterations);
  try {
    const cipher = createCipheriv('aes-256-cbc', key, iv);
    const ciphertext = new Uint8Array(Buffer.concat([cipher.update(pkcs8Der), cipher.final()]));
    return encodeEncryptedPrivateKeyInfo({ salt, iterations, iv, ciphertext });
  } finally {
    key.fill(0);
  }
};

/**
 * The PrivateKeyInfo DER, or null when the secret does not open the envelope (bad padding,
 * or bytes that are not a PKCS#8 structure). The caller wipes the result after use.
 */
export const decryptPkcs8 = async (
  envelope: Pbes2Envelope,
  secret: SecretBytes,
): Promise<Uint8Array | null> => {
  const scheme: EncryptionScheme = {
    kind: 'pbes2',
    name: 'PBES2 AES-256-CBC / PBKDF2-SHA256',
    kdf: { salt: envelope.salt, iterations: envelope.iterations, keyLength: KEY_BYTES, prf: 'sha256' },
    cipher: 'aes-256-cbc',
    keyLength: KEY_BYTES,
    iv: envelope.iv,
    effectiveBits: 0,
  };
  try {
    // Only the UTF-8 form matters for PBES2; the BMP form is for PKCS#12 schemes.
    return await decryptWithScheme(
      scheme,
      { utf8: secret, bmp: new Uint8Array(0) },
      envelope.ciphertext,
      createBudget(),
    );
  } catch (e) {
    // The reader reports malformed input by throwing ReaderFailure; here that means "does not open".
    if (e instanceof ReaderFailure) return null;
    throw e;
  }
};
