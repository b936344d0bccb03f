import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CliIo } from '../../../src/main/cli/cli-io.js';
import { runUi, type UiDeps, type UiSession } from '../../../src/main/cli/ui-command.js';
import { uiDeps, uiPaths } from '../../../src/main/cli/ui-deps.js';
import { tempDir } from '../../helpers/temp-dir.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CLI = join(ROOT, 'bin', 'vigie.mjs');

const captureIo = () => {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => void (out.stdout += `${t}\n`),
    stderr: (t) => void (out.stderr += `${t}\n`),
    readStdin: async () => '',
  };
  return { io, out };
};

const fakeSession = (): UiSession => ({
  url: 'http://127.0.0.1:4242/#token=abc',
  dataDir: '/data',
  exportsDir: '/data/exports',
  network: true,
  keychain: true,
  stop: vi.fn(async () => undefined),
});

const fakeDeps = (over: Partial<UiDeps> = {}): UiDeps => ({
  missingBuild: () => null,
  start: vi.fn(async () => fakeSession()),
  open: vi.fn(() => true),
  untilStopped: async () => undefined,
  ...over,
});

describe('vigie ui: arguments and messages', () => {
  it('prints the address, opens the browser, and stops when told to', async () => {
    const { io, out } = captureIo();
    const session = fakeSession();
    const deps = fakeDeps({ start: vi.fn(async () => session) });
    expect(await runUi([], io, deps)).toBe(0);
    expect(out.stdout).toContain('open this address: http://127.0.0.1:4242/#token=abc\n');
    expect(deps.start).toHaveBeenCalledWith(undefined);
    expect(deps.open).toHaveBeenCalledWith(session.url);
    expect(session.stop).toHaveBeenCalled();
  });

  it('--no-open only prints; --port is passed on', async () => {
    const { io } = captureIo();
    const deps = fakeDeps();
    expect(await runUi(['--no-open', '--port', '8123'], io, deps)).toBe(0);
    expect(deps.open).not.toHaveBeenCalled();
    expect(deps.start).toHaveBeenCalledWith(8123);
  });

  it.each([[['--port', 'abc']], [['--port', '0']], [['--port', '70000']], [['--verbose']], [['extra']]])(
    'refuses %j as a usage error',
    async (args) => {
      const { io, out } = captureIo();
      const deps = fakeDeps();
      expect(await runUi(args, io, deps)).toBe(2);
      expect(deps.start).not.toHaveBeenCalled();
      expect(out.stderr).toMatch(/^vigie ui: /);
    },
  );

  it('says in one sentence how to build what is missing', async () => {
    const { io, out } = captureIo();
    const paths = { rendererDir: tempDir('vigie-ui-none-'), workersDir: tempDir('vigie-ui-none-') };
    expect(await runUi(['--no-open'], io, uiDeps('0.0.0', paths))).toBe(1);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain('run `node scripts/start.mjs --build-only`');
  });

  it('a port in use: one line, exit 1', async () => {
    const { io, out } = captureIo();
    const inUse = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
    const deps = fakeDeps({ start: async () => Promise.reject(inUse) });
    expect(await runUi(['--port', '8123'], io, deps)).toBe(1);
    expect(out.stderr).toBe('vigie ui: could not start on port 8123: this port is already in use\n');
  });

  it('says when the keychain or the network is not there', async () => {
    const { io, out } = captureIo();
    const deps = fakeDeps({ start: async () => ({ ...fakeSession(), keychain: false, network: false }) });
    expect(await runUi(['--no-open'], io, deps)).toBe(0);
    expect(out.stdout).toContain('OS keychain unavailable: the key vault will ask for a passphrase.');
    expect(out.stdout).toContain('network off');
  });
});

// Built by npm test before vitest (scripts/test-all.sh): not rebuilt here, other tests run the CLI meanwhile.
const workersBuilt = existsSync(join(uiPaths(ROOT).workersDir, 'inspection-worker.mjs'));
const cliBuilt = existsSync(join(ROOT, 'dist', 'cli', 'vigie.mjs'));
const rendererBuilt = existsSync(join(uiPaths(ROOT).rendererDir, 'index.html'));
if (!workersBuilt || !cliBuilt || !rendererBuilt)
  console.log(
    'skipped: vigie ui for real: dist/local, dist/cli or dist/renderer-bridge is not built (npm test builds them first)',
  );

/** The real local mode (src/main/dev-bridge/local-mode.ts) on a temp data folder. */
describe.skipIf(!workersBuilt)('vigie ui: the local browser mode', () => {
  const env = { ...process.env };
  let dataDir: string;
  beforeAll(() => {
    dataDir = tempDir('vigie-ui-data-');
    process.env['VIGIE_DATA_DIR'] = dataDir;
  });
  afterAll(() => {
    process.env['VIGIE_DATA_DIR'] = env['VIGIE_DATA_DIR'];
    if (env['VIGIE_DATA_DIR'] === undefined) delete process.env['VIGIE_DATA_DIR'];
  });

  it('serves the renderer on 127.0.0.1 behind a token, on the data folder given, then stops', async () => {
    const rendererDir = tempDir('vigie-ui-renderer-');
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Vigie test</title>');
    const { io, out } = captureIo();
    let stopNow = () => undefined as void;
    const stopped = new Promise<void>((resolve) => (stopNow = resolve));
    const deps = { ...uiDeps('9.9.9', { ...uiPaths(ROOT), rendererDir }), untilStopped: () => stopped };
    const running = runUi(['--no-open'], io, deps);
    await vi.waitFor(() => expect(out.stdout).toContain('#token='), { timeout: 20_000 });
    const [, origin, token] = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([\w-]+)/.exec(out.stdout)!;
    expect(out.stdout).toContain(`données / data: ${dataDir}\n`);
    expect(await (await fetch(`${origin}/`)).text()).toContain('Vigie test');
    const info = await fetch(`${origin}/ipc/app.getInfo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-vigie-token': token! },
      body: '{}',
    });
    expect(await info.json()).toEqual({
      result: { version: '9.9.9', platform: process.platform, runtime: 'browser' },
    });
    stopNow();
    expect(await running).toBe(0);
    await expect(fetch(`${origin}/`)).rejects.toThrow();
  });

  const rendererBuilt = existsSync(join(uiPaths(ROOT).rendererDir, 'index.html'));
  if (!rendererBuilt)
    console.log('skipped: the built `vigie ui`: dist/renderer-bridge is not built (npm start builds it)');
  it.skipIf(!rendererBuilt)(
    'the built CLI: `vigie ui --no-open` prints a working address and stops on SIGTERM',
    async () => {
      let text = '';
      const child: ChildProcess = spawn(process.execPath, [CLI, 'ui', '--no-open'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, VIGIE_DATA_DIR: dataDir },
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      try {
        const origin = await new Promise<string>((resolve, reject) => {
          child.stdout!.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
            const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=[\w-]{43}\n/.exec(text);
            if (m) resolve(m[1]!);
          });
          child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          child.on('exit', () => reject(new Error(`vigie ui ended:\n${text}`)));
        });
        const page = await fetch(`${origin}/`);
        expect(page.status).toBe(200);
        expect(await page.text()).toMatch(/^<!doctype html>/i);
      } finally {
        child.kill('SIGTERM');
      }
      expect(await exited).toBe(0);
    },
    60_000,
  );
});
