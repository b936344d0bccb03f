import { homedir } from 'node:os';
import { createMacosKeystore } from '../adapters/keystores/macos/macos-keystore.js';
import { createNssKeystore } from '../adapters/keystores/nss/nss-keystore.js';
import { createNodeCommandRunner } from '../adapters/keystores/run-command.js';
import { createWindowsKeystore } from '../adapters/keystores/windows/windows-keystore.js';
import type { OsKeystore } from '../ports/os-keystore.js';

/**
 * The certificate store adapter of this OS: the Windows CurrentUser and LocalMachine stores,
 * the macOS login keychain, NSS databases elsewhere (Firefox profiles and Chromium under the
 * user's home).
 * VIGIE_KEYSTORE_HOME replaces the home folder the NSS and macOS adapters look in, so the
 * dev bridge and end-to-end tests install into a temp HOME, never the user's browsers.
 */
export const platformKeystore = (
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): OsKeystore => {
  const runner = createNodeCommandRunner();
  const home = env['VIGIE_KEYSTORE_HOME'] || homedir();
  if (platform === 'win32') return createWindowsKeystore({ runner });
  if (platform === 'darwin') return createMacosKeystore({ home, runner });
  return createNssKeystore({ home, runner });
};
