import { createPrivateKey, createPublicKey, generateKeyPair, sign, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import { KeyBits } from '../../../shared/model/order.js';
import type { VaultError } from '../../../shared/model/vault.js';
import { ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { FileSystem } from '../../ports/file-system.js';
import type { StoredKey } from '../../ports/key-store.js';
import { newKeyId } from './key-id.js';
import { MAX_LABEL_LENGTH, readKeyFiles, sha256Hex, writeKeyFiles } from './key-record.js';
import { decryptPkcs8, encryptPkcs8 } from './pbes2-crypto.js';
import { vaultErr } from './vault-error.js';

/**
 * Generating and signing with vault keys. The private key exists in clear only inside one
 * call: generated, encrypted, wiped; or decrypted, loaded into a KeyObject, used, dropped.
 * Key generation, PBKDF2 and signing all run on the libuv pool (async node:crypto), so a
 * 4096-bit key never freezes the UI.
 */

export type { KeyProgress } from '../../ports/key-store.js';
import type { KeyProgress } from '../../ports/key-store.js';
export type GenerateSpec = { algorithm: 'RSA'; bits: KeyBits; label: string };

const generateRsa = promisify(generateKeyPair);

const signAsync = (data: Uint8Array, key: KeyObject): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    // RSA + 'sha256' with no padding option = RSASSA-PKCS1-v1_5, what CSRs and CMS expect.
    sign('sha256', data, key, (error, signature) => (error ? reject(error) : resolve(signature)));
  });

export type KeyContext = { fs: FileSystem; clock: Clock; dir: string; iterations: number };

/** `secret` is the caller's copy; it is wiped here. */
export const generateKey = async (
  ctx: KeyContext,
  spec: GenerateSpec,
  secret: Uint8Array,
  onProgress?: (stage: KeyProgress) => void,
): Promise<Result<StoredKey, VaultError>> => {
  let encrypted: Uint8Array;
  let spkiDer: Uint8Array;
  try {
    // The IPC contract validates sizes; this guards direct callers from a typo like 1024.
    if (spec.algorithm !== 'RSA' || !KeyBits.safeParse(spec.bits).success)
      throw new RangeError(`unsupported key: ${String(spec.algorithm)} ${String(spec.bits)}`);
    onProgress?.('generating-key');
    const pair = await generateRsa('rsa', {
      modulusLength: spec.bits,
      publicExponent: 0x10001,
      publicKeyEncoding: { type: 'spki', format: 'der' },
      privateKeyEncoding: { type: 'pkcs8', format: 'der' },
    });
    spkiDer = new Uint8Array(pair.publicKey);
    onProgress?.('encrypting');
    try {
      encrypted = await encryptPkcs8(pair.privateKey, secret, ctx.iterations);
    } finally {
      pair.privateKey.fill(0);
    }
  } finally {
    secret.fill(0);
  }
  const key: StoredKey = {
    keyId: newKeyId(),
    // A display hint: clipped rather than refused, so a long order name never blocks a key.
    label: spec.label.slice(0, MAX_LABEL_LENGTH),
    algorithm: 'RSA',
    bits: spec.bits,
    spkiDer,
    spkiSha256: sha256Hex(spkiDer),
    createdAt: ctx.clock.now().toISOString(),
  };
  onProgress?.('saving');
  const saved = await writeKeyFiles(ctx.fs, ctx.dir, key, encrypted);
  return saved.ok ? ok(key) : saved;
};

const loadPrivateKey = (pkcs8: Uint8Array): KeyObject | null => {
  try {
    // A view, not a copy, so wiping `pkcs8` afterwards wipes what OpenSSL was handed.
    return createPrivateKey({
      key: Buffer.from(pkcs8.buffer, pkcs8.byteOffset, pkcs8.length),
      format: 'der',
      type: 'pkcs8',
    });
  } catch {
    return null;
  }
};

const samePublicKey = (priv: KeyObject, spkiDer: Uint8Array): boolean =>
  Buffer.from(createPublicKey(priv).export({ type: 'spki', format: 'der' })).equals(Buffer.from(spkiDer));

/**
 * Reads the key files before asking for the secret, so an unknown id is 'not-found' even
 * when locked. `getSecret` hands over a copy that is wiped here.
 */
export const signWithKey = async (
  ctx: KeyContext,
  keyId: string,
  data: Uint8Array,
  getSecret: () => Promise<Result<Uint8Array, VaultError>>,
): Promise<Result<Uint8Array, VaultError>> => {
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
  let priv: KeyObject | null;
  try {
    priv = loadPrivateKey(pkcs8);
  } finally {
    pkcs8.fill(0);
  }
  if (priv === null)
    return vaultErr('corrupt', `Key ${keyId} decrypts to something that is not a private key.`);
  // A key file swapped for another vault key would sign with the wrong key: refuse it.
  if (!samePublicKey(priv, files.value.key.spkiDer))
    return vaultErr('corrupt', `Key ${keyId} does not match its recorded public key.`);
  return ok(new Uint8Array(await signAsync(data, priv)));
};
