import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_NAME = 'Vigie';

/**
 * The user data folder, computed the way Electron's app.getPath('userData') does, so the
 * CLI and the desktop app share one trust store. VIGIE_DATA_DIR overrides (tests, servers).
 */
export const defaultDataDir = (env: NodeJS.ProcessEnv = process.env, platform = process.platform): string => {
  if (env['VIGIE_DATA_DIR']) return env['VIGIE_DATA_DIR'];
  if (platform === 'win32')
    return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), PRODUCT_NAME);
};

/**
 * What Vigie keeps in its data folder, as the start-up sweep (./start-sweep.ts) knows it.
 * The folder itself and every folder holding key material are owner-only (0700).
 */
export const DATA_FOLDER = {
  /** Encrypted keys (services/vault). */
  vault: 'vault',
  /** Temporary secret material for OS tools (adapters/private-temp.ts). */
  privateTemp: 'private-temp',
  /** The SQLite inventory (adapters/inventory). */
  inventory: 'inventory.sqlite',
  /** The conf / electron-store documents, `<name>.json`. */
  documents: ['orders', 'inventory-settings', 'token-settings'],
  /** What was set aside and already told (app/start-sweep.ts). */
  recoveryJournal: 'recovery.json',
} as const;

export const privateTempDir = (dataDir: string): string => join(dataDir, DATA_FOLDER.privateTemp);

/**
 * Where a Cryptolib CPS install keeps the IGC-Santé CA certificates ("coffre"). Linux is
 * documented by ANS; the Windows and macOS locations are not confirmed, so they are not
 * guessed here — users there import the chain file instead.
 */
export const cryptolibTrustDirs = (platform = process.platform): string[] =>
  platform === 'linux' ? ['/etc/opt/santesocial/CPS/Coffre'] : [];

/** Extra trust folders, path-separated, from VIGIE_TRUST_DIRS (dev bridge, tests). */
export const extraTrustDirs = (
  env: NodeJS.ProcessEnv = process.env,
  separator = process.platform === 'win32' ? ';' : ':',
): string[] => (env['VIGIE_TRUST_DIRS'] ?? '').split(separator).filter((p) => p.length > 0);
