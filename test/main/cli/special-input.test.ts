import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { STDIN_MAX_BYTES } from '../../../src/main/cli/cli-io.js';
import { runCli } from '../../../src/main/cli/vigie-cli.js';
import { INSI_P12 } from '../../helpers/vectors.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { capture } from './helpers/capture.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BIN = join(ROOT, 'bin', 'vigie.mjs');
const BUILT = existsSync(join(ROOT, 'dist', 'cli', 'vigie.mjs'));
// A command that blocks in open() on a FIFO is killed after this and fails the test.
const SPAWN_TIMEOUT_MS = 4000;

const vigie = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    ...(input === undefined ? { stdio: ['ignore', 'pipe', 'pipe'] } : { input }),
  });

describe.skipIf(process.platform === 'win32')('vigie refuses special files and oversized stdin', () => {
  let dir: string;
  let fifo: string;
  let socketPath: string;
  let server: Server;
  beforeAll(async () => {
    dir = tempDir('vigie-cli-special-');
    process.env['VIGIE_DATA_DIR'] = join(dir, 'data');
    fifo = join(dir, 'cert.pem');
    execFileSync('mkfifo', [fifo]);
    socketPath = join(dir, 'socket.pem');
    server = createServer();
    await new Promise<void>((done) => server.listen(socketPath, done));
  });
  afterAll(async () => {
    await new Promise<void>((done) => server.close(() => done()));
  });

  it(
    'inspect and verify refuse a FIFO, devices, a folder and a socket in-process',
    { timeout: 5000 },
    async () => {
      for (const path of [fifo, '/dev/null', '/dev/zero', dir, socketPath]) {
        for (const command of ['inspect', 'verify']) {
          const c = capture();
          expect(await runCli([command, '--json', path], c.io)).toBe(2);
          expect(JSON.parse(c.out())).toMatchObject({
            error: { code: 'not-a-regular-file', message: expect.any(String), file: path },
          });
        }
      }
      // As --untrusted, --crl and --trust inputs of verify too.
      for (const option of ['--untrusted', '--crl', '--trust']) {
        const c = capture();
        expect(await runCli(['verify', '--json', INSI_P12, option, fifo], c.io)).toBe(2);
        expect(JSON.parse(c.out()).error.code).toBe('not-a-regular-file');
      }
    },
  );

  it('the installed command exits 2 at once on a FIFO (human and JSON output)', (ctx) => {
    if (!BUILT) ctx.skip();
    for (const command of ['inspect', 'verify']) {
      const json = vigie([command, '--json', fifo]);
      expect(json.error).toBeUndefined();
      expect(json.status).toBe(2);
      expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'not-a-regular-file' } });
      const human = vigie([command, '/dev/zero']);
      expect(human.status).toBe(2);
      expect(human.stderr).toMatch(/Not a regular file \(character-device\)/);
    }
  });

  it('an over-long --password-stdin is a typed error, not a stack trace', async () => {
    const c = capture('x'.repeat(STDIN_MAX_BYTES + 1));
    expect(await runCli(['inspect', '--json', '--password-stdin', INSI_P12], c.io)).toBe(2);
    expect(JSON.parse(c.out())).toMatchObject({ error: { code: 'stdin-too-large' } });
    const csr = capture('y'.repeat(STDIN_MAX_BYTES + 10));
    const args = ['csr', '--product', 'ORG_AUTH_CLI', '--structure', '10B0221636', '--org', 'X'];
    const csrArgs = [...args, '--departement', '69', '--cn', 'X', '--passphrase-stdin'];
    expect(await runCli([...csrArgs, '--out', join(dir, 'x.csr')], csr.io)).toBe(2);
    expect(csr.err()).toMatch(/longer than 65536 bytes/);
  });

  it('the installed command stops reading stdin past the cap and exits 2 with JSON', (ctx) => {
    if (!BUILT) ctx.skip();
    const run = vigie(['inspect', '--json', '--password-stdin', INSI_P12], 'p'.repeat(1024 * 1024));
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(/at .*\.mjs/);
    expect(JSON.parse(run.stdout)).toEqual({
      error: {
        code: 'stdin-too-large',
        message: expect.stringMatching(/65536 bytes/),
        detail: { limit: 65536 },
      },
    });
    const human = vigie(['inspect', '--password-stdin', INSI_P12], 'p'.repeat(STDIN_MAX_BYTES + 1));
    expect(human.status).toBe(2);
    expect(human.stderr).toMatch(/^vigie inspect: Standard input is longer than 65536 bytes/);
    // Exactly at the cap is still read (and then refused as a password, which is the 1 KiB rule).
    const atCap = vigie(['inspect', '--json', '--password-stdin', INSI_P12], 'p'.repeat(STDIN_MAX_BYTES));
    expect(JSON.parse(atCap.stdout).error.code).toBe('malformed');
  });
});
