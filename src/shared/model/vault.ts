import { z } from 'zod';

/**
 * The key vault: pending private keys, each PKCS#8-encrypted in its own file. Its secret
 * is either random and kept in the OS keychain ('keyring'), or a passphrase the user types
 * ('passphrase', never stored).
 */
export const VaultStatus = z.object({
  mode: z.enum(['keyring', 'passphrase', 'not-set-up']),
  /** True when keys cannot be used until the passphrase is typed (or the keyring answers). */
  locked: z.boolean(),
  /** Whether an OS keychain answered on this machine. */
  keyringAvailable: z.boolean(),
  keyCount: z.number().int(),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

export const VaultErrorCode = z.enum([
  'wrong-passphrase',
  'weak-passphrase',
  'keyring-unavailable',
  'already-set-up',
  'not-set-up',
  'locked',
  'not-found',
  'corrupt',
  'io-error',
]);
export const VaultError = z.object({ code: VaultErrorCode, message: z.string() });
export type VaultError = z.infer<typeof VaultError>;
