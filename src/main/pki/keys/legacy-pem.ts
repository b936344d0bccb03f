import { createDecipheriv, createHash } from 'node:crypto';
import { throwReadFailure } from '../reader/read-error.js';
import type { PemBlock } from '../pem/pem-scanner.js';
import { isCryptoDecodeError } from '../crypto/node-crypto-errors.js';

/**
 * OpenSSL's pre-PKCS#8 key encryption ("Proc-Type: 4,ENCRYPTED" + "DEK-Info: <cipher>,<iv>"
 * headers on RSA/EC/DSA PRIVATE KEY blocks). The key is EVP_BytesToKey(MD5, password,
 * salt = first 8 IV bytes, 1 iteration): weak, but still what many tools write.
 */

const CIPHERS: Record<string, { node: string; keyLength: number; ivLength: number }> = {
  'DES-EDE3-CBC': { node: 'des-ede3-cbc', keyLength: 24, ivLength: 8 },
  'DES-EDE-CBC': { node: 'des-ede-cbc', keyLength: 16, ivLength: 8 },
  'AES-128-CBC': { node: 'aes-128-cbc', keyLength: 16, ivLength: 16 },
  'AES-192-CBC': { node: 'aes-192-cbc', keyLength: 24, ivLength: 16 },
  'AES-256-CBC': { node: 'aes-256-cbc', keyLength: 32, ivLength: 16 },
};

export type LegacyEncryption = { readonly cipher: string; readonly iv: Uint8Array };

export const isLegacyEncrypted = (block: PemBlock): boolean =>
  /ENCRYPTED/i.test(block.headers.get('Proc-Type') ?? '') || block.headers.has('DEK-Info');

/** Reads DEK-Info; an unknown cipher is refused before asking for a password. */
export const legacyEncryption = (block: PemBlock): LegacyEncryption => {
  const dek =
    block.headers.get('DEK-Info') ??
    throwReadFailure('malformed', `The encrypted PEM block "${block.label}" has no DEK-Info header.`);
  const [name = '', ivHex = ''] = dek.split(',').map((s) => s.trim());
  const cipher = name.toUpperCase();
  const info = CIPHERS[cipher];
  if (info === undefined) {
    return throwReadFailure(
      'unsupported-algorithm',
      `The PEM key is encrypted with ${cipher.slice(0, 40) || 'an unnamed cipher'}, which is not supported.`,
    );
  }
  if (!/^[0-9a-fA-F]+$/.test(ivHex) || ivHex.length !== info.ivLength * 2) {
    return throwReadFailure(
      'malformed',
      `The DEK-Info header of the PEM block "${block.label}" has an invalid IV.`,
    );
  }
  return { cipher, iv: new Uint8Array(Buffer.from(ivHex, 'hex')) };
};

const bytesToKey = (password: Uint8Array, salt: Uint8Array, length: number): Buffer => {
  const parts: Buffer[] = [];
  let prev = Buffer.alloc(0);
  let total = 0;
  while (total < length) {
    prev = createHash('md5').update(prev).update(password).update(salt).digest();
    parts.push(prev);
    total += prev.length;
  }
  return Buffer.concat(parts).subarray(0, length);
};

/** The decrypted DER, or null when the padding is wrong (a wrong password). */
export const decryptLegacyPem = (
  block: PemBlock,
  enc: LegacyEncryption,
  password: string,
): Uint8Array | null => {
  const info = CIPHERS[enc.cipher];
  if (info === undefined) return null;
  const blockSize = info.node.startsWith('aes') ? 16 : 8;
  if (block.der.length === 0 || block.der.length % blockSize !== 0) {
    return throwReadFailure(
      'malformed',
      `The encrypted PEM block "${block.label}" has a length that does not fit its cipher.`,
    );
  }
  const key = bytesToKey(Buffer.from(password, 'utf8'), enc.iv.subarray(0, 8), info.keyLength);
  try {
    const d = createDecipheriv(info.node, key, enc.iv);
    return new Uint8Array(Buffer.concat([d.update(block.der), d.final()]));
  } catch (e) {
    if (!isCryptoDecodeError(e)) throw e;
    return null;
  }
};
