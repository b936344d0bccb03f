import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..');
const START = join(ROOT, 'scripts', 'start.mjs');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const electronBinary = (env: NodeJS.ProcessEnv = process.env): string | null => {
  const r = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(START)}); console.log(JSON.stringify(m.electronBinary()));`,
    ],
    { encoding: 'utf8', env },
  );
  return JSON.parse(r.stdout) as string | null;
};
const electronHere = electronBinary();
if (electronHere)
  console.log(`skipped: npm start without Electron: Electron is installed here (${electronHere})`);

/**
 * A Vigie folder of its own for `npm start` to build in: its builds (dist/cli swapped whole,
 * dist/renderer-bridge emptied) must not pull the built CLI from under the tests that run it
 * meanwhile. The scripts and the launcher are copied (Node runs a symlinked main module from
 * its real path), the sources and node_modules linked.
 */
const isolatedRoot = (): string => {
  const root = tempDir('vigie-start-root-');
  for (const file of ['package.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.base.json', '.npmrc'])
    if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(root, file));
  cpSync(join(ROOT, 'scripts'), join(root, 'scripts'), { recursive: true });
  cpSync(join(ROOT, 'bin'), join(root, 'bin'), { recursive: true });
  for (const dir of ['src', 'assets', 'node_modules'])
    if (existsSync(join(ROOT, dir))) symlinkSync(join(ROOT, dir), join(root, dir), 'junction');
  return root;
};

/** Resolves with everything printed once `pattern` shows in stdout; rejects if the process ends first. */
const waitFor = (child: ChildProcess, pattern: RegExp, output: { text: string }) =>
  new Promise<RegExpMatchArray>((resolve, reject) => {
    const look = (chunk: Buffer) => {
      output.text += chunk.toString('utf8');
      const m = output.text.match(pattern);
      if (m) resolve(m);
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', (chunk: Buffer) => (output.text += chunk.toString('utf8')));
    child.on('exit', (code) => reject(new Error(`ended (${code}) before ${pattern}:\n${output.text}`)));
  });

/** Ends the whole process group (node start.mjs → node bin/vigie.mjs ui) and waits for it. */
const stop = async (child: ChildProcess) => {
  if (child.exitCode !== null || child.pid === undefined) return;
  const ended = new Promise((resolve) => child.on('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  await ended;
};

describe('npm start (scripts/start.mjs)', () => {
  let child: ChildProcess | null = null;
  afterEach(async () => {
    if (child) await stop(child);
    child = null;
  });

  it('finds the Electron binary the way the electron package does, without downloading it', () => {
    const fake = tempDir('vigie-start-electron-');
    mkdirSync(fake, { recursive: true });
    writeFileSync(join(fake, 'electron'), '');
    expect(electronBinary({ ...process.env, ELECTRON_OVERRIDE_DIST_PATH: fake })).toBe(
      join(fake, 'electron'),
    );
    const empty = tempDir('vigie-start-no-electron-');
    expect(electronBinary({ ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty })).toBeNull();
  });

  it.skipIf(electronHere !== null)(
    'without Electron: one sentence, then the browser mode on the given data folder at a working address',
    async () => {
      const dataDir = tempDir('vigie-start-data-');
      const root = isolatedRoot();
      const output = { text: '' };
      child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs'), '--no-open'], {
        cwd: root,
        detached: true, // its own process group, so the test ends it whole
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, VIGIE_DATA_DIR: dataDir },
      });
      const [, url, origin] = await waitFor(
        child,
        /: ((http:\/\/127\.0\.0\.1:\d+)\/#token=[\w-]{43})\n/,
        output,
      );
      expect(output.text.split('\n')[0]).toBe(
        'Le moteur Electron n’est pas installé sur ce poste : Vigie démarre dans votre navigateur, à l’adresse ci-dessous.',
      );
      expect(output.text).toContain(`données / data: ${dataDir}\n`);
      expect(output.text).not.toMatch(/dev bridge|DEV ANCHOR|in memory/i);
      const page = await fetch(`${origin}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/^<!doctype html>/i);
      // The services answer behind the token, and only with it.
      const token = url!.split('#token=')[1]!;
      const info = await fetch(`${origin}/ipc/app.getInfo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-vigie-token': token },
        body: '{}',
      });
      expect(((await info.json()) as { result: { version: string } }).result.version).toBe(VERSION);
      const refused = await fetch(`${origin}/ipc/app.getInfo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(refused.status).toBe(401);
      expect(existsSync(join(dataDir, 'inventory.sqlite'))).toBe(true);
      expect(existsSync(join(root, 'dist', 'renderer-bridge', 'index.html'))).toBe(true);
      await stop(child);
      expect(child.exitCode).toBe(0);
    },
    180_000,
  );
});
