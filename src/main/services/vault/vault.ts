import { randomUUID } from 'node:crypto';
import { MAX_KDF_ITERATIONS, MAX_PASSWORD_LENGTH } from '../../../shared/limits.js';
import type { VaultError, VaultStatus } from '../../../shared/model/vault.js';
import { ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { FileSystem } from '../../ports/file-system.js';
import type { KeyStore, StoredKey } from '../../ports/key-store.js';
import type { SecretStore } from '../../ports/secret-store.js';
import { isKeyId } from './key-id.js';
import { describeSkipped, listKeyFiles, type KeyListing } from './key-listing.js';
import {
  generateKey,
  signWithKey,
  type GenerateSpec,
  type KeyContext,
  type KeyProgress,
} from './key-operations.js';
import { importKey, withDecryptedKey } from './key-custody.js';
import { removeKeyFiles } from './key-record.js';
import { createSecretHolder, utf8Bytes } from './secret-holder.js';
import { checkPassphrase, createKeyringSecret, keyringAccount, readKeyringSecret } from './vault-secrets.js';
import {
  newVaultConfig,
  readVaultConfig,
  secretMatches,
  writeVaultConfig,
  type VaultConfig,
} from './vault-config.js';
import { vaultErr } from './vault-error.js';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const DEFAULT_KDF_ITERATIONS = 600_000;

export type VaultDeps = {
  fs: FileSystem;
  secrets: SecretStore;
  clock: Clock;
  /** The vault folder (created on setup). */
  dir: string;
  /** PBKDF2 iterations for new files; tests lower it, production keeps the default. */
  iterations?: number;
  /** Where list() reports what it skipped (counts, never contents). Default: console.warn. */
  warn?: (message: string) => void;
};

export type VaultSetup = { mode: 'keyring' } | { mode: 'passphrase'; passphrase: string };

/** A KeyStore (assignable to the port) whose generate also reports progress. */
export type Vault = Omit<KeyStore, 'generate'> & {
  generate(
    spec: GenerateSpec,
    onProgress?: (stage: KeyProgress) => void,
  ): Promise<Result<StoredKey, VaultError>>;
  status(): Promise<VaultStatus>;
  setup(mode: VaultSetup): Promise<Result<VaultStatus, VaultError>>;
  unlock(passphrase: string): Promise<Result<VaultStatus, VaultError>>;
  /** Forgets the secret. A keyring vault unlocks itself again on its next use. */
  lock(): Promise<VaultStatus>;
  /** list() with the count of files it stepped over. */
  listWithReport(): Promise<Result<KeyListing, VaultError>>;
  /** Keeps a key made elsewhere (a platform-generated PKCS#12); `pkcs8` stays the caller's to wipe. */
  importKey(pkcs8: Uint8Array, label: string): Promise<Result<StoredKey, VaultError>>;
  /**
   * Lends the decrypted PKCS#8 of a vault key to `use` (an export written by main), then
   * wipes it. Main only: nothing that reaches IPC may return these bytes.
   */
  withPrivateKey<T>(keyId: string, use: (pkcs8: Uint8Array) => Promise<T>): Promise<Result<T, VaultError>>;
};

/**
 * The encrypted key vault: a KeyStore ('vault') whose keys are PBES2 files under `dir`,
 * plus set-up, unlock and lock. See README.md in this folder for the file format.
 */
export const createVault = (deps: VaultDeps): Vault => {
  const iterations = deps.iterations ?? DEFAULT_KDF_ITERATIONS;
  if (!Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_KDF_ITERATIONS)
    throw new RangeError(`vault iterations out of range: ${iterations}`);
  const warn = deps.warn ?? ((message: string) => console.warn(message));
  const ctx: KeyContext = { fs: deps.fs, clock: deps.clock, dir: deps.dir, iterations };
  const secret = createSecretHolder();
  // vault.json never changes once written, so a good read is kept; "not set up" is not.
  let config: VaultConfig | null = null;
  let keyringFetch: Promise<Result<void, VaultError>> | null = null;
  // Set-up and unlock run one at a time, so two clicks cannot race into two configs.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const loadConfig = async (): Promise<Result<VaultConfig | null, VaultError>> => {
    if (config !== null) return ok(config);
    const read = await readVaultConfig(deps.fs, deps.dir);
    if (read.ok && read.value !== null) config = read.value;
    return read;
  };

  const fetchFromKeyring = async (cfg: VaultConfig): Promise<Result<void, VaultError>> => {
    const read = await readKeyringSecret(deps.secrets, cfg);
    if (!read.ok) return read;
    secret.hold(read.value);
    return ok(undefined);
  };

  /** Concurrent callers share one keychain round trip (and one PBKDF2). */
  const unlockFromKeyring = (cfg: VaultConfig): Promise<Result<void, VaultError>> => {
    keyringFetch ??= fetchFromKeyring(cfg).finally(() => {
      keyringFetch = null;
    });
    return keyringFetch;
  };

  const secretCopy = async (): Promise<Result<Uint8Array, VaultError>> => {
    const cfg = await loadConfig();
    if (!cfg.ok) return cfg;
    if (cfg.value === null) return vaultErr('not-set-up', 'The key vault is not set up yet.');
    const held = secret.copy();
    if (held !== null) return ok(held);
    if (cfg.value.mode === 'passphrase')
      return vaultErr('locked', 'The key vault is locked: type its passphrase.');
    const fetched = await unlockFromKeyring(cfg.value);
    if (!fetched.ok) return fetched;
    const copy = secret.copy();
    return copy === null ? vaultErr('locked', 'The key vault was locked meanwhile.') : ok(copy);
  };

  const currentStatus = async (autoUnlock: boolean): Promise<VaultStatus> => {
    const keyringAvailable = await deps.secrets.available();
    const cfg = await loadConfig();
    if (!cfg.ok) warn(cfg.error.message);
    if (!cfg.ok || cfg.value === null)
      return { mode: 'not-set-up', locked: true, keyringAvailable, keyCount: 0 };
    if (autoUnlock && cfg.value.mode === 'keyring' && !secret.held() && keyringAvailable)
      await unlockFromKeyring(cfg.value);
    const listing = await listKeyFiles(deps.fs, deps.dir);
    return {
      mode: cfg.value.mode,
      locked: !secret.held(),
      keyringAvailable,
      keyCount: listing.ok ? listing.value.keys.length : 0,
    };
  };

  const setup = async (mode: VaultSetup): Promise<Result<VaultStatus, VaultError>> => {
    const existing = await loadConfig();
    if (!existing.ok) return existing;
    if (existing.value !== null) return vaultErr('already-set-up', 'The key vault is already set up.');
    const listing = await listKeyFiles(deps.fs, deps.dir);
    if (listing.ok && listing.value.keys.length + listing.value.skipped.orphans > 0)
      return vaultErr(
        'already-set-up',
        'The vault folder holds keys but its vault.json is missing: restore it, or move the folder aside to start over.',
      );
    const vaultId = randomUUID();
    let bytes: Uint8Array;
    if (mode.mode === 'passphrase') {
      const strong = checkPassphrase(mode.passphrase);
      if (!strong.ok) return strong;
      bytes = utf8Bytes(mode.passphrase);
    } else {
      const made = await createKeyringSecret(deps.secrets, vaultId);
      if (!made.ok) return made;
      bytes = made.value;
    }
    const cfg = await newVaultConfig(mode.mode, bytes, iterations, deps.clock.now(), vaultId);
    const written = await writeVaultConfig(deps.fs, deps.dir, cfg);
    if (!written.ok) {
      bytes.fill(0);
      if (mode.mode === 'keyring') await deps.secrets.delete(keyringAccount(cfg));
      return written;
    }
    config = cfg;
    secret.hold(bytes);
    return ok(await currentStatus(false));
  };

  const unlock = async (passphrase: string): Promise<Result<VaultStatus, VaultError>> => {
    const cfg = await loadConfig();
    if (!cfg.ok) return cfg;
    if (cfg.value === null) return vaultErr('not-set-up', 'The key vault is not set up yet.');
    if (cfg.value.mode === 'keyring') {
      const fetched = secret.held() ? ok(undefined) : await unlockFromKeyring(cfg.value);
      return fetched.ok ? ok(await currentStatus(false)) : fetched;
    }
    // Checked even when already unlocked: a wrong passphrase is never answered with success.
    const wrong = vaultErr('wrong-passphrase', 'Wrong passphrase.');
    if (passphrase.length === 0 || passphrase.length > MAX_PASSWORD_LENGTH) return wrong;
    const bytes = utf8Bytes(passphrase);
    if (!(await secretMatches(cfg.value, bytes))) {
      bytes.fill(0);
      return wrong;
    }
    secret.hold(bytes);
    return ok(await currentStatus(false));
  };

  const listWithReport = async (): Promise<Result<KeyListing, VaultError>> => {
    const listing = await listKeyFiles(deps.fs, deps.dir);
    if (listing.ok) {
      const note = describeSkipped(listing.value.skipped);
      if (note !== null) warn(note);
    }
    return listing;
  };

  return {
    storeId: 'vault',
    status: () => currentStatus(true),
    setup: (mode) => serial(() => setup(mode)),
    unlock: (passphrase) => serial(() => unlock(passphrase)),
    lock: () =>
      serial(async () => {
        secret.forget();
        return currentStatus(false);
      }),
    async generate(spec, onProgress) {
      const copy = await secretCopy();
      if (!copy.ok) return copy;
      return generateKey(ctx, spec, copy.value, onProgress);
    },
    async sign(keyId, data) {
      if (!isKeyId(keyId)) return vaultErr('not-found', 'Not a vault key id.');
      return signWithKey(ctx, keyId, data, secretCopy);
    },
    async list() {
      const listing = await listWithReport();
      return listing.ok ? ok(listing.value.keys) : listing;
    },
    async remove(keyId) {
      if (!isKeyId(keyId)) return vaultErr('not-found', 'Not a vault key id.');
      return removeKeyFiles(deps.fs, deps.dir, keyId);
    },
    listWithReport,
    async importKey(pkcs8, label) {
      const copy = await secretCopy();
      if (!copy.ok) return copy;
      return importKey(ctx, pkcs8, label, copy.value);
    },
    async withPrivateKey(keyId, use) {
      if (!isKeyId(keyId)) return vaultErr('not-found', 'Not a vault key id.');
      return withDecryptedKey(ctx, keyId, secretCopy, (pkcs8) => use(pkcs8));
    },
  };
};
