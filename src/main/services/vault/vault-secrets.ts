import { randomBytes } from 'node:crypto';
import { MAX_PASSWORD_LENGTH } from '../../../shared/limits.js';
import type { VaultError } from '../../../shared/model/vault.js';
import { ok, type Result } from '../../../shared/result.js';
import type { SecretStore } from '../../ports/secret-store.js';
import { utf8Bytes } from './secret-holder.js';
import { secretMatches, type VaultConfig } from './vault-config.js';
import { vaultErr } from './vault-error.js';

/** Where a vault secret comes from: the user's passphrase, or the OS keychain. */

export const MIN_PASSPHRASE_LENGTH = 10;

/** Keychain account of one vault: per vault, so a second data folder never overwrites it. */
export const keyringAccount = (config: Pick<VaultConfig, 'vaultId'>): string =>
  `vault-secret-${config.vaultId}`;

/** Counted in characters, not UTF-16 units or bytes: "é" is one. */
export const checkPassphrase = (passphrase: string): Result<void, VaultError> => {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    return vaultErr(
      'weak-passphrase',
      `A vault passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`,
    );
  if (passphrase.length > MAX_PASSWORD_LENGTH)
    return vaultErr('weak-passphrase', `A vault passphrase is at most ${MAX_PASSWORD_LENGTH} characters.`);
  return ok(undefined);
};

/** A new random secret (32 bytes, base64) stored in the keychain; its UTF-8 bytes come back. */
export const createKeyringSecret = async (
  secrets: SecretStore,
  vaultId: string,
): Promise<Result<Uint8Array, VaultError>> => {
  if (!(await secrets.available()))
    return vaultErr(
      'keyring-unavailable',
      'No OS keychain answers on this computer: use a passphrase instead.',
    );
  const value = randomBytes(32).toString('base64');
  const account = keyringAccount({ vaultId });
  const stored = await secrets.set(account, value);
  if (!stored.ok)
    return vaultErr('keyring-unavailable', `The OS keychain refused the secret: ${stored.error.message}`);
  // Some keychains accept a write and drop it (locked collection, no prompt agent): read it back.
  const back = await secrets.get(account);
  if (!back.ok || back.value !== value)
    return vaultErr('keyring-unavailable', 'The OS keychain did not keep the vault secret.');
  return ok(utf8Bytes(value));
};

/** The vault's secret from the keychain, checked against the verifier before it is used. */
export const readKeyringSecret = async (
  secrets: SecretStore,
  config: VaultConfig,
): Promise<Result<Uint8Array, VaultError>> => {
  const got = await secrets.get(keyringAccount(config));
  if (!got.ok) return vaultErr('keyring-unavailable', `The OS keychain did not answer: ${got.error.message}`);
  if (got.value === null)
    return vaultErr('keyring-unavailable', 'The OS keychain answered but holds no secret for this vault.');
  const bytes = utf8Bytes(got.value);
  if (!(await secretMatches(config, bytes))) {
    bytes.fill(0);
    return vaultErr('corrupt', "The OS keychain's secret does not open this vault.");
  }
  return ok(bytes);
};
