import { generateKeyPair, sign, type KeyObject } from 'node:crypto';
import { KeyBits } from '../../../shared/model/order.js';
import type { VaultError } from '../../../shared/model/vault.js';
import { ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { FileSystem } from '../../ports/file-system.js';
import type { StoredKey } from '../../ports/key-store.js';
import { newKeyId } from './key-id.js';
import { withDecryptedKey } from './key-custody.js';
import { MAX_LABEL_LENGTH, sha256Hex, writeKeyFiles } from './key-record.js';
import { encryptPkcs8 } from '../../pki/keys/index.js';

/**
 * Generating and signing with vault keys. The private key exists in clear only inside one
 * call: generated, encrypted, wiped; or decrypted, loaded into a KeyObject, used, dropped.
 * Key generation, PBKDF2 and signing all run on the libuv pool (async node:crypto), so a
 * 4096-bit key never freezes the UI.
 */

export type { KeyProgress } from '../../ports/key-store.js';
import type { KeyProgress } from '../../ports/key-store.js';
export type GenerateSpec = { algorithm: 'RSA'; bits: KeyBits; label: string };

// Wrapped by hand rather than util.promisify (see pki/keys/standalone-key.ts).
const generateRsaDer = (bits: number): Promise<{ publicKey: Buffer; privateKey: Buffer }> =>
  new Promise((resolve, reject) =>
    generateKeyPair(
      'rsa',
      {
        modulusLength: bits,
        publicExponent: 0x10001,
        publicKeyEncoding: { type: 'spki', format: 'der' },
        privateKeyEncoding: { type: 'pkcs8', format: 'der' },
      },
      (error, publicKey, privateKey) => (error ? reject(error) : resolve({ publicKey, privateKey })),
    ),
  );

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
    const pair = await generateRsaDer(spec.bits);
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

/**
 * Reads the key files before asking for the secret, so an unknown id is 'not-found' even
 * when locked. `getSecret` hands over a copy that is wiped there.
 */
export const signWithKey = (
  ctx: KeyContext,
  keyId: string,
  data: Uint8Array,
  getSecret: () => Promise<Result<Uint8Array, VaultError>>,
): Promise<Result<Uint8Array, VaultError>> =>
  withDecryptedKey(
    ctx,
    keyId,
    getSecret,
    async (_pkcs8, priv) => new Uint8Array(await signAsync(data, priv)),
  );
