import { err, ok, type Result } from '../../../../shared/result.js';
import type { KeystoreTarget, OsKeystore, OsKeystoreError, StoreEntry } from '../../../ports/os-keystore.js';
import { certFacts } from '../cert-facts.js';
import type { CommandRunner } from '../run-command.js';
import { withTempFiles } from '../temp-files.js';
import {
  CA_STORE,
  installScript,
  listScript,
  MY_STORE,
  powershellArgs,
  removeScript,
  ROOT_STORE,
  type CaFile,
} from './powershell-scripts.js';
import { parseCertJson, windowsError } from './windows-output.js';

export type WindowsKeystoreOptions = {
  runner: CommandRunner;
  /** Windows PowerShell 5.1 ships with every supported Windows; pwsh works the same. */
  powershell?: string;
  timeoutMs?: number;
};

type Res<T> = Result<T, OsKeystoreError>;

export const WINDOWS_TARGET: KeystoreTarget = {
  id: 'windows:CurrentUser\\My',
  kind: 'windows-store',
  label: 'Windows — CurrentUser\\My',
  location: MY_STORE,
  exists: true,
  isDefault: true,
  inUse: false,
};

/**
 * The user's personal store, read by Edge, Chrome and most Windows software. LocalMachine
 * needs administrator rights and is out of scope.
 */
export const createWindowsKeystore = (options: WindowsKeystoreOptions): OsKeystore => {
  const exe = options.powershell ?? 'powershell.exe';
  const timeoutMs = options.timeoutMs ?? 30_000;
  // Adding a root to CurrentUser\Root shows a Windows confirmation dialog: give the user time.
  const installTimeoutMs = Math.max(timeoutMs, 180_000);

  const checkTarget = (targetId: string): Res<void> =>
    targetId === WINDOWS_TARGET.id
      ? ok(undefined)
      : err({ code: 'not-found', message: `Unknown store ${targetId}.` });

  const listStore = async (): Promise<Res<StoreEntry[]>> => {
    const outcome = await options.runner(exe, powershellArgs(listScript()), { timeoutMs });
    if (outcome.code !== 0) return err(windowsError(outcome));
    const certs = parseCertJson(outcome.stdout);
    if (!certs) return err({ code: 'failed', message: 'Unreadable certificate list from PowerShell.' });
    return ok(
      certs.map((cert) => {
        const facts = certFacts(cert.der);
        return {
          label: cert.friendlyName || facts.commonName,
          sha256: facts.sha256,
          der: cert.der,
          hasPrivateKey: cert.hasPrivateKey,
        };
      }),
    );
  };

  return {
    id: 'windows',
    listTargets: async () => [WINDOWS_TARGET],

    async installPkcs12(targetId, p12, password, install) {
      const target = checkTarget(targetId);
      if (!target.ok) return target;
      // ReadLine stops at the first line break: such a password cannot travel on stdin.
      if (/[\r\n]/.test(password))
        return err({ code: 'failed', message: 'Passwords with line breaks are not supported.' });
      const before = await listStore();
      if (!before.ok) return before;
      return withTempFiles(async (write) => {
        const p12Path = await write('import.p12', p12);
        const caFiles: CaFile[] = [];
        for (const [index, der] of install.caTrust.entries()) {
          // Roots become anchors in CurrentUser\Root; intermediates only help chain building.
          const store = certFacts(der).isRoot ? ROOT_STORE : CA_STORE;
          caFiles.push({ path: await write(`ca-${index}.cer`, der), store });
        }
        const script = installScript(p12Path, !install.nonExportable, caFiles);
        const outcome = await options.runner(exe, powershellArgs(script), {
          stdin: `${password}\n`,
          timeoutMs: installTimeoutMs,
        });
        if (outcome.code !== 0) return err(windowsError(outcome));
        const after = await listStore();
        if (!after.ok) return after;
        const old = new Set(before.value.map((e) => e.sha256));
        return ok({
          added: after.value.filter((e) => !old.has(e.sha256)).map((e) => e.sha256),
          warnings: [],
        });
      });
    },

    async list(targetId) {
      const target = checkTarget(targetId);
      return target.ok ? listStore() : target;
    },

    async remove(targetId, sha256) {
      const target = checkTarget(targetId);
      if (!target.ok) return target;
      const entries = await listStore();
      if (!entries.ok) return entries;
      const entry = entries.value.find((e) => e.sha256 === sha256.toLowerCase());
      if (!entry) return err({ code: 'not-found', message: 'This certificate is not in the store.' });
      // The store addresses certificates by SHA-1 thumbprint, computed here from the DER.
      const thumbprint = certFacts(entry.der).sha1.toUpperCase();
      const outcome = await options.runner(
        exe,
        powershellArgs(removeScript(thumbprint, entry.hasPrivateKey)),
        {
          timeoutMs,
        },
      );
      return outcome.code === 0 ? ok(undefined) : err(windowsError(outcome));
    },

    async verifyInstalled(targetId, sha256) {
      const target = checkTarget(targetId);
      if (!target.ok) return target;
      const entries = await listStore();
      if (!entries.ok) return entries;
      const entry = entries.value.find((e) => e.sha256 === sha256.toLowerCase());
      return ok({ present: entry !== undefined, hasPrivateKey: entry?.hasPrivateKey ?? false });
    },
  };
};
