import { createHash, createPublicKey } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { KeyBits } from '../../../shared/model/order.js';
import type { VaultError } from '../../../shared/model/vault.js';
import { ok, type Result } from '../../../shared/result.js';
import { FileTooLargeError, type FileSystem } from '../../ports/file-system.js';
import type { StoredKey } from '../../ports/key-store.js';
import { isKeyId } from './key-id.js';
import { decodePem, encodePem, ENCRYPTED_KEY_LABEL, rsaModulusBits } from '../../pki/keys/index.js';
import { parseEncryptedPrivateKeyInfo, type Pbes2Envelope } from '../../pki/keys/index.js';
import { ioErr, vaultErr } from './vault-error.js';
import { parseJson } from '../../../shared/parse-text.js';
import { isCryptoDecodeError } from '../../pki/crypto/index.js';

/**
 * One key = two files, both mode 0600 and each written atomically:
 *   <keyId>.p8    PEM "ENCRYPTED PRIVATE KEY" (PBES2, see pbes2-format.ts) — opens with OpenSSL;
 *   <keyId>.json  what may be shown while the vault is locked (label, size, public key).
 * The .p8 is written first and removed last, and a key exists only while its .json does: a
 * crash between the two writes leaves an orphan .p8 nobody was given the id of, never a
 * listed key without its private half.
 */

/**
 * The vault folder: owner only. Its listing names the key ids (and their labels sit in the
 * .json files), so other users of the machine must not even list it.
 */
export const VAULT_DIR_MODE = 0o700;
export const VAULT_FILE_MODE = 0o600;

const MAX_P8_BYTES = 64 * 1024;
const MAX_RECORD_BYTES = 16 * 1024;
export const MAX_LABEL_LENGTH = 256;

export const keyPaths = (dir: string, keyId: string): { p8: string; json: string } => {
  // Every caller has checked the id already; this is the last line before a path is built.
  if (!isKeyId(keyId)) throw new Error('not a vault key id');
  return { p8: join(dir, `${keyId}.p8`), json: join(dir, `${keyId}.json`) };
};

const KeyRecordSchema = z
  .object({
    format: z.literal('vigie-vault-key'),
    version: z.literal(1),
    keyId: z.string(),
    label: z.string().max(MAX_LABEL_LENGTH),
    algorithm: z.literal('RSA'),
    bits: KeyBits,
    spki: z.string().max(4096),
    spkiSha256: z.string().regex(/^[0-9A-F]{64}$/),
    createdAt: z.iso.datetime(),
  })
  .strict();

export const sha256Hex = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex').toUpperCase();

const toRecord = (key: StoredKey) => ({
  format: 'vigie-vault-key',
  version: 1,
  keyId: key.keyId,
  label: key.label,
  algorithm: key.algorithm,
  bits: key.bits,
  spki: Buffer.from(key.spkiDer).toString('base64'),
  spkiSha256: key.spkiSha256,
  createdAt: key.createdAt,
});

/** The public half must be what the record claims: an RSA key of that size, that hash. */
const checkedKey = (json: unknown, keyId: string): StoredKey | null => {
  const parsed = KeyRecordSchema.safeParse(json);
  if (!parsed.success || parsed.data.keyId !== keyId) return null;
  const r = parsed.data;
  const spkiDer = new Uint8Array(Buffer.from(r.spki, 'base64'));
  if (sha256Hex(spkiDer) !== r.spkiSha256) return null;
  try {
    const pub = createPublicKey({ key: Buffer.from(spkiDer), format: 'der', type: 'spki' });
    if (pub.asymmetricKeyType !== 'rsa' || rsaModulusBits(pub) !== r.bits) return null;
  } catch (e) {
    if (isCryptoDecodeError(e)) return null;
    throw e;
  }
  return {
    keyId,
    label: r.label,
    algorithm: 'RSA',
    bits: r.bits,
    spkiDer,
    spkiSha256: r.spkiSha256,
    createdAt: r.createdAt,
  };
};

export type KeyFiles = { key: StoredKey; envelope: Pbes2Envelope };

const readText = async (fs: FileSystem, path: string, max: number): Promise<string | null> => {
  if (!(await fs.exists(path))) return null;
  return Buffer.from(await fs.readFile(path, max)).toString('utf8');
};

/**
 * Reads and checks both files without decrypting anything. 'not-found' when the record is
 * absent (never written, or removed), 'corrupt' when either file is damaged or tampered with.
 */
export const readKeyFiles = async (
  fs: FileSystem,
  dir: string,
  keyId: string,
): Promise<Result<KeyFiles, VaultError>> => {
  const paths = keyPaths(dir, keyId);
  let recordText: string | null;
  let p8Text: string | null;
  try {
    recordText = await readText(fs, paths.json, MAX_RECORD_BYTES);
    if (recordText === null) return vaultErr('not-found', `No key ${keyId} in the vault.`);
    p8Text = await readText(fs, paths.p8, MAX_P8_BYTES);
  } catch (e) {
    if (e instanceof FileTooLargeError) return vaultErr('corrupt', `Key ${keyId}: a file is far too large.`);
    return ioErr(`Reading key ${keyId}`, e);
  }
  if (p8Text === null) return vaultErr('corrupt', `Key ${keyId}: its encrypted key file is missing.`);
  const json = parseJson(recordText);
  if (!json.ok) return vaultErr('corrupt', `Key ${keyId}: its record is not JSON.`);
  const key = checkedKey(json.value, keyId);
  if (key === null) return vaultErr('corrupt', `Key ${keyId}: its record is damaged.`);
  const der = decodePem(p8Text, ENCRYPTED_KEY_LABEL);
  if (der === null) return vaultErr('corrupt', `Key ${keyId}: its key file is not one encrypted PEM key.`);
  const envelope = parseEncryptedPrivateKeyInfo(der);
  if (!envelope.ok) return vaultErr('corrupt', `Key ${keyId}: ${envelope.error}`);
  return ok({ key, envelope: envelope.value });
};

export const writeKeyFiles = async (
  fs: FileSystem,
  dir: string,
  key: StoredKey,
  encryptedDer: Uint8Array,
): Promise<Result<void, VaultError>> => {
  const paths = keyPaths(dir, key.keyId);
  const encoder = new TextEncoder();
  try {
    await fs.ensureDir(dir, VAULT_DIR_MODE);
    await fs.writeFileAtomic(
      paths.p8,
      encoder.encode(encodePem(ENCRYPTED_KEY_LABEL, encryptedDer)),
      VAULT_FILE_MODE,
    );
    await fs.writeFileAtomic(
      paths.json,
      encoder.encode(`${JSON.stringify(toRecord(key), null, 2)}\n`),
      VAULT_FILE_MODE,
    );
    return ok(undefined);
  } catch (e) {
    return ioErr(`Saving key ${key.keyId}`, e);
  }
};

/** Record first (the key stops existing), then the private half. */
export const removeKeyFiles = async (
  fs: FileSystem,
  dir: string,
  keyId: string,
): Promise<Result<void, VaultError>> => {
  const paths = keyPaths(dir, keyId);
  try {
    const present = (await fs.exists(paths.json)) || (await fs.exists(paths.p8));
    if (!present) return vaultErr('not-found', `No key ${keyId} in the vault.`);
    await fs.remove(paths.json);
    await fs.remove(paths.p8);
    return ok(undefined);
  } catch (e) {
    return ioErr(`Removing key ${keyId}`, e);
  }
};
