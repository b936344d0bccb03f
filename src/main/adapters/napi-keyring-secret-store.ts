import type { AsyncEntry as AsyncEntryType } from '@napi-rs/keyring';
import { err, ok, type Result } from '../../shared/result.js';
import type { SecretStore, SecretStoreError } from '../ports/secret-store.js';

/**
 * The OS keychain through @napi-rs/keyring (keyring-rs): Secret Service on Linux, Keychain
 * on macOS, Credential Manager on Windows. The native addon is loaded on first use, so a
 * machine where it cannot load still starts (the vault then offers a passphrase).
 *
 * Linux entries are pinned to the Secret Service: keyring-rs otherwise falls back silently
 * to the kernel keyring, which forgets everything at logout or reboot — the vault secret
 * would be lost, and every key with it. No Secret Service means 'unavailable', never that.
 */

export const VIGIE_KEYRING_SERVICE = 'fr.vigie.desktop';

/** A harmless account that is only ever read, to see whether the keychain answers. */
const PROBE_ACCOUNT = 'availability-probe';
/** The probe must not hang status(); a user answering an unlock prompt may take a while. */
const PROBE_TIMEOUT_MS = 5_000;
const CALL_TIMEOUT_MS = 120_000;
const ACCOUNT = /^[A-Za-z0-9._-]{1,128}$/;

type KeyringModule = typeof import('@napi-rs/keyring');

export type NapiKeyringOptions = {
  /** Tests use their own service name, so they never touch Vigie's real entries. */
  service?: string;
  /** Loads the addon; injectable so a test can simulate a machine where it does not load. */
  load?: () => Promise<KeyringModule>;
};

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 300);

/**
 * keyring-rs errors that mean "the keychain answered, but no": everything else (no D-Bus,
 * no Secret Service, locked and the prompt dismissed, addon missing) means unavailable.
 */
const classify = (e: unknown): SecretStoreError => {
  const message = describe(e);
  const failed = /ambiguous|matched by|not utf-?8|longer than|is invalid/i.test(message);
  return { code: failed ? 'failed' : 'unavailable', message };
};

export const createNapiKeyringSecretStore = (options: NapiKeyringOptions = {}): SecretStore => {
  const service = options.service ?? VIGIE_KEYRING_SERVICE;
  const load = options.load ?? (() => import('@napi-rs/keyring'));
  let loaded: Promise<KeyringModule> | null = null;

  const entry = async (account: string): Promise<AsyncEntryType> => {
    loaded ??= load();
    const { AsyncEntry } = await loaded.catch((e: unknown) => {
      loaded = null;
      throw e;
    });
    return new AsyncEntry(
      service,
      account,
      process.platform === 'linux' ? { linux: { store: 'secret-service' } } : undefined,
    );
  };

  const call = async <T>(
    account: string,
    op: (e: AsyncEntryType, signal: AbortSignal) => Promise<T>,
    timeoutMs = CALL_TIMEOUT_MS,
  ): Promise<Result<T, SecretStoreError>> => {
    if (!ACCOUNT.test(account)) return err({ code: 'failed', message: 'Invalid keychain account name.' });
    try {
      return ok(await op(await entry(account), AbortSignal.timeout(timeoutMs)));
    } catch (e) {
      return err(classify(e));
    }
  };

  return {
    name: `OS keychain (${service})`,
    async available() {
      const probe = await call(PROBE_ACCOUNT, (e, signal) => e.getPassword(signal), PROBE_TIMEOUT_MS);
      return probe.ok;
    },
    get: (account) => call(account, (e, signal) => e.getPassword(signal)),
    set: (account, secret) =>
      call(account, async (e, signal) => {
        // The addon resolves null here; the port promises void.
        await e.setPassword(secret, signal);
      }),
    delete: (account) => call(account, (e, signal) => e.deleteCredential(signal)),
  };
};
