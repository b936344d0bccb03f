import { spawn } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNssKeystore } from '../../../src/main/adapters/keystores/nss/nss-keystore.js';
import type { CommandRunner } from '../../../src/main/adapters/keystores/run-command.js';
import { usePrivateTempRoot } from '../../../src/main/adapters/private-temp.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { bundleScript } from '../services/vault/helpers/bundle-script.js';
import { composeOn, modeOf } from './crash-helpers.js';

const CHILD = fileURLToPath(new URL('./fixtures/install-child.ts', import.meta.url));
const PASSWORD = 'one-time password of the install';

type Handed = { p12: string; password: string };

/** Runs the child until its pk12util is called, reports the files it was handed, then SIGKILLs it. */
const installThenKill = (script: string, dataDir: string, home: string, osTemp: string) =>
  new Promise<{ handed: Handed; pid: number; whileRunning: Map<string, number> }>((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir, home], {
      env: { ...process.env, TMPDIR: osTemp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let result: { handed: Handed; whileRunning: Map<string, number> } | null = null;
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', async (d: string) => {
      stdout += d;
      if (!stdout.includes('\n') || result) return;
      const handed = JSON.parse(stdout.split('\n')[0]!) as Handed;
      // Mid-operation: both files are there, private.
      const whileRunning = new Map<string, number>();
      for (const path of [handed.p12, handed.password]) whileRunning.set(path, await modeOf(path));
      whileRunning.set(join(handed.p12, '..'), await modeOf(join(handed.p12, '..')));
      expect(await readFile(handed.password, 'utf8')).toBe(PASSWORD);
      result = { handed, whileRunning };
      child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && result) resolve({ ...result, pid: child.pid! });
      else reject(new Error(`child ended by itself (${code} ${signal}): ${stderr}`));
    });
  });

describe('an install interrupted leaves no key material once Vigie starts again', () => {
  let script: { file: string; remove: () => Promise<void> };
  beforeAll(async () => {
    script = await bundleScript(CHILD);
  }, 60_000);
  afterAll(() => script.remove());

  it('killed mid-pk12util: the PKCS#12 and its password file were in <data>/private-temp, the next start removes them', async () => {
    const dataDir = tempDir('vigie-install-killed-');
    const home = tempDir('vigie-install-home-');
    const osTemp = tempDir('vigie-install-ostmp-');
    const { handed, pid, whileRunning } = await installThenKill(script.file, dataDir, home, osTemp);

    const privateTemp = join(dataDir, 'private-temp');
    const folder = join(handed.p12, '..');
    expect(folder.startsWith(`${privateTemp}/${pid}-`)).toBe(true);
    expect(join(handed.password, '..')).toBe(folder);
    expect(whileRunning.get(folder)).toBe(0o700);
    expect(whileRunning.get(handed.p12)).toBe(0o600);
    expect(whileRunning.get(handed.password)).toBe(0o600);
    // The shared OS temp folder was never used.
    expect(await readdir(osTemp)).toEqual([]);
    // The kill left them, as a crash would.
    expect((await readdir(folder)).sort()).toEqual(['import.p12', 'p12.pw']);

    // The next start (compose.ts start() → the start-up sweep): nothing left.
    const { core } = composeOn(dataDir);
    await core.start();
    await core.stop();
    expect(await readdir(privateTemp)).toEqual([]);
    await expect(stat(handed.password)).rejects.toThrow(/ENOENT/);
  }, 60_000);

  it('a tool that throws or fails mid-install: the folder is removed at once (finally)', async () => {
    const dataDir = tempDir('vigie-install-throws-');
    const home = tempDir('vigie-install-home-');
    const privateTemp = join(dataDir, 'private-temp');
    usePrivateTempRoot(privateTemp);
    try {
      const seen: string[] = [];
      const runner =
        (pk12util: 'throw' | 'fail'): CommandRunner =>
        async (tool, args) => {
          if (tool !== 'pk12util') return { code: 0, stdout: '', stderr: '' };
          seen.push(args[args.indexOf('-i') + 1]!);
          if (pk12util === 'throw') throw new Error('runner crashed');
          return { code: 255, stdout: '', stderr: 'pk12util: PKCS12 decode failed' };
        };
      const target = `nss:${join(home, '.pki', 'nssdb')}`;
      const p12 = new Uint8Array(64).fill(1);
      const options = { caTrust: [], nonExportable: false };
      await expect(
        createNssKeystore({ home, runner: runner('throw') }).installPkcs12(target, p12, PASSWORD, options),
      ).rejects.toThrow('runner crashed');
      const failed = await createNssKeystore({ home, runner: runner('fail') }).installPkcs12(
        target,
        p12,
        PASSWORD,
        options,
      );
      expect(failed.ok).toBe(false);
      expect(seen).toHaveLength(2);
      for (const path of seen) expect(path.startsWith(`${privateTemp}/${process.pid}-`)).toBe(true);
      expect(await readdir(privateTemp)).toEqual([]);
    } finally {
      usePrivateTempRoot(null);
    }
  });
});
