import { Oid } from '../asn1/oids.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { isUniversal } from '../../../shared/asn1/tlv.js';
import { type AlgorithmId, readAlgorithm, readOctets, readUnsigned, sequenceOf } from '../asn1/elements.js';
import { throwReadFailure } from '../reader/read-error.js';
import type { Pkcs12Hash } from './pkcs12-kdf.js';
import { checkIterations } from './work-budget.js';

/**
 * Reads a password-based encryption AlgorithmIdentifier (PKCS#8 EncryptedPrivateKeyInfo,
 * PKCS#12 shrouded key bags and encryptedData) into a plain description. Parsing is apart
 * from decryption so limits and unsupported schemes are reported before any work is done.
 */

export type Pkcs12PbeCipher = 'des-ede3-cbc' | 'des-ede-cbc' | 'rc2-cbc' | 'rc4';

export type EncryptionScheme =
  | {
      readonly kind: 'pkcs12-pbe';
      readonly name: string;
      readonly cipher: Pkcs12PbeCipher;
      readonly keyLength: number;
      readonly ivLength: number;
      readonly salt: Uint8Array;
      readonly iterations: number;
    }
  | {
      readonly kind: 'pbes2';
      readonly name: string;
      readonly kdf: Pbkdf2Params;
      readonly cipher: 'aes-128-cbc' | 'aes-192-cbc' | 'aes-256-cbc' | 'des-ede3-cbc' | 'rc2-cbc';
      readonly keyLength: number;
      readonly iv: Uint8Array;
      /** RC2 only. */
      readonly effectiveBits: number;
    };

export type Pbkdf2Params = {
  readonly salt: Uint8Array;
  readonly iterations: number;
  readonly keyLength: number | null;
  readonly prf: Pkcs12Hash;
};

const PKCS12_PBE: Record<
  string,
  { cipher: Pkcs12PbeCipher; keyLength: number; ivLength: number; label: string }
> = {
  [Oid.pbeSha1TripleDes3Key]: { cipher: 'des-ede3-cbc', keyLength: 24, ivLength: 8, label: '3DES' },
  [Oid.pbeSha1TripleDes2Key]: { cipher: 'des-ede-cbc', keyLength: 16, ivLength: 8, label: '2-key 3DES' },
  [Oid.pbeSha1Rc2_128]: { cipher: 'rc2-cbc', keyLength: 16, ivLength: 8, label: 'RC2-128' },
  [Oid.pbeSha1Rc2_40]: { cipher: 'rc2-cbc', keyLength: 5, ivLength: 8, label: 'RC2-40' },
  [Oid.pbeSha1Rc4_128]: { cipher: 'rc4', keyLength: 16, ivLength: 0, label: 'RC4-128' },
  [Oid.pbeSha1Rc4_40]: { cipher: 'rc4', keyLength: 5, ivLength: 0, label: 'RC4-40' },
};

const PRFS: Record<string, Pkcs12Hash> = {
  [Oid.hmacWithSha1]: 'sha1',
  [Oid.hmacWithSha224]: 'sha224',
  [Oid.hmacWithSha256]: 'sha256',
  [Oid.hmacWithSha384]: 'sha384',
  [Oid.hmacWithSha512]: 'sha512',
  [Oid.hmacWithSha512_224]: 'sha512-224',
  [Oid.hmacWithSha512_256]: 'sha512-256',
};

const PBES2_CIPHERS: Record<
  string,
  {
    cipher: 'aes-128-cbc' | 'aes-192-cbc' | 'aes-256-cbc' | 'des-ede3-cbc';
    keyLength: number;
    ivLength: number;
    label: string;
  }
> = {
  [Oid.aes128Cbc]: { cipher: 'aes-128-cbc', keyLength: 16, ivLength: 16, label: 'AES-128-CBC' },
  [Oid.aes192Cbc]: { cipher: 'aes-192-cbc', keyLength: 24, ivLength: 16, label: 'AES-192-CBC' },
  [Oid.aes256Cbc]: { cipher: 'aes-256-cbc', keyLength: 32, ivLength: 16, label: 'AES-256-CBC' },
  [Oid.desEde3Cbc]: { cipher: 'des-ede3-cbc', keyLength: 24, ivLength: 8, label: '3DES-CBC' },
};

export const prfLabel = (prf: Pkcs12Hash): string => prf.toUpperCase().replace('SHA512-', 'SHA512/');

const unsupported = (what: string, oid: string): never =>
  throwReadFailure(
    'unsupported-algorithm',
    `${what} uses an encryption algorithm we do not support (OID ${oid}).`,
    {
      oid,
    },
  );

export const parsePbkdf2 = (alg: AlgorithmId, what: string): Pbkdf2Params => {
  if (alg.oid !== Oid.pbkdf2) return unsupported(what, alg.oid);
  const [saltNode, iterNode, third, fourth] = sequenceOf(alg.params, `${what} PBKDF2 parameters`);
  if (!isUniversal(saltNode, Univ.octetString))
    return throwReadFailure(
      'unsupported-algorithm',
      `${what}: PBKDF2 with a non-literal salt is not supported.`,
    );
  const iterations = readUnsigned(iterNode, `${what} PBKDF2 iteration count`);
  checkIterations(iterations, what);
  const hasKeyLength = isUniversal(third, Univ.integer);
  const keyLength = hasKeyLength ? readUnsigned(third, `${what} PBKDF2 key length`) : null;
  const prfNode = hasKeyLength ? fourth : third;
  const prfOid = prfNode === undefined ? Oid.hmacWithSha1 : readAlgorithm(prfNode, `${what} PBKDF2 PRF`).oid;
  const prf = PRFS[prfOid];
  if (prf === undefined) return unsupported(what, prfOid);
  if (keyLength !== null && (keyLength < 1 || keyLength > 256))
    return throwReadFailure('malformed', `${what}: PBKDF2 key length is out of range.`);
  return { salt: readOctets(saltNode, `${what} PBKDF2 salt`), iterations, keyLength, prf };
};

/** RC2-CBC-Parameter version -> effective key bits (RFC 8018 appendix B.2.3). */
const rc2Bits = (version: number | null): number => {
  if (version === null) return 32;
  if (version >= 256) return version;
  return (
    ({ 160: 40, 120: 64, 58: 128 } as Record<number, number>)[version] ??
    throwReadFailure('unsupported-algorithm', 'Unknown RC2 parameter version.')
  );
};

const parsePbes2 = (params: AlgorithmId['params'], what: string): EncryptionScheme => {
  const [kdfNode, encNode] = sequenceOf(params, `${what} PBES2 parameters`);
  const kdf = parsePbkdf2(readAlgorithm(kdfNode, `${what} key derivation`), what);
  const enc = readAlgorithm(encNode, `${what} encryption scheme`);
  const prf = `PBKDF2-${prfLabel(kdf.prf)}`;
  if (enc.oid === Oid.rc2Cbc) {
    const parts = sequenceOf(enc.params, `${what} RC2 parameters`);
    const version = parts.length > 1 ? readUnsigned(parts[0], `${what} RC2 version`) : null;
    const iv = readOctets(parts[parts.length - 1], `${what} RC2 IV`);
    const effectiveBits = rc2Bits(version);
    const keyLength = kdf.keyLength ?? Math.ceil(effectiveBits / 8);
    if (iv.length !== 8 || effectiveBits > 1024 || keyLength > 128)
      return throwReadFailure('malformed', `${what}: invalid RC2 parameters.`);
    return {
      kind: 'pbes2',
      name: `PBES2 RC2-${effectiveBits}-CBC / ${prf}`,
      kdf,
      cipher: 'rc2-cbc',
      keyLength,
      iv,
      effectiveBits,
    };
  }
  const info = PBES2_CIPHERS[enc.oid];
  if (info === undefined) return unsupported(what, enc.oid);
  const iv = readOctets(enc.params, `${what} IV`);
  if (iv.length !== info.ivLength)
    return throwReadFailure('malformed', `${what}: the IV has the wrong length.`);
  if (kdf.keyLength !== null && kdf.keyLength !== info.keyLength)
    return throwReadFailure('malformed', `${what}: the key length does not match the cipher.`);
  return {
    kind: 'pbes2',
    name: `PBES2 ${info.label} / ${prf}`,
    kdf,
    cipher: info.cipher,
    keyLength: info.keyLength,
    iv,
    effectiveBits: 0,
  };
};

export const parseEncryptionScheme = (alg: AlgorithmId, what: string): EncryptionScheme => {
  if (alg.oid === Oid.pbes2) return parsePbes2(alg.params, what);
  const pbe = PKCS12_PBE[alg.oid];
  if (pbe === undefined) return unsupported(what, alg.oid);
  const [saltNode, iterNode] = sequenceOf(alg.params, `${what} PBE parameters`);
  const iterations = readUnsigned(iterNode, `${what} iteration count`);
  checkIterations(iterations, what);
  return {
    kind: 'pkcs12-pbe',
    name: `${pbe.label} (PKCS#12 PBE, SHA-1)`,
    cipher: pbe.cipher,
    keyLength: pbe.keyLength,
    ivLength: pbe.ivLength,
    salt: readOctets(saltNode, `${what} salt`),
    iterations,
  };
};
