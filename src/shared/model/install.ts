import { z } from 'zod';
import { Order } from './order.js';

/** A certificate store the certificate and its key can be installed into (see main's OsKeystore port). */
export const InstallTarget = z.object({
  id: z.string().max(4096),
  kind: z.enum(['nss', 'windows-store', 'macos-keychain']),
  label: z.string().max(512),
  location: z.string().max(4096),
  exists: z.boolean(),
  isDefault: z.boolean(),
  /** The owning application runs (Firefox): the user must close it first. */
  inUse: z.boolean(),
  /** Only an administrator may install here (Windows LocalMachine\\My without elevation). */
  needsAdmin: z.boolean(),
});
export type InstallTarget = z.infer<typeof InstallTarget>;

export const KeystoreErrorCode = z.enum([
  'tool-missing',
  'wrong-password',
  'db-locked',
  'db-protected',
  'access-denied',
  'not-found',
  'failed',
]);
export type KeystoreErrorCode = z.infer<typeof KeystoreErrorCode>;

/**
 * The CA certificates read back: 'verified' (present, and trusted where the store shows trust),
 * 'missing', 'unchecked' (the store keeps them where the read-back does not look: Windows
 * Root/CA stores), 'none' (no IGC-Santé CA of this environment is known locally).
 */
export const TrustReadBack = z.enum(['verified', 'missing', 'unchecked', 'none']);
export type TrustReadBack = z.infer<typeof TrustReadBack>;

export const InstallTargetResult = z.object({
  targetId: z.string().max(4096),
  label: z.string().max(512),
  /** Certificate and key read back from the store (and the CAs unless 'missing'). */
  ok: z.boolean(),
  certificatePresent: z.boolean(),
  keyPresent: z.boolean(),
  trust: TrustReadBack,
  warnings: z.array(z.enum(['non-exportable-unsupported'])),
  error: z.object({ code: KeystoreErrorCode, message: z.string() }).optional(),
});
export type InstallTargetResult = z.infer<typeof InstallTargetResult>;

export const InstallOutcome = z.object({ order: Order, results: z.array(InstallTargetResult) });
export type InstallOutcome = z.infer<typeof InstallOutcome>;

/** Where one order's private key lives now (custody: it should live in one place only). */
export const KeyLocations = z.object({
  vault: z.boolean(),
  stores: z.array(
    z.object({
      targetId: z.string().max(4096),
      label: z.string().max(512),
      /** This very certificate; false when only another certificate of the same key is there. */
      certificate: z.boolean(),
      key: z.boolean(),
    }),
  ),
  /** Stores that could not be read (locked, tool missing): the answer may be incomplete. */
  unreadable: z.array(z.object({ targetId: z.string().max(4096), label: z.string().max(512) })),
});
export type KeyLocations = z.infer<typeof KeyLocations>;

export const InstallErrorCode = z.enum([
  'not-found',
  /** The order has no certificate yet, or is cancelled. */
  'not-issued',
  /** The key is not (or no longer) in the vault. */
  'no-vault-key',
  'no-target',
  /** Destroying the vault copy needs a verified install that still reads back. */
  'not-installed',
  /** Not shown to be issued by the IGC-Santé, and the user did not accept it explicitly. */
  'look-alike-unconfirmed',
  'vault-locked',
  'vault-not-set-up',
  'keyring-unavailable',
  'export-failed',
  'backup-failed',
  'cancelled',
  'unavailable',
  'io-error',
]);
export type InstallErrorCode = z.infer<typeof InstallErrorCode>;
export const InstallError = z.object({ code: InstallErrorCode, message: z.string() });
export type InstallError = z.infer<typeof InstallError>;
