import type { Result } from '../../shared/result.js';

/**
 * One certificate store of the operating system or of an application that browsers and
 * mail clients read: an NSS database (Firefox profile, Chromium), the Windows
 * CurrentUser\My or LocalMachine\My store, the macOS login keychain.
 */
export type KeystoreTarget = {
  /** Stable id the adapter resolves again on every call (callers never pass paths). */
  id: string;
  kind: 'nss' | 'windows-store' | 'macos-keychain';
  /** Human label, e.g. "Firefox — profil default-release". */
  label: string;
  /** Folder, store path or keychain file, for display and diagnostics. */
  location: string;
  /** False when the store is not created yet (installing may create it, listing never does). */
  exists: boolean;
  isDefault: boolean;
  /** The owning application is running (a Firefox profile lock): writes are refused. */
  inUse: boolean;
  /** Writable only by an elevated (administrator) process, and this one is not. */
  needsAdmin: boolean;
};

export type StoreEntry = {
  label: string;
  /** Lower-case hex SHA-256 of the DER certificate. */
  sha256: string;
  der: Uint8Array;
  hasPrivateKey: boolean;
  /** NSS trust flags as certutil shows them ("C,C,", "u,u,u"); absent on other stores. */
  trust?: string;
};

export type OsKeystoreErrorCode =
  | 'tool-missing'
  | 'wrong-password'
  | 'db-locked'
  /** The store asks for its own password (NSS primary password): not supported yet. */
  | 'db-protected'
  /** The store needs rights this process lacks (Windows LocalMachine without elevation). */
  | 'access-denied'
  | 'not-found'
  | 'failed';

export type OsKeystoreError = {
  code: OsKeystoreErrorCode;
  message: string;
  /** A bounded excerpt of the tool's error output, for the details pane. */
  detail?: string;
};

export type InstallOptions = {
  /** DER CA certificates to add: roots become trust anchors, intermediates only help path building. */
  caTrust: Uint8Array[];
  /** Ask the store to mark the private key non-exportable (ignored where it cannot: see warnings). */
  nonExportable: boolean;
};

export type InstallReport = {
  /** SHA-256 of the certificates that were not in the store before. */
  added: string[];
  warnings: Array<'non-exportable-unsupported'>;
};

export type InstalledState = { present: boolean; hasPrivateKey: boolean; trust?: string };

export type OsKeystore = {
  readonly id: string;
  listTargets(): Promise<KeystoreTarget[]>;
  installPkcs12(
    targetId: string,
    p12: Uint8Array,
    password: string,
    options: InstallOptions,
  ): Promise<Result<InstallReport, OsKeystoreError>>;
  list(targetId: string): Promise<Result<StoreEntry[], OsKeystoreError>>;
  /** Removes the certificate and, when the store holds it, its private key. */
  remove(targetId: string, sha256: string): Promise<Result<void, OsKeystoreError>>;
  /** Reads the store back: is this certificate there, with its key and trust? */
  verifyInstalled(targetId: string, sha256: string): Promise<Result<InstalledState, OsKeystoreError>>;
};
