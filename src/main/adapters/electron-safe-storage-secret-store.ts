import { join } from 'node:path';
import { err, ok, type Result } from '../../shared/result.js';
import type { FileSystem } from '../ports/file-system.js';
import type { SecretStore, SecretStoreError } from '../ports/secret-store.js';

/**
 * Fallback keychain for the Electron shell: Electron's safeStorage (DPAPI on Windows, the
 * Keychain on macOS, libsecret/kwallet on Linux) encrypts each secret, and the ciphertext
 * sits in one file per account under `dir` (written atomically, mode 0600).
 *
 * On Linux without a keychain Electron falls back to 'basic_text': a key hard-coded in
 * Chromium, i.e. no protection at all. That backend is reported as unavailable, so the vault
 * asks for a passphrase instead of pretending.
 */

const ACCOUNT = /^[A-Za-z0-9._-]{1,128}$/;
const MAX_FILE_BYTES = 64 * 1024;

const failure = (code: SecretStoreError['code'], e: unknown): Result<never, SecretStoreError> =>
  err({ code, message: e instanceof Error ? e.message : String(e) });

export const createSafeStorageSecretStore = (deps: { fs: FileSystem; dir: string }): SecretStore => {
  const pathOf = (account: string): string => {
    if (!ACCOUNT.test(account) || account.startsWith('.')) throw new Error('invalid secret account name');
    return join(deps.dir, `${account}.secret`);
  };

  /** Electron is loaded on use, so this module can be imported (and typechecked) anywhere. */
  const safeStorage = async () => (await import('electron')).safeStorage;

  const available = async (): Promise<boolean> => {
    try {
      const storage = await safeStorage();
      if (!(await storage.isAsyncEncryptionAvailable())) return false;
      return (
        process.platform !== 'linux' ||
        !['basic_text', 'unknown'].includes(storage.getSelectedStorageBackend())
      );
    } catch {
      // Deliberately broad: this only asks "can we use safeStorage here?", and Electron throws
      // platform-specific errors (no keyring daemon, app not ready) that all mean "no".
      return false;
    }
  };

  return {
    name: 'Electron safeStorage',
    available,
    async get(account) {
      if (!(await available())) return failure('unavailable', 'safeStorage has no OS keychain to use');
      try {
        const path = pathOf(account);
        if (!(await deps.fs.exists(path))) return ok(null);
        const sealed = Buffer.from(await deps.fs.readFile(path, MAX_FILE_BYTES));
        return ok((await (await safeStorage()).decryptStringAsync(sealed)).result);
      } catch (e) {
        return failure('failed', e);
      }
    },
    async set(account, secret) {
      if (!(await available())) return failure('unavailable', 'safeStorage has no OS keychain to use');
      try {
        const sealed = await (await safeStorage()).encryptStringAsync(secret);
        await deps.fs.ensureDir(deps.dir);
        await deps.fs.writeFileAtomic(pathOf(account), new Uint8Array(sealed), 0o600);
        return ok(undefined);
      } catch (e) {
        return failure('failed', e);
      }
    },
    async delete(account) {
      try {
        const path = pathOf(account);
        const existed = await deps.fs.exists(path);
        await deps.fs.remove(path);
        return ok(existed);
      } catch (e) {
        return failure('failed', e);
      }
    },
  };
};
