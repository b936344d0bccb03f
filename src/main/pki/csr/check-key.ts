/**
 * The SPKI goes into the CSR verbatim, so it is checked first: a truncated or foreign key
 * would otherwise make a CSR that only fails at the CA, days later.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { RsaKeyBits } from '../../../shared/igc-sante/profile.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { csrError, type CsrBuildError } from './errors.js';
import { isCryptoDecodeError } from '../crypto/node-crypto-errors.js';
import { rsaSizes } from '../keys/key-view.js';

/** CAs take exponents of at most 256 bits (65537 in practice); a longer one only costs time. */
const MAX_EXPONENT_BITS = 256;

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);

export const checkRsaSpki = (
  spkiDer: Uint8Array,
  allowedBits: readonly RsaKeyBits[],
): Result<KeyObject, CsrBuildError> => {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(spkiDer), format: 'der', type: 'spki' });
  } catch (e) {
    if (!isCryptoDecodeError(e)) throw e;
    return err(csrError('invalid-key', 'the public key is not a readable SubjectPublicKeyInfo'));
  }
  // sha256WithRSAEncryption needs a plain RSA key (not RSA-PSS-only, not EC).
  if (key.asymmetricKeyType !== 'rsa') {
    return err(
      csrError('invalid-key', `IGC-Santé requests use RSA keys, not ${key.asymmetricKeyType ?? 'unknown'}`),
    );
  }
  const sizes = rsaSizes(key);
  const bits = sizes?.modulusBits ?? 0;
  if (!(allowedBits as readonly number[]).includes(bits)) {
    return err(csrError('invalid-key', `RSA-${bits} is not offered; use ${allowedBits.join(', ')} bits`));
  }
  if ((sizes?.exponentBits ?? 0) > MAX_EXPONENT_BITS) {
    return err(
      csrError(
        'invalid-key',
        `a public exponent of ${sizes?.exponentBits ?? '?'} bits (at most ${MAX_EXPONENT_BITS})`,
      ),
    );
  }
  // Re-export must give the same bytes: no trailing data, no BER, NULL parameters present.
  const canonical = key.export({ format: 'der', type: 'spki' });
  if (!sameBytes(canonical, spkiDer)) {
    return err(csrError('invalid-key', 'the public key is not in canonical DER form'));
  }
  return ok(key);
};

/** Catches a signer that used another key than the one the CSR names. */
export const signatureMatches = (key: KeyObject, tbs: Uint8Array, signature: Uint8Array): boolean => {
  try {
    return verify('sha256', tbs, key, signature);
  } catch (e) {
    // OpenSSL may reject a malformed signature outright instead of answering false.
    if (!isCryptoDecodeError(e)) throw e;
    return false;
  }
};
