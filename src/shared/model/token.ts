import { z } from 'zod';
import { IgcSanteInfo } from './igc-sante.js';

/**
 * Cards and tokens (PKCS#11): what the renderer, the CLI and the services see of a module,
 * its slots and the token in each. Nothing here can hold key material: a private key is
 * described by its attributes only, never by its value.
 */

/** The user PIN's state as the token flags say it, read before any login attempt. */
export const PinState = z.object({
  /** CKF_USER_PIN_COUNT_LOW: at least one wrong PIN was typed since the last good one. */
  countLow: z.boolean(),
  /** CKF_USER_PIN_FINAL_TRY: one more wrong PIN locks the card. */
  finalTry: z.boolean(),
  locked: z.boolean(),
  /** CKF_USER_PIN_TO_BE_CHANGED / the PIN was never set on the token. */
  toBeChanged: z.boolean(),
  initialized: z.boolean(),
  /** The PIN is typed on the reader's own keypad (CKF_PROTECTED_AUTHENTICATION_PATH). */
  pinPad: z.boolean(),
  minLength: z.number().int(),
  maxLength: z.number().int(),
});
export type PinState = z.infer<typeof PinState>;

/** Every way a token operation can fail that the user can act on. */
export const TokenErrorCode = z.enum([
  /** No PKCS#11 module found or loadable (Cryptolib CPS not installed, a path that is not a module). */
  'module-missing',
  'module-failed',
  /** The card or token was removed, or the slot has none. */
  'token-absent',
  'token-not-recognized',
  'pin-incorrect',
  'pin-locked',
  /** The PIN does not fit the card's rule (length, digits only for a CPS card). */
  'pin-invalid',
  'pin-expired',
  /** The PIN-pad reader's entry was cancelled or timed out. */
  'pin-cancelled',
  'write-protected',
  'memory-full',
  'mechanism-unsupported',
  'key-unusable',
  'device-error',
  'session-lost',
  'busy',
  'cancelled',
  /** No system file dialog here (the dev bridge): the module's path is typed instead. */
  'no-dialog',
  /** A typed module path where the system dialog exists: code is only loaded from a file the user picked there. */
  'dialog-only',
  'failed',
]);
export type TokenErrorCode = z.infer<typeof TokenErrorCode>;

export const TokenError = z.object({
  code: TokenErrorCode,
  /** English, for logs and `--json`; never holds a PIN. */
  message: z.string(),
  /** The PKCS#11 return value's name (CKR_PIN_INCORRECT…) when one caused it. */
  ckr: z.string().nullable(),
  /** Retries state read right after a failed login, so the dialog can warn. */
  pin: PinState.nullable().optional(),
});
export type TokenError = z.infer<typeof TokenError>;

export const ModuleKind = z.enum(['cryptolib-cps', 'opensc', 'softhsm', 'other']);
export type ModuleKind = z.infer<typeof ModuleKind>;

export const TokenModuleStatus = z.object({
  path: z.string(),
  kind: ModuleKind,
  /** Where Vigie learned of it: a known install location, the user's list, or the environment. */
  origin: z.enum(['known', 'user', 'environment']),
  loaded: z.boolean(),
  library: z.string().nullable(),
  error: TokenError.nullable(),
});
export type TokenModuleStatus = z.infer<typeof TokenModuleStatus>;

/** A token (or card) as seen in its slot. `serial` + `module` find it again: slot numbers change. */
export const TokenSummary = z.object({
  label: z.string(),
  manufacturer: z.string(),
  model: z.string(),
  serial: z.string(),
  pin: PinState,
  writeProtected: z.boolean(),
  /** A CPS-family card: Cryptolib module or the CPS object labels. */
  cps: z.boolean(),
  /** CPS3 / CPS4 when the token says which; null when it does not. */
  generation: z.enum(['CPS3', 'CPS4']).nullable(),
});
export type TokenSummary = z.infer<typeof TokenSummary>;

export const SlotSummary = z.object({
  module: z.string(),
  slotId: z.string(),
  description: z.string(),
  /** A reader (hardware slot) rather than a software one. */
  reader: z.boolean(),
  removable: z.boolean(),
  token: TokenSummary.nullable(),
});
export type SlotSummary = z.infer<typeof SlotSummary>;

const Hex64 = z.string().regex(/^[0-9A-F]{64}$/);

/** A certificate on a token, paired with its private key by CKA_ID. */
export const TokenCertificate = z.object({
  /** CKA_ID, hex (uppercase). */
  id: z.string(),
  label: z.string(),
  sha256: Hex64,
  subject: z.string(),
  issuer: z.string(),
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  /** 'authentication' / 'signature' from the key usages (or the CPS label); null otherwise. */
  role: z.enum(['authentication', 'signature', 'encryption']).nullable(),
  /** The private key with the same CKA_ID: its label, or null when the token holds none. */
  keyLabel: z.string().nullable(),
  igc: IgcSanteInfo.nullable(),
  pem: z.string(),
});
export type TokenCertificate = z.infer<typeof TokenCertificate>;

/** A private key's public facts only. */
export const TokenKey = z.object({
  id: z.string(),
  label: z.string(),
  type: z.enum(['rsa', 'ec', 'other']),
  bits: z.number().int().nullable(),
  /** CKA_SENSITIVE and not CKA_EXTRACTABLE: the key cannot leave the token. */
  nonExtractable: z.boolean(),
  canSign: z.boolean(),
  /** CKA_ID of the certificate it pairs with, if any. */
  paired: z.boolean(),
});
export type TokenKey = z.infer<typeof TokenKey>;

/** The holder of a CPS-family card, read from its certificates and public data objects. */
export const CardHolder = z.object({
  name: z.string().nullable(),
  /** The national identifier (RPPS with its type digit 8, ADELI with 0). */
  nationalId: z
    .object({ type: z.enum(['RPPS', 'ADELI', 'other']), value: z.string(), raw: z.string() })
    .nullable(),
  profession: z.object({ code: z.string().nullable(), label: z.string() }).nullable(),
  cardType: z.string().nullable(),
  /** Text read from the public CPS data objects (CPS_NAME_PS…), when it is readable text. */
  dataObjects: z.array(z.object({ label: z.string(), text: z.string() })),
});
export type CardHolder = z.infer<typeof CardHolder>;

export const TokenContents = z.object({
  module: z.string(),
  slotId: z.string(),
  token: TokenSummary,
  certificates: z.array(TokenCertificate),
  keys: z.array(TokenKey),
  holder: CardHolder.nullable(),
  /** Private objects are only listed after a login; false when the list is the public part. */
  loggedIn: z.boolean(),
});
export type TokenContents = z.infer<typeof TokenContents>;

/** A token named the way the user can find it again (slot ids change between sessions). */
export const TokenRef = z.object({
  module: z.string().min(1).max(4096),
  serial: z.string().min(1).max(64),
});
export type TokenRef = z.infer<typeof TokenRef>;

export const TokensView = z.object({
  modules: z.array(TokenModuleStatus),
  slots: z.array(SlotSummary),
});
export type TokensView = z.infer<typeof TokensView>;
