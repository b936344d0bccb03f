import { generateKeyPairSync } from 'node:crypto';
import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempDir, openVault, PASSPHRASE, removeDir } from './helpers/vault-fixture.js';

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

const pkcs8 = (): Uint8Array =>
  new Uint8Array(
    generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'der' }),
  );

/**
 * The vault folder lists the key ids (and the .json records hold labels and public keys):
 * other users of the machine must not even list it.
 */
describe('vault permissions', () => {
  let root: string;
  beforeEach(async () => {
    root = await makeTempDir('vigie-vault-modes-');
  });
  afterEach(() => removeDir(root));

  it('creates the vault folder (and a missing data folder) 0700, every file 0600', async () => {
    const dataDir = join(root, 'data');
    const dir = join(dataDir, 'vault');
    const vault = openVault(dir);
    expect((await vault.setup({ mode: 'passphrase', passphrase: PASSPHRASE })).ok).toBe(true);
    expect((await vault.importKey(pkcs8(), 'imported')).ok).toBe(true);
    expect(await modeOf(dataDir)).toBe(0o700);
    expect(await modeOf(dir)).toBe(0o700);
    const names = await readdir(dir);
    expect(names).toHaveLength(3); // vault.json, <id>.p8, <id>.json
    for (const name of names) expect(await modeOf(join(dir, name)), name).toBe(0o600);
  });

  it('narrows a vault folder an older version left 0755 at its next write', async () => {
    const dir = join(root, 'vault');
    await mkdir(dir);
    await chmod(dir, 0o755);
    const vault = openVault(dir);
    expect((await vault.setup({ mode: 'passphrase', passphrase: PASSPHRASE })).ok).toBe(true);
    expect(await modeOf(dir)).toBe(0o700);
    await chmod(dir, 0o755);
    expect((await vault.importKey(pkcs8(), 'again')).ok).toBe(true);
    expect(await modeOf(dir)).toBe(0o700);
  });
});
