import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { MAX_KDF_ITERATIONS, MAX_PASSWORD_LENGTH } from '../../../shared/limits.js';
import { ok, type Result } from '../../../shared/result.js';
import { spkiSha256OfCertificate } from '../describe/index.js';
import { exportError, type ExportError } from './export-error.js';
import { isCryptoDecodeError } from '../crypto/node-crypto-errors.js';
import { DerError } from '../../../shared/asn1/tlv.js';

/**
 * Checks run before any key is derived or byte written: the inputs come from the UI (a typed
 * password, an iteration count from advanced settings) and from files the user picked.
 */

/** RFC 8018 §4.2 asks for at least 1,000; below that a password is hardly stretched at all. */
export const MIN_ITERATIONS = 1000;

/** More than any IGC-Santé chain (leaf, ACI, ACR) needs; bounds the work of one export. */
export const MAX_CHAIN_CERTIFICATES = 16;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A password must survive both encodings PKCS#12 uses (BMPString for the PKCS#12 KDF, UTF-8
 * for PBKDF2) and the C tools people open the file with: no lone surrogates (UTF-8 would
 * replace them, BMP would not), no NUL (it ends a C string: `-passin` would cut there).
 * Empty is refused for both profiles: readers disagree on "" versus no password (OpenSSL
 * tries both, Windows and Java do not), and a file with a private key must be protected.
 */
export const checkPassword = (password: string, what: string): Result<void, ExportError> => {
  if (password.length === 0) return exportError('invalid-password', `${what} must not be empty.`);
  if (password.length > MAX_PASSWORD_LENGTH)
    return exportError('invalid-password', `${what} is longer than ${MAX_PASSWORD_LENGTH} characters.`);
  if (password.includes('\u0000') || LONE_SURROGATE.test(password))
    return exportError('invalid-password', `${what} contains characters that cannot be encoded.`);
  return ok(undefined);
};

export const checkIterationCount = (iterations: number): Result<void, ExportError> => {
  if (!Number.isSafeInteger(iterations) || iterations < MIN_ITERATIONS)
    return exportError(
      'iteration-limit',
      `The iteration count must be a whole number of at least ${MIN_ITERATIONS}.`,
    );
  if (iterations > MAX_KDF_ITERATIONS)
    return exportError(
      'iteration-limit',
      `The iteration count ${iterations.toLocaleString('en-US')} is above ${MAX_KDF_ITERATIONS.toLocaleString('en-US')}, the most Vigie (and many other tools) will open.`,
    );
  return ok(undefined);
};

const spkiOfKey = (pkcs8: Uint8Array): string | null => {
  try {
    const key = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
    const spki = createPublicKey(key).export({ format: 'der', type: 'spki' });
    return createHash('sha256').update(spki).digest('hex').toUpperCase();
  } catch (e) {
    if (!isCryptoDecodeError(e)) throw e;
    return null;
  }
};

const spkiOfCertificate = (der: Uint8Array): string | null => {
  try {
    return spkiSha256OfCertificate(der);
  } catch (e) {
    if (!(e instanceof DerError) && !isCryptoDecodeError(e)) throw e;
    return null;
  }
};

/** The key must be the certificate's: an export pairing a key with someone else's certificate is useless. */
export const checkKeyAndCertificates = (
  key: Uint8Array,
  certificate: Uint8Array,
  chain: readonly Uint8Array[],
): Result<void, ExportError> => {
  const keySpki = spkiOfKey(key);
  if (keySpki === null) return exportError('invalid-input', 'The private key is not a readable PKCS#8 key.');
  const certSpki = spkiOfCertificate(certificate);
  if (certSpki === null)
    return exportError('invalid-input', 'The certificate is not a readable X.509 certificate.');
  if (keySpki !== certSpki)
    return exportError('key-mismatch', 'The private key does not belong to this certificate.');
  if (chain.length > MAX_CHAIN_CERTIFICATES)
    return exportError('invalid-input', `The chain has more than ${MAX_CHAIN_CERTIFICATES} certificates.`);
  if (chain.some((der) => spkiOfCertificate(der) === null))
    return exportError('invalid-input', 'A chain certificate is not a readable X.509 certificate.');
  return ok(undefined);
};

const hex = (der: Uint8Array): string => Buffer.from(der).toString('hex');

/** The chain without the leaf and without repeats, in the order given (duplicates add nothing). */
export const distinctChain = (certificate: Uint8Array, chain: readonly Uint8Array[]): Uint8Array[] => {
  const seen = new Set([hex(certificate)]);
  return chain.filter((der) => {
    const h = hex(der);
    if (seen.has(h)) return false;
    seen.add(h);
    return true;
  });
};
