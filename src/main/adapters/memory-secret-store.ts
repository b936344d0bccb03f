import { ok } from '../../shared/result.js';
import type { SecretStore } from '../ports/secret-store.js';

/**
 * DEV BRIDGE ONLY. A "keychain" that lives in this process's memory: every secret in it is
 * gone when the process exits, and with a keyring-mode vault set up against it, so is
 * every key in that vault. It exists so the browser dev bridge can run on a machine with no
 * OS keychain; the desktop app and the CLI must never use it, and no test that claims to
 * test the keychain may either. Creating one prints a warning every time.
 */
export const createMemorySecretStore = (
  reason: string,
  log: (message: string) => void = (m) => console.warn(m),
): SecretStore => {
  log(
    `WARNING: secrets are kept in memory only (${reason}). They are lost when this process exits; ` +
      'a keyring vault set up now will not open again. Never use this outside the dev bridge.',
  );
  const secrets = new Map<string, string>();
  return {
    name: 'memory (dev bridge only, lost at exit)',
    available: async () => true,
    get: async (account) => ok(secrets.get(account) ?? null),
    set: async (account, secret) => {
      secrets.set(account, secret);
      return ok(undefined);
    },
    delete: async (account) => ok(secrets.delete(account)),
  };
};
