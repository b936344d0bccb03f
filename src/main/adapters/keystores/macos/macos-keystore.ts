import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { err, ok, type Result } from '../../../../shared/result.js';
import type { KeystoreTarget, OsKeystore, OsKeystoreError, StoreEntry } from '../../../ports/os-keystore.js';
import { certFacts } from '../cert-facts.js';
import type { CommandRunner } from '../run-command.js';
import { withTempFiles } from '../temp-files.js';
import { isDuplicate, parseFindCertificate, parseFindIdentity, securityError } from './security-output.js';

export type MacosKeystoreOptions = {
  home: string;
  runner: CommandRunner;
  /**
   * `security import` only takes the password as `-P <password>`, visible to `ps`. By
   * default it is left out and macOS asks for it in its own secure dialog; unattended
   * installs (no GUI session) may opt in to argv for the few milliseconds of the import.
   */
  passwordOnArgv?: boolean;
  timeoutMs?: number;
};

type Res<T> = Result<T, OsKeystoreError>;

const SECURITY = '/usr/bin/security';

export const macosLoginKeychain = (home: string): string =>
  join(home, 'Library', 'Keychains', 'login.keychain-db');

export const createMacosKeystore = (options: MacosKeystoreOptions): OsKeystore => {
  const keychain = macosLoginKeychain(options.home);
  const timeoutMs = options.timeoutMs ?? 30_000;
  // Password and trust dialogs wait for the user.
  const interactiveMs = Math.max(timeoutMs, 180_000);
  const run = (args: string[], ms = timeoutMs) => options.runner(SECURITY, args, { timeoutMs: ms });

  const target = async (): Promise<KeystoreTarget> => ({
    id: 'macos:login',
    kind: 'macos-keychain',
    label: 'macOS — trousseau de session (login)',
    location: keychain,
    exists: await access(keychain).then(
      () => true,
      () => false,
    ),
    isDefault: true,
    inUse: false,
    needsAdmin: false,
  });

  const checkTarget = (targetId: string): Res<void> =>
    targetId === 'macos:login'
      ? ok(undefined)
      : err({ code: 'not-found', message: `Unknown store ${targetId}.` });

  const listKeychain = async (): Promise<Res<StoreEntry[]>> => {
    const certs = await run(['find-certificate', '-a', '-Z', '-p', keychain]);
    // An empty keychain makes find-certificate exit 44 (errSecItemNotFound) with no output.
    if (certs.code !== 0 && !(certs.code === 44 && certs.stdout.trim() === ''))
      return err(securityError(certs));
    const identities = await run(['find-identity', keychain]);
    if (identities.code !== 0) return err(securityError(identities));
    const withKey = parseFindIdentity(identities.stdout);
    return ok(
      parseFindCertificate(certs.stdout).map((der) => {
        const facts = certFacts(der);
        return {
          label: facts.commonName,
          sha256: facts.sha256,
          der,
          hasPrivateKey: withKey.has(facts.sha1.toUpperCase()),
        };
      }),
    );
  };

  return {
    id: 'macos',
    listTargets: async () => [await target()],

    async installPkcs12(targetId, p12, password, install) {
      const checked = checkTarget(targetId);
      if (!checked.ok) return checked;
      const before = await listKeychain();
      if (!before.ok) return before;
      return withTempFiles(async (write) => {
        const p12Path = await write('import.p12', p12);
        // An empty password is no secret; a real one goes on argv only when the caller opted in.
        const passwordArgs = password === '' || options.passwordOnArgv ? ['-P', password] : [];
        const args = ['import', p12Path, '-k', keychain, '-f', 'pkcs12', ...passwordArgs];
        // -x: the private key is marked non-extractable in the keychain.
        if (install.nonExportable) args.push('-x');
        const imported = await run(args, interactiveMs);
        if (imported.code !== 0 && !isDuplicate(imported)) return err(securityError(imported));

        for (const [index, der] of install.caTrust.entries()) {
          const caPath = await write(`ca-${index}.cer`, der);
          // Roots: user trust settings limited to TLS and S/MIME (same scope as NSS "C,C,").
          // Intermediates are only stored, for chain building.
          const caArgs = certFacts(der).isRoot
            ? ['add-trusted-cert', '-r', 'trustRoot', '-p', 'ssl', '-p', 'smime', '-k', keychain, caPath]
            : ['add-certificates', '-k', keychain, caPath];
          const added = await run(caArgs, interactiveMs);
          if (added.code !== 0 && !isDuplicate(added)) return err(securityError(added));
        }
        const after = await listKeychain();
        if (!after.ok) return after;
        const old = new Set(before.value.map((e) => e.sha256));
        return ok({
          added: after.value.filter((e) => !old.has(e.sha256)).map((e) => e.sha256),
          warnings: [],
        });
      });
    },

    async list(targetId) {
      const checked = checkTarget(targetId);
      return checked.ok ? listKeychain() : checked;
    },

    async remove(targetId, sha256) {
      const checked = checkTarget(targetId);
      if (!checked.ok) return checked;
      const entries = await listKeychain();
      if (!entries.ok) return entries;
      const entry = entries.value.find((e) => e.sha256 === sha256.toLowerCase());
      if (!entry) return err({ code: 'not-found', message: 'This certificate is not in the keychain.' });
      const sha1 = certFacts(entry.der).sha1.toUpperCase();
      // delete-identity removes the certificate and its private key together.
      const verb = entry.hasPrivateKey ? 'delete-identity' : 'delete-certificate';
      const removed = await run([verb, '-Z', sha1, keychain]);
      return removed.code === 0 ? ok(undefined) : err(securityError(removed));
    },

    async verifyInstalled(targetId, sha256) {
      const checked = checkTarget(targetId);
      if (!checked.ok) return checked;
      const entries = await listKeychain();
      if (!entries.ok) return entries;
      const entry = entries.value.find((e) => e.sha256 === sha256.toLowerCase());
      return ok({ present: entry !== undefined, hasPrivateKey: entry?.hasPrivateKey ?? false });
    },
  };
};
