import { randomUUID } from 'node:crypto';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  encodeEncryptedPrivateKeyInfo,
  parseEncryptedPrivateKeyInfo,
} from '../../../../src/main/pki/keys/pbes2-format.js';
import { decodePem, encodePem } from '../../../../src/main/pki/keys/key-pem.js';
import type { StoredKey } from '../../../../src/main/ports/key-store.js';
import type { Vault } from '../../../../src/main/services/vault/index.js';
import { MAX_KDF_ITERATIONS } from '../../../../src/shared/limits.js';
import {
  makeTempDir,
  openVault,
  PASSPHRASE,
  passphraseVault,
  removeDir,
  TEST_ITERATIONS,
  verifiesWith,
} from './helpers/vault-fixture.js';

const data = new TextEncoder().encode('data');
const spec = { algorithm: 'RSA', bits: 2048, label: 'robustness' } as const;
const LABEL = 'ENCRYPTED PRIVATE KEY';

const mustGenerate = async (vault: Vault): Promise<StoredKey> => {
  const key = await vault.generate(spec);
  if (!key.ok) throw new Error(key.error.message);
  return key.value;
};

/** Rewrites the PBKDF2 iteration count of a key file, as anyone with write access could. */
const tamperIterations = async (p8Path: string): Promise<(iterations: number) => Promise<void>> => {
  const der = decodePem(await readFile(p8Path, 'utf8'), LABEL);
  if (der === null) throw new Error('not PEM');
  const env = parseEncryptedPrivateKeyInfo(der);
  if (!env.ok) throw new Error(env.error);
  return (iterations) =>
    writeFile(p8Path, encodePem(LABEL, encodeEncryptedPrivateKeyInfo({ ...env.value, iterations })));
};

describe('vault robustness', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(() => removeDir(dir));

  it('list() steps over temp files, orphans and damaged keys, counts them, and never fails', async () => {
    const warnings: string[] = [];
    const vault = await passphraseVault(dir, { warn: (m) => warnings.push(m) });
    const good = await mustGenerate(vault);
    const [truncated, badJson, badHash, plainKey] = [
      await mustGenerate(vault),
      await mustGenerate(vault),
      await mustGenerate(vault),
      await mustGenerate(vault),
    ];
    const p8 = (id: string) => join(dir, `${id}.p8`);
    const json = (id: string) => join(dir, `${id}.json`);
    // Leftovers of interrupted atomic writes (the name pattern node-file-system uses).
    await writeFile(
      join(dir, `.${randomUUID()}.p8.0a1b2c3d4e5f.tmp`),
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMII',
    );
    await writeFile(join(dir, `.${randomUUID()}.json.a1b2c3d4e5f6.tmp`), '{"format":"vigie-vau');
    // An encrypted key whose record never got written (crash between the two writes).
    await copyFile(p8(good.keyId), p8(randomUUID()));
    // Damage of several kinds.
    const full = await readFile(p8(truncated.keyId), 'utf8');
    await writeFile(p8(truncated.keyId), full.slice(0, full.length / 2));
    await writeFile(json(badJson.keyId), '{ not json');
    const record = JSON.parse(await readFile(json(badHash.keyId), 'utf8')) as Record<string, unknown>;
    await writeFile(json(badHash.keyId), JSON.stringify({ ...record, spkiSha256: '00'.repeat(32) }));
    await writeFile(p8(plainKey.keyId), '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n');
    // Names the vault never writes are not its business.
    await writeFile(join(dir, 'notes.txt'), 'hello');
    await writeFile(join(dir, 'not-a-uuid.json'), '{}');

    const report = await vault.listWithReport();
    expect(report).toEqual({
      ok: true,
      value: {
        keys: [expect.objectContaining({ keyId: good.keyId })],
        skipped: { corrupt: 4, orphans: 1, tempFiles: 2 },
      },
    });
    expect(warnings.at(-1)).toBe(
      'Vault: ignored 4 damaged key file(s), 1 encrypted key(s) without a record, 2 leftover temporary file(s).',
    );
    expect(await vault.list()).toMatchObject({ ok: true, value: [{ keyId: good.keyId }] });
    expect((await vault.status()).keyCount).toBe(1);
    const sig = await vault.sign(good.keyId, data);
    expect(sig.ok && verifiesWith(good.spkiDer, data, sig.value)).toBe(true);
    for (const bad of [truncated, badJson, badHash, plainKey])
      expect(await vault.sign(bad.keyId, data)).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    // A new key can still be written next to the debris.
    expect((await vault.generate(spec)).ok).toBe(true);
  });

  it('refuses a tampered iteration count before deriving anything', { timeout: 10_000 }, async () => {
    // A billion iterations would take minutes: finishing inside the timeout proves no KDF ran.
    const vault = await passphraseVault(dir);
    const key = await mustGenerate(vault);
    const setIterations = await tamperIterations(join(dir, `${key.keyId}.p8`));
    await setIterations(1_000_000_000);
    const signed = await vault.sign(key.keyId, data);
    expect(signed).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(!signed.ok && signed.error.message).toContain('2,000,000');
    expect(await vault.listWithReport()).toMatchObject({
      ok: true,
      value: { keys: [], skipped: { corrupt: 1 } },
    });
    await setIterations(MAX_KDF_ITERATIONS + 1);
    expect(await vault.sign(key.keyId, data)).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    // Control: the same file with its real count back signs again.
    await setIterations(TEST_ITERATIONS);
    expect((await vault.sign(key.keyId, data)).ok).toBe(true);
  });

  it('refuses a tampered verifier iteration count in vault.json', { timeout: 10_000 }, async () => {
    await passphraseVault(dir);
    const path = join(dir, 'vault.json');
    const config = JSON.parse(await readFile(path, 'utf8')) as { verifier: Record<string, unknown> };
    config.verifier['iterations'] = 1_000_000_000;
    await writeFile(path, JSON.stringify(config));
    const warnings: string[] = [];
    const vault = openVault(dir, { warn: (m) => warnings.push(m) });
    expect(await vault.unlock(PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect((await vault.status()).mode).toBe('not-set-up');
    expect(warnings.join('\n')).toContain('vault.json is damaged');
    // And a set-up over it is refused rather than silently replacing it.
    expect(await vault.setup({ mode: 'passphrase', passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'corrupt' },
    });
  });

  it('refuses a key file swapped for another key of the same vault', async () => {
    const vault = await passphraseVault(dir);
    const a = await mustGenerate(vault);
    const b = await mustGenerate(vault);
    await copyFile(join(dir, `${a.keyId}.p8`), join(dir, `${b.keyId}.p8`));
    const signed = await vault.sign(b.keyId, data);
    expect(signed).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(!signed.ok && signed.error.message).toContain('does not match its recorded public key');
  });

  it('refuses a key file from another vault (another secret)', async () => {
    const otherDir = await makeTempDir();
    try {
      const other = openVault(otherDir);
      expect((await other.setup({ mode: 'passphrase', passphrase: 'the other vault passphrase' })).ok).toBe(
        true,
      );
      const foreign = await mustGenerate(other);
      const vault = await passphraseVault(dir);
      const mine = await mustGenerate(vault);
      await copyFile(join(otherDir, `${foreign.keyId}.p8`), join(dir, `${mine.keyId}.p8`));
      expect(await vault.sign(mine.keyId, data)).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    } finally {
      await removeDir(otherDir);
    }
  });

  it('tells a damaged vault.json apart from a missing one', async () => {
    const vault = await passphraseVault(dir);
    await mustGenerate(vault);
    await writeFile(join(dir, 'vault.json'), '{"format":"vigie-vault","version":2}');
    const fresh = openVault(dir, { warn: () => undefined });
    expect(await fresh.unlock(PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(await fresh.generate(spec)).toMatchObject({ ok: false, error: { code: 'corrupt' } });
  });
});
