import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { MAX_KDF_ITERATIONS } from '../../../shared/limits.js';
import type { VaultError } from '../../../shared/model/vault.js';
import { ok, type Result } from '../../../shared/result.js';
import type { FileSystem } from '../../ports/file-system.js';
import { deriveKey, type SecretBytes } from '../../pki/keys/index.js';
import { SALT_BYTES } from '../../pki/keys/index.js';
import { ioErr, vaultErr } from './vault-error.js';
import { VAULT_DIR_MODE, VAULT_FILE_MODE } from './key-record.js';
import { parseJson } from '../../../shared/parse-text.js';

/**
 * vault.json: how the vault is protected, and a verifier that tells a right secret from a
 * wrong one before any key file is touched. The verifier is HMAC-SHA256, under a
 * PBKDF2-SHA256 key derived from the secret, of a fixed label bound to this vault's id and
 * mode. It costs an attacker exactly as much as trying the secret on a key file, so it
 * gives nothing away that the key files do not.
 */

export const VAULT_FILE = 'vault.json';
const MAX_CONFIG_BYTES = 16 * 1024;

const base64Of = (min: number, max: number) =>
  z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/)
    .refine((s) => {
      const n = Buffer.from(s, 'base64').length;
      return n >= min && n <= max;
    }, 'has the wrong length');

const VaultConfigSchema = z
  .object({
    format: z.literal('vigie-vault'),
    version: z.literal(1),
    /** Names this vault's secret in the OS keychain, so two data folders never share one. */
    vaultId: z.uuid(),
    mode: z.enum(['keyring', 'passphrase']),
    createdAt: z.string().max(64),
    verifier: z
      .object({
        kdf: z.literal('pbkdf2-hmac-sha256'),
        iterations: z
          .number()
          .int()
          .min(1)
          .max(MAX_KDF_ITERATIONS, `is over the ${MAX_KDF_ITERATIONS.toLocaleString('en-US')} limit`),
        salt: base64Of(8, 64),
        mac: base64Of(32, 32),
      })
      .strict(),
  })
  .strict();
export type VaultConfig = z.infer<typeof VaultConfigSchema>;

const verifierInput = (c: Pick<VaultConfig, 'vaultId' | 'mode'>): string =>
  `Vigie vault verifier v1\n${c.vaultId}\n${c.mode}`;

const macWith = async (
  secret: SecretBytes,
  salt: Uint8Array,
  iterations: number,
  c: Pick<VaultConfig, 'vaultId' | 'mode'>,
): Promise<Buffer> => {
  const key = await deriveKey(secret, salt, iterations);
  try {
    return createHmac('sha256', key).update(verifierInput(c)).digest();
  } finally {
    key.fill(0);
  }
};

export const newVaultConfig = async (
  mode: VaultConfig['mode'],
  secret: SecretBytes,
  iterations: number,
  now: Date,
  vaultId: string = randomUUID(),
): Promise<VaultConfig> => {
  const salt = randomBytes(SALT_BYTES);
  const mac = await macWith(secret, salt, iterations, { vaultId, mode });
  return {
    format: 'vigie-vault',
    version: 1,
    vaultId,
    mode,
    createdAt: now.toISOString(),
    verifier: {
      kdf: 'pbkdf2-hmac-sha256',
      iterations,
      salt: salt.toString('base64'),
      mac: mac.toString('base64'),
    },
  };
};

export const secretMatches = async (config: VaultConfig, secret: SecretBytes): Promise<boolean> => {
  const { salt, iterations, mac } = config.verifier;
  const expected = Buffer.from(mac, 'base64');
  const actual = await macWith(secret, Buffer.from(salt, 'base64'), iterations, config);
  return timingSafeEqual(actual, expected);
};

/** The config, null when the vault is not set up, or why it cannot be read. */
export const readVaultConfig = async (
  fs: FileSystem,
  dir: string,
): Promise<Result<VaultConfig | null, VaultError>> => {
  const path = join(dir, VAULT_FILE);
  let bytes: Uint8Array;
  try {
    if (!(await fs.exists(path))) return ok(null);
    bytes = await fs.readFile(path, MAX_CONFIG_BYTES);
  } catch (e) {
    return ioErr('Reading vault.json', e);
  }
  const json = parseJson(Buffer.from(bytes).toString('utf8'));
  if (!json.ok) return vaultErr('corrupt', 'vault.json is damaged (not JSON).');
  const parsed = VaultConfigSchema.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = [issue?.path.join('.'), issue?.message].filter((s) => s).join(' ');
    return vaultErr('corrupt', `vault.json is damaged or from a newer Vigie (${detail}).`);
  }
  return ok(parsed.data);
};

export const writeVaultConfig = async (
  fs: FileSystem,
  dir: string,
  config: VaultConfig,
): Promise<Result<void, VaultError>> => {
  try {
    await fs.ensureDir(dir, VAULT_DIR_MODE);
    const bytes = new TextEncoder().encode(`${JSON.stringify(config, null, 2)}\n`);
    await fs.writeFileAtomic(join(dir, VAULT_FILE), bytes, VAULT_FILE_MODE);
    return ok(undefined);
  } catch (e) {
    return ioErr('Writing vault.json', e);
  }
};
