import { createCipheriv, createHmac, randomBytes } from 'node:crypto';
import {
  nullValue,
  objectIdentifier,
  octetString,
  sequence,
  unsignedInteger,
} from '../../../shared/asn1/build.js';
import { childrenOf, encoded, parseDer } from '../../../shared/asn1/tlv.js';
import { readOctetString } from '../../../shared/asn1/values.js';
import { Oid } from '../asn1/oids.js';
import { bmpPassword } from '../crypto/password.js';
import { hashOutputLength, pkcs12Kdf } from '../crypto/pkcs12-kdf.js';
import { createBudget } from '../crypto/work-budget.js';
import { encryptPkcs8 } from '../keys/pbes2-crypto.js';

/**
 * The encrypt side of the reader's crypto (reader/crypto decrypts only). Two schemes, one
 * per export profile, and the classic PKCS#12 MAC. KDFs are the reader's: PBKDF2 through
 * the vault's PBES2 encoder, the PKCS#12 KDF (RFC 7292 B.2) directly.
 */

export type ExportProfile = 'modern' | 'compatible';

/** What an EncryptedPrivateKeyInfo and an EncryptedContentInfo both carry. */
export type Encrypted = { readonly algorithm: Uint8Array; readonly ciphertext: Uint8Array };

const SALT_BYTES = 16;
const MAC_SALT_BYTES = 16;

/**
 * PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC): the vault writes exactly this
 * EncryptedPrivateKeyInfo, so we let it and take the { algorithm, ciphertext } pair apart.
 * encryptPkcs8 encrypts any bytes, the PKCS#8 name is only its usual payload.
 */
const encryptPbes2 = async (password: string, data: Uint8Array, iterations: number): Promise<Encrypted> => {
  const epki = parseDer(await encryptPkcs8(data, Buffer.from(password, 'utf8'), iterations), 'PBES2');
  const [algorithm, ciphertext] = childrenOf(epki);
  if (algorithm === undefined || ciphertext === undefined)
    throw new Error('vault PBES2 encoder changed shape');
  return { algorithm: encoded(algorithm), ciphertext: readOctetString(ciphertext, 'ciphertext') };
};

/** pbeWithSHAAnd3-KeyTripleDES-CBC (RFC 7292 C): key ID 1, IV ID 2, BMPString password. */
const encrypt3Des = async (password: string, data: Uint8Array, iterations: number): Promise<Encrypted> => {
  const salt = new Uint8Array(randomBytes(SALT_BYTES));
  const bmp = bmpPassword(password);
  const key = await pkcs12Kdf('sha1', bmp, salt, 1, iterations, 24, createBudget());
  const iv = await pkcs12Kdf('sha1', bmp, salt, 2, iterations, 8, createBudget());
  try {
    const cipher = createCipheriv('des-ede3-cbc', key, iv);
    const ciphertext = new Uint8Array(Buffer.concat([cipher.update(data), cipher.final()]));
    const algorithm = sequence(
      objectIdentifier(Oid.pbeSha1TripleDes3Key),
      sequence(octetString(salt), unsignedInteger(iterations)),
    );
    return { algorithm, ciphertext };
  } finally {
    key.fill(0);
    bmp.fill(0);
  }
};

export const encryptFor = (
  profile: ExportProfile,
  password: string,
  data: Uint8Array,
  iterations: number,
): Promise<Encrypted> =>
  profile === 'modern' ? encryptPbes2(password, data, iterations) : encrypt3Des(password, data, iterations);

/**
 * MacData ::= SEQUENCE { DigestInfo { AlgorithmIdentifier, digest }, macSalt, iterations }.
 * The key comes from the PKCS#12 KDF (ID 3) with the hash of the MAC itself, as OpenSSL 3
 * does for SHA-256; PBMAC1 (RFC 9579) would be stronger but OpenSSL < 3.4, NSS and Windows
 * cannot check it.
 */
export const macData = async (
  profile: ExportProfile,
  password: string,
  authSafe: Uint8Array,
  iterations: number,
): Promise<Uint8Array> => {
  const hash = profile === 'modern' ? 'sha256' : 'sha1';
  const salt = new Uint8Array(randomBytes(MAC_SALT_BYTES));
  const bmp = bmpPassword(password);
  const key = await pkcs12Kdf(hash, bmp, salt, 3, iterations, hashOutputLength(hash), createBudget());
  try {
    const digest = new Uint8Array(createHmac(hash, key).update(authSafe).digest());
    const digestAlgorithm = sequence(
      objectIdentifier(hash === 'sha256' ? Oid.sha256 : Oid.sha1),
      nullValue(),
    );
    return sequence(
      sequence(digestAlgorithm, octetString(digest)),
      octetString(salt),
      unsignedInteger(iterations),
    );
  } finally {
    key.fill(0);
    bmp.fill(0);
  }
};
