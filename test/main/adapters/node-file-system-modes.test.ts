import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  atomicTempName,
  atomicTempWriter,
  nodeFileSystem,
} from '../../../src/main/adapters/node-file-system.js';
import { tempDir } from '../../helpers/temp-dir.js';

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe('node file system: folder modes and temp names', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('vigie-fs-modes-');
  });

  it('creates a private folder and its missing parents 0700', async () => {
    const inner = join(dir, 'data', 'vault');
    await nodeFileSystem.ensureDir(inner, 0o700);
    expect(await modeOf(join(dir, 'data'))).toBe(0o700);
    expect(await modeOf(inner)).toBe(0o700);
  });

  it('narrows an existing folder with wider permissions, never widens a narrower one', async () => {
    const wide = join(dir, 'wide');
    await mkdir(wide);
    await chmod(wide, 0o755);
    await nodeFileSystem.ensureDir(wide, 0o700);
    expect(await modeOf(wide)).toBe(0o700);
    const narrow = join(dir, 'narrow');
    await mkdir(narrow);
    await chmod(narrow, 0o500);
    await nodeFileSystem.ensureDir(narrow, 0o700);
    expect(await modeOf(narrow)).toBe(0o500);
  });

  it('leaves folders without a mode as the umask makes them', async () => {
    const plain = join(dir, 'crl-cache');
    await mkdir(plain);
    await chmod(plain, 0o755);
    await nodeFileSystem.ensureDir(plain);
    expect(await modeOf(plain)).toBe(0o755);
  });

  it('names atomic-write temp files with the writer pid, hidden, ending .tmp', async () => {
    const name = atomicTempName('vault.json');
    expect(name).toMatch(/^\.vault\.json\.\d+-[0-9a-f]{12}\.tmp$/);
    expect(atomicTempWriter(name)).toBe(process.pid);
    // Older Vigies wrote no pid; other names are not ours.
    expect(atomicTempWriter('.vault.json.0a1b2c3d4e5f.tmp')).toBeNull();
    expect(atomicTempWriter('vault.json')).toBeNull();
    await nodeFileSystem.writeFileAtomic(join(dir, 'k.json'), new Uint8Array([1]), 0o600);
    expect(await readdir(dir)).toEqual(['k.json']);
  });
});
