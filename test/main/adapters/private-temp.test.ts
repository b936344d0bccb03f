import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  pidAlive,
  privateTempRoot,
  sweepPrivateTemp,
  usePrivateTempRoot,
  withPrivateTemp,
} from '../../../src/main/adapters/private-temp.js';
import { tempDir } from '../../helpers/temp-dir.js';

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

/** The pid of a process that has ended. */
const deadPid = (): number => {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  const pid = Number(child.stdout);
  expect(pidAlive(pid)).toBe(false);
  return pid;
};

describe('private temp folder for secret material', () => {
  let dataDir: string;
  let root: string;
  beforeEach(() => {
    dataDir = tempDir('vigie-private-temp-');
    root = join(dataDir, 'private-temp');
  });
  afterEach(() => usePrivateTempRoot(null));

  it('writes 0600 files in a 0700 folder of its own under a 0700 root, and removes it after', async () => {
    const osTempBefore = await readdir(tmpdir());
    let seen: { dir: string; file: string } | null = null;
    const value = await withPrivateTemp(async (write) => {
      const file = await write('p12.pw', 'secret');
      const dir = join(file, '..');
      seen = { dir, file };
      expect(await modeOf(root)).toBe(0o700);
      expect(await modeOf(dir)).toBe(0o700);
      expect(await modeOf(file)).toBe(0o600);
      expect(dir.startsWith(`${root}/${process.pid}-`)).toBe(true);
      expect(await readFile(file, 'utf8')).toBe('secret');
      return 42;
    }, root);
    expect(value).toBe(42);
    expect(seen).not.toBeNull();
    expect(await readdir(root)).toEqual([]);
    // Nothing went to the shared OS temp folder.
    const added = (await readdir(tmpdir())).filter(
      (n) => !osTempBefore.includes(n) && n.startsWith('vigie-ks'),
    );
    expect(added).toEqual([]);
  });

  it('removes the folder when the work throws half-way', async () => {
    await expect(
      withPrivateTemp(async (write) => {
        await write('import.p12', new Uint8Array([1, 2, 3]));
        await write('p12.pw', 'secret');
        throw new Error('pk12util crashed');
      }, root),
    ).rejects.toThrow('pk12util crashed');
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses file names that could leave the folder', async () => {
    for (const name of ['../x', 'a/b', '.hidden', '', 'a\\b'])
      await expect(withPrivateTemp((write) => write(name, 'x'), root)).rejects.toThrow(/unsafe/);
    expect(await readdir(root)).toEqual([]);
  });

  it('narrows an existing root made 0755 to 0700', async () => {
    await mkdir(root, { mode: 0o755 });
    await chmod(root, 0o755);
    await withPrivateTemp(async () => undefined, root);
    expect(await modeOf(root)).toBe(0o700);
  });

  it('goes where the last started core said, else to the default data folder', async () => {
    usePrivateTempRoot(root);
    expect(privateTempRoot()).toBe(root);
    usePrivateTempRoot(null);
    const saved = process.env['VIGIE_DATA_DIR'];
    process.env['VIGIE_DATA_DIR'] = dataDir;
    try {
      expect(privateTempRoot()).toBe(root);
    } finally {
      if (saved === undefined) delete process.env['VIGIE_DATA_DIR'];
      else process.env['VIGIE_DATA_DIR'] = saved;
    }
  });

  it('sweeps what dead processes left, keeps what live ones are using, and anything over an hour', async () => {
    await mkdir(root, { mode: 0o755 });
    await chmod(root, 0o755);
    const dead = join(root, `${deadPid()}-abc123`);
    const mine = join(root, `${process.pid}-def456`);
    const parent = join(root, `${process.ppid}-ghi789`);
    const oldParent = join(root, `${process.ppid}-old000`);
    for (const dir of [dead, mine, parent, oldParent]) {
      await mkdir(dir, { mode: 0o700 });
      await writeFile(join(dir, 'import.p12'), 'p12');
      await writeFile(join(dir, 'p12.pw'), 'secret');
    }
    await writeFile(join(root, 'stray'), 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
    await utimes(oldParent, twoHoursAgo, twoHoursAgo);

    const removed = await sweepPrivateTemp(root);
    expect(removed.sort()).toEqual(
      [dead, oldParent, join(root, 'stray')].map((p) => p.slice(root.length + 1)).sort(),
    );
    expect((await readdir(root)).sort()).toEqual([mine, parent].map((p) => p.slice(root.length + 1)).sort());
    expect(await modeOf(root)).toBe(0o700);
    expect(await sweepPrivateTemp(join(dataDir, 'absent'))).toEqual([]);
  });
});
