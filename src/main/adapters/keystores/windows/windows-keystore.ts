import { err, ok, type Result } from '../../../../shared/result.js';
import type { OsKeystore, OsKeystoreError, StoreEntry } from '../../../ports/os-keystore.js';
import { certFacts } from '../cert-facts.js';
import type { CommandRunner } from '../run-command.js';
import { withTempFiles } from '../temp-files.js';
import {
  elevationScript,
  installScript,
  listScript,
  powershellArgs,
  removeScript,
  type CaFile,
  type StoreLocation,
} from './powershell-scripts.js';
import { parseCertJson, parseElevation, windowsError } from './windows-output.js';
import { locationOf, windowsTargets } from './windows-targets.js';

export type WindowsKeystoreOptions = {
  runner: CommandRunner;
  /** Windows PowerShell 5.1 ships with every supported Windows; pwsh works the same. */
  powershell?: string;
  timeoutMs?: number;
};

type Res<T> = Result<T, OsKeystoreError>;

/** CurrentUser\My (default) and LocalMachine\My (writable only when elevated). */
export const createWindowsKeystore = (options: WindowsKeystoreOptions): OsKeystore => {
  const exe = options.powershell ?? 'powershell.exe';
  const timeoutMs = options.timeoutMs ?? 30_000;
  // Adding a root to CurrentUser\Root shows a Windows confirmation dialog: give the user time.
  const installTimeoutMs = Math.max(timeoutMs, 180_000);

  // A process's elevation never changes, so one definite answer is kept; an unclear one
  // (timeout, odd output) counts as not elevated and is asked again next time.
  let elevated: boolean | null = null;
  const isElevated = async (): Promise<boolean> => {
    if (elevated !== null) return elevated;
    elevated = parseElevation(await options.runner(exe, powershellArgs(elevationScript()), { timeoutMs }));
    return elevated ?? false;
  };

  const resolve = (targetId: string): Res<StoreLocation> => {
    const location = locationOf(targetId);
    return location ? ok(location) : err({ code: 'not-found', message: `Unknown store ${targetId}.` });
  };

  /** Writes into LocalMachine are refused up front without elevation (reads are allowed). */
  const writable = async (targetId: string): Promise<Res<StoreLocation>> => {
    const location = resolve(targetId);
    if (!location.ok || location.value === 'CurrentUser' || (await isElevated())) return location;
    return err({ code: 'access-denied', message: 'LocalMachine\\My needs Vigie to run as administrator.' });
  };

  const listStore = async (location: StoreLocation): Promise<Res<StoreEntry[]>> => {
    const outcome = await options.runner(exe, powershellArgs(listScript(location)), { timeoutMs });
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
    listTargets: async () => windowsTargets(await isElevated()),

    async installPkcs12(targetId, p12, password, install) {
      const location = await writable(targetId);
      if (!location.ok) return location;
      // ReadLine stops at the first line break: such a password cannot travel on stdin.
      if (/[\r\n]/.test(password))
        return err({ code: 'failed', message: 'Passwords with line breaks are not supported.' });
      const before = await listStore(location.value);
      if (!before.ok) return before;
      return withTempFiles(async (write) => {
        const p12Path = await write('import.p12', p12);
        const caFiles: CaFile[] = [];
        for (const [index, der] of install.caTrust.entries()) {
          // Roots become anchors in <location>\Root; intermediates only help chain building.
          const store = certFacts(der).isRoot ? 'Root' : 'CA';
          caFiles.push({ path: await write(`ca-${index}.cer`, der), store });
        }
        const script = installScript(location.value, p12Path, !install.nonExportable, caFiles);
        const outcome = await options.runner(exe, powershellArgs(script), {
          stdin: `${password}\n`,
          timeoutMs: installTimeoutMs,
        });
        if (outcome.code !== 0) return err(windowsError(outcome));
        const after = await listStore(location.value);
        if (!after.ok) return after;
        const old = new Set(before.value.map((e) => e.sha256));
        return ok({
          added: after.value.filter((e) => !old.has(e.sha256)).map((e) => e.sha256),
          warnings: [],
        });
      });
    },

    async list(targetId) {
      const location = resolve(targetId);
      return location.ok ? listStore(location.value) : location;
    },

    async remove(targetId, sha256) {
      const location = await writable(targetId);
      if (!location.ok) return location;
      const entries = await listStore(location.value);
      if (!entries.ok) return entries;
      const entry = entries.value.find((e) => e.sha256 === sha256.toLowerCase());
      if (!entry) return err({ code: 'not-found', message: 'This certificate is not in the store.' });
      // The store addresses certificates by SHA-1 thumbprint, computed here from the DER.
      const thumbprint = certFacts(entry.der).sha1.toUpperCase();
      const script = removeScript(location.value, thumbprint, entry.hasPrivateKey);
      const outcome = await options.runner(exe, powershellArgs(script), { timeoutMs });
      return outcome.code === 0 ? ok(undefined) : err(windowsError(outcome));
    },

    async verifyInstalled(targetId, sha256) {
      const location = resolve(targetId);
      if (!location.ok) return location;
      const entries = await listStore(location.value);
      if (!entries.ok) return entries;
      const entry = entries.value.find((e) => e.sha256 === sha256.toLowerCase());
      return ok({ present: entry !== undefined, hasPrivateKey: entry?.hasPrivateKey ?? false });
    },
  };
};
