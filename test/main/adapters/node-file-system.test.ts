import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { cliFileSystem, nodeFileSystem } from '../../../src/main/adapters/node-file-system.js';
import { FileTooLargeError } from '../../../src/main/ports/file-system.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('node file system adapter', () => {
  let dir: string;
  beforeEach(async () => {
    dir = tempDir('vigie-fs-');
  });

  it('writes atomically: the new content, the mode asked for, no temp file left', async () => {
    const path = join(dir, 'anchor.cer');
    await writeFile(path, 'old');
    await nodeFileSystem.writeFileAtomic(path, new TextEncoder().encode('new'), 0o600);
    expect(await readFile(path, 'utf8')).toBe('new');
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['anchor.cer']);
  });

  it('keeps the old file when a write cannot complete', async () => {
    const path = join(dir, 'missing-folder', 'x.cer');
    await expect(nodeFileSystem.writeFileAtomic(path, new Uint8Array([1]))).rejects.toThrow();
    const kept = join(dir, 'kept.cer');
    await writeFile(kept, 'old');
    // A directory where the file should go makes rename fail after the temp file exists.
    const blocked = join(dir, 'blocked');
    await nodeFileSystem.ensureDir(join(blocked, 'inner'));
    await expect(nodeFileSystem.writeFileAtomic(blocked, new Uint8Array([1]))).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['blocked', 'kept.cer']);
    expect(await readFile(kept, 'utf8')).toBe('old');
  });

  it('refuses a file over the cap before reading it', async () => {
    const path = join(dir, 'big.bin');
    await writeFile(path, Buffer.alloc(2048));
    await expect(nodeFileSystem.readFile(path, 1024)).rejects.toBeInstanceOf(FileTooLargeError);
    expect((await nodeFileSystem.readFile(path, 4096)).length).toBe(2048);
  });

  it('lists folders and tells what exists', async () => {
    await writeFile(join(dir, 'a'), '');
    await nodeFileSystem.ensureDir(join(dir, 'b'));
    const entries = await nodeFileSystem.listDir(dir);
    expect(entries.map((e) => [e.name, e.isFile]).sort()).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(await nodeFileSystem.exists(join(dir, 'a'))).toBe(true);
    expect(await nodeFileSystem.exists(join(dir, 'zz'))).toBe(false);
  });

  it('removes a file, shrugs at one already gone, and never removes a folder', async () => {
    const path = join(dir, 'key.p8');
    await writeFile(path, 'x');
    await nodeFileSystem.remove(path);
    expect(await nodeFileSystem.exists(path)).toBe(false);
    await expect(nodeFileSystem.remove(path)).resolves.toBeUndefined();
    await nodeFileSystem.ensureDir(join(dir, 'folder', 'inner'));
    await expect(nodeFileSystem.remove(join(dir, 'folder'))).rejects.toThrow();
    expect(await nodeFileSystem.exists(join(dir, 'folder', 'inner'))).toBe(true);
  });

  it.each([
    ['the app', nodeFileSystem],
    ['the command line', cliFileSystem],
  ])('says what a path is, links followed, for %s', async (_, fs) => {
    await writeFile(join(dir, 'a.pem'), 'abc');
    symlinkSync(join(dir, 'a.pem'), join(dir, 'link.pem'));
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const file = await fs.fileInfo(join(dir, 'a.pem'));
    expect(file).toMatchObject({ kind: 'file', size: 3 });
    expect(file?.mtimeMs).toBe((await stat(join(dir, 'a.pem'))).mtimeMs);
    expect((await fs.fileInfo(join(dir, 'link.pem')))?.id).toBe(file?.id);
    expect((await fs.fileInfo(dir))?.kind).toBe('directory');
    expect((await fs.fileInfo(join(dir, 'pipe')))?.kind).toBe('other');
    expect(await fs.fileInfo(join(dir, 'missing'))).toBeNull();
    expect(await fs.fileInfo(join(dir, 'a.pem', 'below-a-file'))).toBeNull();
    const entries = await fs.listDir(dir);
    expect(entries.find((e) => e.name === 'link.pem')).toMatchObject({ isFile: false, isDirectory: false });
  });
});
