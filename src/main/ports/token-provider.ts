import type {
  ModuleKind,
  PinState,
  TokenError,
  TokenModuleStatus,
  TokenRef,
} from '../../shared/model/token.js';
import type { Result } from '../../shared/result.js';

/**
 * Cards and tokens through PKCS#11 (the adapter: adapters/pkcs11/). One owner of the
 * modules' sessions, so calls never interleave; slow or blocking calls (a PIN typed on a
 * reader's keypad, a key generated on a card) never run on the caller's thread. A PIN is
 * passed for the one operation that needs it and forgotten with it: never kept, never logged.
 */

/** A module to load: a known install location, one the user added, or one from the environment. */
export type TokenModuleSpec = { path: string; origin: TokenModuleStatus['origin']; kind: ModuleKind };

export type TokenInfo = {
  label: string;
  manufacturer: string;
  model: string;
  serial: string;
  pin: PinState;
  writeProtected: boolean;
};

export type SlotInfo = {
  module: string;
  /** The slot handle as the module numbers it now (hex); only valid until the module is reloaded. */
  slotId: string;
  description: string;
  reader: boolean;
  removable: boolean;
  token: TokenInfo | null;
};

/** A certificate object: its value, CKA_ID (hex, uppercase) and label. */
export type TokenCertificateObject = { id: string; label: string; der: Uint8Array };

/** A private key's attributes: never its value (the adapter does not ask for CKA_VALUE and the like). */
export type TokenKeyObject = {
  id: string;
  label: string;
  type: 'rsa' | 'ec' | 'other';
  bits: number | null;
  sensitive: boolean;
  extractable: boolean;
  canSign: boolean;
};

/** A data object (CKO_DATA): its value only when the token lets anyone read it. */
export type TokenDataObject = { label: string; application: string; value: Uint8Array | null };

export type TokenObjects = {
  certificates: TokenCertificateObject[];
  privateKeys: TokenKeyObject[];
  data: TokenDataObject[];
  /** The mechanisms the token's slot offers, by name (CKM_SHA256_RSA_PKCS…). */
  mechanisms: string[];
  /** True when these include the private objects (a login happened). */
  loggedIn: boolean;
};

export type NewTokenKey = {
  bits: 2048 | 3072 | 4096;
  /** CKA_LABEL of both halves. */
  label: string;
  /** CKA_ID (hex) for both halves; the certificate imported later takes the same. */
  id: string;
};

export type TokenProvider = {
  /** The modules looked at and what became of each (loaded, missing, failed). */
  modules(): Promise<TokenModuleStatus[]>;
  /** Every slot of every loaded module, with its token if one is present. */
  slots(): Promise<SlotInfo[]>;
  /** The token's objects: the public ones, or all of them after a login with `pin`. */
  objects(token: TokenRef, pin?: string): Promise<Result<TokenObjects, TokenError>>;
  /** Logs in and out again: checks a PIN (the failure carries the PIN state read right after). */
  checkPin(token: TokenRef, pin: string): Promise<Result<null, TokenError>>;
  /** An RSA key pair generated on the token, private half sensitive and not extractable. */
  generateRsaKey(
    token: TokenRef,
    pin: string,
    key: NewTokenKey,
  ): Promise<Result<{ id: string; spkiDer: Uint8Array }, TokenError>>;
  /** Signs with CKM_SHA256_RSA_PKCS (the module hashes) with the private key of CKA_ID `keyId`. */
  signSha256Rsa(
    token: TokenRef,
    pin: string,
    keyId: string,
    data: Uint8Array,
  ): Promise<Result<Uint8Array, TokenError>>;
  /** Stores a certificate on the token with the CKA_ID of its key. */
  importCertificate(
    token: TokenRef,
    pin: string,
    cert: { der: Uint8Array; id: string; label: string },
  ): Promise<Result<null, TokenError>>;
  /** Called with the new slot list whenever a card or token comes or goes (or a reader). */
  onChange(listener: (slots: SlotInfo[]) => void): () => void;
  /** Unloads the modules and stops watching. */
  close(): Promise<void>;
};
