import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { KeyBits } from '../../../shared/model/order.js';
import type { VaultError } from '../../../shared/model/vault.js';
import { ok, type Result } from '../../../shared/result.js';
import type { StoredKey } from '../../ports/key-store.js';
import { newKeyId } from './key-id.js';
import type { KeyContext } from './key-operations.js';
import { MAX_LABEL_LENGTH, readKeyFiles, sha256Hex, writeKeyFiles } from './key-record.js';
import { decryptPkcs8, encryptPkcs8, rsaModulusBits } from '../../pki/keys/index.js';
import { vaultErr } from './vault-error.js';
import { isCryptoDecodeError } from '../../pki/crypto/index.js';

/**
 * The two ways a clear private key crosses the vault boundary, both inside main only:
 * importing the key of a platform-generated PKCS#12 (the platform made it, so the vault
 * must keep it), and lending a vault key to an export for the time of one callback. The
 * renderer never sees either: the IPC contract has no operation that returns key bytes.
 */

export type GetSecret = () => Promise<Result<Uint8Array, VaultError>>;

const loadPrivateKey = (pkcs8: Uint8Array): KeyObject | null => {
  try {
    // A view, not a copy, so wiping `pkcs8` afterwards wipes what OpenSSL was handed.
    return createPrivateKey({
      key: Buffer.from(pkcs8.buffer, pkcs8.byteOffset, pkcs8.length),
      format: 'der',
      type: 'pkcs8',
    });
  } catch (e) {
    if (isCryptoDecodeError(e)) return null;
    throw e;
  }
};

const spkiOf = (priv: KeyObject): Uint8Array =>
  new Uint8Array(createPublicKey(priv).export({ type: 'spki', format: 'der' }));

/**
 * Decrypts a vault key, checks it is the key its record describes, and hands the PKCS#8
 * DER and a KeyObject to `use`. The DER is wiped when `use` settles, whatever it returns:
 * callers must copy nothing out of it.
 */
export const withDecryptedKey = async <T>(
  ctx: KeyContext,
  keyId: string,
  getSecret: GetSecret,
  use: (pkcs8: Uint8Array, priv: KeyObject, key: StoredKey) => Promise<T>,
): Promise<Result<T, VaultError>> => {
  const files = await readKeyFiles(ctx.fs, ctx.dir, keyId);
  if (!files.ok) return files;
  const secret = await getSecret();
  if (!secret.ok) return secret;
  let pkcs8: Uint8Array | null;
  try {
    pkcs8 = await decryptPkcs8(files.value.envelope, secret.value);
  } finally {
    secret.value.fill(0);
  }
  if (pkcs8 === null)
    return vaultErr(
      'corrupt',
      `Key ${keyId} does not open with this vault's secret: the file is damaged or from another vault.`,
    );
  try {
    const priv = loadPrivateKey(pkcs8);
    if (priv === null)
      return vaultErr('corrupt', `Key ${keyId} decrypts to something that is not a private key.`);
    // A key file swapped for another vault key would sign (or export) the wrong key: refuse it.
    if (!Buffer.from(spkiOf(priv)).equals(Buffer.from(files.value.key.spkiDer)))
      return vaultErr('corrupt', `Key ${keyId} does not match its recorded public key.`);
    return ok(await use(pkcs8, priv, files.value.key));
  } finally {
    pkcs8.fill(0);
  }
};

/**
 * Encrypts a PKCS#8 RSA key under the vault secret and stores it as a new vault key.
 * `pkcs8` stays the caller's to wipe; `secret` is the caller's copy and is wiped here.
 * Only the RSA sizes the vault records (2048/3072/4096) are accepted.
 */
export const importKey = async (
  ctx: KeyContext,
  pkcs8: Uint8Array,
  label: string,
  secret: Uint8Array,
): Promise<Result<StoredKey, VaultError>> => {
  let encrypted: Uint8Array;
  let spkiDer: Uint8Array;
  let bits: number | undefined;
  try {
    const priv = loadPrivateKey(pkcs8);
    if (priv === null) return vaultErr('corrupt', 'The key to import is not a PKCS#8 private key.');
    bits = priv.asymmetricKeyType === 'rsa' ? (rsaModulusBits(priv) ?? undefined) : undefined;
    if (priv.asymmetricKeyType !== 'rsa' || !KeyBits.safeParse(bits).success)
      return vaultErr('corrupt', 'Only RSA keys of 2048, 3072 or 4096 bits can be kept in the vault.');
    spkiDer = spkiOf(priv);
    encrypted = await encryptPkcs8(pkcs8, secret, ctx.iterations);
  } finally {
    secret.fill(0);
  }
  const key: StoredKey = {
    keyId: newKeyId(),
    label: label.slice(0, MAX_LABEL_LENGTH),
    algorithm: 'RSA',
    bits: bits ?? 0,
    spkiDer,
    spkiSha256: sha256Hex(spkiDer),
    createdAt: ctx.clock.now().toISOString(),
  };
  const saved = await writeKeyFiles(ctx.fs, ctx.dir, key, encrypted);
  return saved.ok ? ok(key) : saved;
};
