import {
  nullValue,
  objectIdentifier,
  octetString,
  sequence,
  unsignedInteger,
} from '../../../shared/asn1/build.js';
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { DerError, parseDer, type Tlv } from '../../../shared/asn1/tlv.js';
import { bigIntOf, integerBytes, readNull, readOctetString, readOid } from '../../../shared/asn1/values.js';
import { MAX_KDF_ITERATIONS } from '../../../shared/limits.js';
import { err, ok, type Result } from '../../../shared/result.js';

/**
 * The one encryption scheme the vault writes and accepts (RFC 8018 PBES2):
 *   EncryptedPrivateKeyInfo { PBES2 { PBKDF2 { salt, iterations, hmacWithSHA256 },
 *                                     aes256-CBC { iv } }, encryptedData }
 * OpenSSL writes the very same structure (`openssl pkcs8 -topk8 -v2 aes-256-cbc
 * -v2prf hmacWithSHA256`), so `openssl pkey -passin` opens vault files. Reading accepts only
 * this scheme: anything else in the vault folder was not written by us (a weaker cipher
 * swapped in, say) and is refused rather than decrypted.
 */

export const Pbes2Oid = {
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacWithSha256: '1.2.840.113549.2.9',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
} as const;

export const KEY_BYTES = 32;
export const IV_BYTES = 16;
export const SALT_BYTES = 16;

export type Pbes2Envelope = {
  readonly salt: Uint8Array;
  readonly iterations: number;
  readonly iv: Uint8Array;
  readonly ciphertext: Uint8Array;
};

export const encodeEncryptedPrivateKeyInfo = (e: Pbes2Envelope): Uint8Array =>
  sequence(
    sequence(
      objectIdentifier(Pbes2Oid.pbes2),
      sequence(
        sequence(
          objectIdentifier(Pbes2Oid.pbkdf2),
          sequence(
            octetString(e.salt),
            unsignedInteger(e.iterations),
            sequence(objectIdentifier(Pbes2Oid.hmacWithSha256), nullValue()),
          ),
        ),
        sequence(objectIdentifier(Pbes2Oid.aes256Cbc), octetString(e.iv)),
      ),
    ),
    octetString(e.ciphertext),
  );

/** Thrown inside the parser only; it becomes an error value before leaving this file. */
class Refused extends Error {}

const expectOid = (t: Tlv, oid: string, what: string): void => {
  const found = readOid(t, what);
  if (found !== oid) throw new Refused(`${what} is ${found}, not the vault's scheme (${oid}).`);
};

/**
 * Checked before anything else is read further, so a tampered count (a billion, say) is
 * refused without deriving a single block: the limit is what keeps a file from pinning a CPU.
 */
const readIterations = (t: Tlv): number => {
  const n = bigIntOf(integerBytes(t, 'PBKDF2 iteration count'));
  if (n < 1n) throw new Refused('The PBKDF2 iteration count is not a positive number.');
  if (n > BigInt(MAX_KDF_ITERATIONS))
    throw new Refused(
      `The key file asks for ${n.toLocaleString('en-US')} PBKDF2 iterations; the limit is ${MAX_KDF_ITERATIONS.toLocaleString('en-US')}.`,
    );
  return Number(n);
};

const parsePbkdf2 = (params: Tlv): { salt: Uint8Array; iterations: number } => {
  const c = Cursor.of(params, Univ.sequence, 'PBKDF2 parameters');
  const salt = readOctetString(c.next('salt'), 'PBKDF2 salt');
  const iterations = readIterations(c.next('iteration count', Univ.integer));
  const keyLength = c.optionalUniversal(Univ.integer);
  if (keyLength && bigIntOf(integerBytes(keyLength, 'PBKDF2 key length')) !== BigInt(KEY_BYTES))
    throw new Refused('The PBKDF2 key length does not match AES-256.');
  // An absent PRF means HMAC-SHA1 (the RFC 8018 default): not ours, refused.
  const prf = Cursor.of(c.next('PRF'), Univ.sequence, 'PBKDF2 PRF');
  expectOid(prf.next('PRF algorithm'), Pbes2Oid.hmacWithSha256, 'The PBKDF2 PRF');
  const prfParams = prf.optionalUniversal(Univ.null);
  if (prfParams) readNull(prfParams, 'PRF parameters');
  prf.end();
  c.end();
  if (salt.length < 8 || salt.length > 64) throw new Refused('The PBKDF2 salt has an unusual length.');
  return { salt, iterations };
};

const parse = (der: Uint8Array): Pbes2Envelope => {
  const top = Cursor.of(parseDer(der, 'EncryptedPrivateKeyInfo'), Univ.sequence, 'EncryptedPrivateKeyInfo');
  const alg = Cursor.of(top.next('encryptionAlgorithm'), Univ.sequence, 'encryptionAlgorithm');
  expectOid(alg.next('algorithm'), Pbes2Oid.pbes2, 'The encryption algorithm');
  const pbes2 = Cursor.of(alg.next('PBES2 parameters'), Univ.sequence, 'PBES2 parameters');
  alg.end();
  const kdf = Cursor.of(pbes2.next('keyDerivationFunc'), Univ.sequence, 'keyDerivationFunc');
  expectOid(kdf.next('algorithm'), Pbes2Oid.pbkdf2, 'The key derivation function');
  const { salt, iterations } = parsePbkdf2(kdf.next('PBKDF2 parameters'));
  kdf.end();
  const enc = Cursor.of(pbes2.next('encryptionScheme'), Univ.sequence, 'encryptionScheme');
  expectOid(enc.next('algorithm'), Pbes2Oid.aes256Cbc, 'The cipher');
  const iv = readOctetString(enc.next('IV'), 'AES IV');
  enc.end();
  pbes2.end();
  const ciphertext = readOctetString(top.next('encryptedData'), 'encryptedData');
  top.end();
  if (iv.length !== IV_BYTES) throw new Refused('The AES IV is not 16 bytes.');
  if (ciphertext.length === 0 || ciphertext.length % 16 !== 0)
    throw new Refused('The encrypted key has a length AES-CBC cannot produce.');
  return { salt, iterations, iv, ciphertext };
};

/** Reads the envelope without decrypting; the message says why a file is refused. */
export const parseEncryptedPrivateKeyInfo = (der: Uint8Array): Result<Pbes2Envelope, string> => {
  try {
    return ok(parse(der));
  } catch (e) {
    if (e instanceof Refused || e instanceof DerError) return err(e.message);
    throw e;
  }
};
