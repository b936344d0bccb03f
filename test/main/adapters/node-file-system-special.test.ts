import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { cliFileSystem, nodeFileSystem } from '../../../src/main/adapters/node-file-system.js';
import type { FileSystem } from '../../../src/main/ports/file-system.js';
import { NotRegularFileError, readFailure } from '../../../src/main/ports/file-system.js';
import { tempDir } from '../../helpers/temp-dir.js';

// Each read must settle well within the test timeout: a FIFO that blocks open() fails it.
const TIMEOUT = { timeout: 3000 };

const refusal = async (path: string, fs: FileSystem = nodeFileSystem) => {
  const error: unknown = await fs.readFile(path, 1024).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NotRegularFileError);
  return error as NotRegularFileError;
};

describe.skipIf(process.platform === 'win32')('node file system adapter: special files', () => {
  let dir: string;
  let server: Server | undefined;
  beforeEach(() => {
    dir = tempDir('vigie-fs-special-');
  });
  afterEach(async () => {
    await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
    server = undefined;
  });

  it('refuses a FIFO by type without blocking on open', TIMEOUT, async () => {
    const fifo = join(dir, 'cert.pem');
    execFileSync('mkfifo', [fifo]);
    expect((await refusal(fifo)).kind).toBe('fifo');
  });

  it(
    'refuses a FIFO swapped in after a listing said "regular file", without blocking on open',
    TIMEOUT,
    async () => {
      const fifo = join(dir, 'swapped.pem');
      execFileSync('mkfifo', [fifo]);
      for (const fs of [nodeFileSystem, cliFileSystem]) {
        const error: unknown = await fs.readFileWithInfo(fifo, 1024, true).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(NotRegularFileError);
        expect((error as NotRegularFileError).kind).toBe('fifo');
      }
    },
  );

  it('refuses character devices (/dev/null, /dev/zero)', TIMEOUT, async () => {
    expect((await refusal('/dev/null')).kind).toBe('character-device');
    expect((await refusal('/dev/zero')).kind).toBe('character-device');
  });

  it('refuses a folder and a unix socket', TIMEOUT, async () => {
    expect((await refusal(dir)).kind).toBe('directory');
    const socketPath = join(dir, 'socket.pem');
    server = createServer();
    await new Promise<void>((done) => server!.listen(socketPath, done));
    expect((await refusal(socketPath)).kind).toBe('socket');
  });

  it('follows a link to a regular file, refuses a link to a FIFO', TIMEOUT, async () => {
    const file = join(dir, 'real.pem');
    await writeFile(file, 'abc');
    await symlink(file, join(dir, 'link.pem'));
    expect(Buffer.from(await nodeFileSystem.readFile(join(dir, 'link.pem'), 1024)).toString()).toBe('abc');
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    await symlink(join(dir, 'fifo'), join(dir, 'fifo-link.pem'));
    expect((await refusal(join(dir, 'fifo-link.pem'))).kind).toBe('fifo');
  });

  it(
    'the command line’s blocking reads refuse the same files the same way, and read the rest',
    TIMEOUT,
    async () => {
      const fifo = join(dir, 'fifo.pem');
      execFileSync('mkfifo', [fifo]);
      expect((await refusal(fifo, cliFileSystem)).kind).toBe('fifo');
      expect((await refusal('/dev/zero', cliFileSystem)).kind).toBe('character-device');
      expect((await refusal(dir, cliFileSystem)).kind).toBe('directory');
      const file = join(dir, 'real.pem');
      await writeFile(file, 'abcdef');
      expect(Buffer.from(await cliFileSystem.readFile(file, 1024)).toString()).toBe('abcdef');
      await expect(cliFileSystem.readFile(file, 3)).rejects.toThrow(/6 bytes/);
    },
  );

  it('maps the refusal to the typed read error the app and the CLI report', () => {
    expect(readFailure(new NotRegularFileError('/x', 'fifo'), 10)).toMatchObject({
      code: 'not-a-regular-file',
      detail: { kind: 'fifo' },
    });
    const gone = Object.assign(new Error('gone'), { code: 'ENOENT' });
    expect(readFailure(gone, 10)).toEqual({ code: 'io-error', message: 'Cannot read file: ENOENT' });
  });
});
