import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { PrivateKeyView } from '../../../shared/model/certificate.js';
import { throwReadFailure } from '../reader/read-error.js';
import { isCryptoDecodeError } from '../crypto/node-crypto-errors.js';
import { childrenOf, contents, DerError, parseDer } from '../../../shared/asn1/tlv.js';

/**
 * Turns a loaded key into what we may say about it. Only public facts leave this file:
 * algorithm, size, curve and the SHA-256 of the public half's SPKI (to pair it with its
 * certificate). The private bytes stay inside the KeyObject and are dropped with it.
 */

const ALGORITHMS: Record<string, string> = {
  rsa: 'RSA',
  'rsa-pss': 'RSA-PSS',
  dsa: 'DSA',
  dh: 'DH',
  ec: 'EC',
  ed25519: 'Ed25519',
  ed448: 'Ed448',
  x25519: 'X25519',
  x448: 'X448',
};

/** OpenSSL curve names -> the names people read in RFCs and UIs. */
const CURVES: Record<string, { name: string; bits: number }> = {
  prime256v1: { name: 'P-256', bits: 256 },
  secp384r1: { name: 'P-384', bits: 384 },
  secp521r1: { name: 'P-521', bits: 521 },
  secp224r1: { name: 'P-224', bits: 224 },
  prime192v1: { name: 'P-192', bits: 192 },
  secp256k1: { name: 'secp256k1', bits: 256 },
  brainpoolP256r1: { name: 'brainpoolP256r1', bits: 256 },
  brainpoolP384r1: { name: 'brainpoolP384r1', bits: 384 },
  brainpoolP512r1: { name: 'brainpoolP512r1', bits: 512 },
};

/** Field sizes of the Edwards / Montgomery curves (the key type names the curve). */
const FIXED_SIZES: Record<string, number> = { ed25519: 255, x25519: 255, ed448: 448, x448: 448 };

const integerBits = (n: Uint8Array): number => {
  let i = 0;
  while (i < n.length - 1 && n[i] === 0) i++;
  return (n.length - i - 1) * 8 + (32 - Math.clz32(n[i] ?? 0));
};

/**
 * Bits of an RSA key's modulus and public exponent, read from its SPKI. Not from
 * asymmetricKeyDetails: Node also turns the public exponent into a bigint there, in more than
 * quadratic time (a 140 KB exponent took 10 s; found by fuzzing, test/fuzz). Null when the
 * SPKI is not the usual form.
 */
export const rsaSizes = (key: KeyObject): { modulusBits: number; exponentBits: number } | null => {
  const spki = (key.type === 'public' ? key : createPublicKey(key)).export({ type: 'spki', format: 'der' });
  try {
    // SubjectPublicKeyInfo { algorithm, BIT STRING { 00, RSAPublicKey { modulus, publicExponent } } }
    const bits = childrenOf(parseDer(new Uint8Array(spki)))[1];
    const [modulus, exponent] = bits ? childrenOf(parseDer(contents(bits).subarray(1))) : [];
    if (!modulus || !exponent) return null;
    return { modulusBits: integerBits(contents(modulus)), exponentBits: integerBits(contents(exponent)) };
  } catch (e) {
    if (e instanceof DerError) return null;
    throw e;
  }
};

export const rsaModulusBits = (key: KeyObject): number | null => rsaSizes(key)?.modulusBits ?? null;

export const publicKeyFacts = (
  key: KeyObject,
): { algorithm: string; size: number | null; curve: string | null } => {
  const type = key.asymmetricKeyType ?? 'unknown';
  if (type === 'rsa' || type === 'rsa-pss')
    return { algorithm: ALGORITHMS[type] ?? type, size: rsaModulusBits(key), curve: null };
  const details = key.asymmetricKeyDetails ?? {};
  if (type === 'ec') {
    const named = details.namedCurve;
    // Explicit curve parameters are how invalid-curve attacks are delivered, and no CA we
    // care about issues them: named curves only.
    if (named === undefined)
      return throwReadFailure(
        'unsupported-algorithm',
        'EC keys with explicit curve parameters are not supported; only named curves are.',
      );
    const curve = CURVES[named];
    return { algorithm: 'EC', size: curve?.bits ?? null, curve: curve?.name ?? named };
  }
  return {
    algorithm: ALGORITHMS[type] ?? type,
    size: details.modulusLength ?? FIXED_SIZES[type] ?? null,
    curve: null,
  };
};

/** Null when OpenSSL cannot express the public half as an SPKI (then the key just does not pair). */
export const spkiSha256 = (key: KeyObject): string | null => {
  try {
    const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
    return createHash('sha256').update(spki).digest('hex').toUpperCase();
  } catch (e) {
    if (!isCryptoDecodeError(e)) throw e;
    return null;
  }
};

export const viewOfKey = (key: KeyObject): PrivateKeyView => ({
  ...publicKeyFacts(key),
  encrypted: false,
  spkiSha256: spkiSha256(key),
});

/** What we show for a key we cannot open yet. */
export const lockedKeyView = (algorithm = 'unknown'): PrivateKeyView => ({
  algorithm,
  size: null,
  curve: null,
  encrypted: true,
  spkiSha256: null,
});

type KeyInput = { der: Uint8Array; type: 'pkcs8' | 'pkcs1' | 'sec1' } | { pem: string };

/** node:crypto's loader with its exceptions turned into a typed failure (no key bytes in it). */
export const loadPrivateKey = (input: KeyInput): KeyObject => {
  try {
    return 'pem' in input
      ? createPrivateKey({ key: input.pem, format: 'pem' })
      : createPrivateKey({ key: Buffer.from(input.der), format: 'der', type: input.type });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const reason =
      code === 'ERR_OSSL_UNSUPPORTED'
        ? 'its algorithm or parameters are not supported'
        : 'its contents are invalid';
    return throwReadFailure(
      code === 'ERR_OSSL_UNSUPPORTED' ? 'unsupported-algorithm' : 'malformed',
      `The private key cannot be loaded: ${reason}.`,
    );
  }
};
