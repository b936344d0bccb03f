import type { VaultError } from '../../../shared/model/vault.js';
import { err, type Err } from '../../../shared/result.js';

export const vaultErr = (code: VaultError['code'], message: string): Err<VaultError> =>
  err({ code, message });

/**
 * File-system failures become 'io-error' with the OS code only: node's messages carry full
 * paths, which are fine, but nothing here may ever echo file contents or secrets.
 */
export const ioErr = (what: string, e: unknown): Err<VaultError> => {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return vaultErr('io-error', `${what} failed${typeof code === 'string' ? ` (${code})` : ''}.`);
};
