import type { Result } from '../../shared/result.js';

export type SecretStoreError = { code: 'unavailable' | 'failed'; message: string };

/**
 * The OS keychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
 * Windows). Secrets are short strings under an account name inside Vigie's service.
 */
export type SecretStore = {
  readonly name: string;
  available(): Promise<boolean>;
  get(account: string): Promise<Result<string | null, SecretStoreError>>;
  set(account: string, secret: string): Promise<Result<void, SecretStoreError>>;
  delete(account: string): Promise<Result<boolean, SecretStoreError>>;
};
