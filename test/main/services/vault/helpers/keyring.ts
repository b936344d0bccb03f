import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { SecretStore } from '../../../../../src/main/ports/secret-store.js';

/**
 * The real OS keychain, seen from outside Vigie with libsecret's secret-tool. Tests that
 * use it skip (saying why) when no Secret Service answers: run them under
 * scripts/with-keyring.sh, which `npm test` does.
 */

const run = (args: string[]) => spawnSync('secret-tool', args, { encoding: 'utf8' });

export const secretToolLookup = (service: string, account: string): string | null => {
  const r = run(['lookup', 'service', service, 'username', account]);
  return r.status === 0 ? r.stdout : null;
};

export const secretToolClear = (service: string, account?: string): void => {
  run(['clear', 'service', service, ...(account === undefined ? [] : ['username', account])]);
};

/** Null when the keychain works end to end here; otherwise why the test cannot run. */
export const keyringSkipReason = async (store: SecretStore, service: string): Promise<string | null> => {
  if (process.platform !== 'linux')
    return 'the keychain tests check the Secret Service with secret-tool (Linux)';
  if (spawnSync('sh', ['-c', 'command -v secret-tool']).status !== 0)
    return 'secret-tool (libsecret-tools) is not installed';
  if (!process.env['DBUS_SESSION_BUS_ADDRESS'])
    return 'no D-Bus session bus, so no Secret Service (run under scripts/with-keyring.sh)';
  if (!(await store.available()))
    return 'no Secret Service answers on the session bus (run under scripts/with-keyring.sh)';
  // A locked keyring answers reads but refuses writes: probe a write too.
  const probe = `probe-${randomUUID()}`;
  const wrote = await store.set(probe, 'probe');
  if (!wrote.ok) return `the Secret Service refuses writes (${wrote.error.message})`;
  const seen = secretToolLookup(service, probe);
  await store.delete(probe);
  if (seen !== 'probe') return 'secret-tool does not see what the keychain stored';
  return null;
};
