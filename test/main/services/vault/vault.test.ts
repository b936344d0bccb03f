import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeyStore } from '../../../../src/main/ports/key-store.js';
import type { Vault } from '../../../../src/main/services/vault/index.js';
import { MAX_PASSWORD_LENGTH } from '../../../../src/shared/limits.js';
import {
  makeTempDir,
  openVault,
  PASSPHRASE,
  passphraseVault,
  removeDir,
  snapshotDir,
  verifiesWith,
} from './helpers/vault-fixture.js';

const data = new TextEncoder().encode('to be signed: a CSR TBS');
const spec = { algorithm: 'RSA', bits: 2048, label: 'ORG Clinique du Parc' } as const;

// The vault must plug in wherever the KeyStore port is expected.
const asPort = (v: Vault): KeyStore => v;

describe('vault (passphrase mode)', () => {
  let root: string;
  let dir: string;
  beforeEach(async () => {
    root = await makeTempDir();
    dir = join(root, 'vault');
  });
  afterEach(() => removeDir(root));

  it('before set-up: not-set-up everywhere, nothing written', async () => {
    const vault = openVault(dir);
    expect(await vault.status()).toEqual({
      mode: 'not-set-up',
      locked: true,
      keyringAvailable: false,
      keyCount: 0,
    });
    expect(await vault.generate(spec)).toMatchObject({ ok: false, error: { code: 'not-set-up' } });
    expect(await vault.unlock(PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'not-set-up' } });
    expect(await vault.list()).toEqual({ ok: true, value: [] });
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses weak passphrases (fewer than 10 characters, counted as characters) and writes nothing', async () => {
    const vault = openVault(dir);
    for (const weak of ['', 'short', '123456789', 'ééééééééé']) {
      expect(await vault.setup({ mode: 'passphrase', passphrase: weak })).toMatchObject({
        ok: false,
        error: { code: 'weak-passphrase' },
      });
    }
    expect(existsSync(dir)).toBe(false);
    expect(await vault.setup({ mode: 'passphrase', passphrase: 'éééééééééé' })).toMatchObject({ ok: true });
  });

  it('refuses a keyring set-up when no keychain answers, and a second set-up', async () => {
    const vault = openVault(dir);
    expect(await vault.setup({ mode: 'keyring' })).toMatchObject({
      ok: false,
      error: { code: 'keyring-unavailable' },
    });
    expect(await vault.setup({ mode: 'passphrase', passphrase: PASSPHRASE })).toEqual({
      ok: true,
      value: { mode: 'passphrase', locked: false, keyringAvailable: false, keyCount: 0 },
    });
    expect(await vault.setup({ mode: 'passphrase', passphrase: 'another passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'already-set-up' },
    });
  });

  it('generates, signs and verifies with the SPKI; reports progress in order', async () => {
    const vault = await passphraseVault(dir);
    const stages: string[] = [];
    const key = await asPort(vault).generate(spec);
    const key2 = await vault.generate({ ...spec, label: 'second' }, (s) => stages.push(s));
    if (!key.ok || !key2.ok) throw new Error('generate failed');
    expect(stages).toEqual(['generating-key', 'encrypting', 'saving']);
    expect(key.value).toMatchObject({
      label: spec.label,
      algorithm: 'RSA',
      bits: 2048,
      createdAt: '2026-03-04T05:06:07.000Z',
    });
    expect(key.value.spkiSha256).toBe(
      createHash('sha256').update(key.value.spkiDer).digest('hex').toUpperCase(),
    );
    const sig = await vault.sign(key.value.keyId, data);
    if (!sig.ok) throw new Error(sig.error.message);
    expect(sig.value.length).toBe(256);
    expect(verifiesWith(key.value.spkiDer, data, sig.value)).toBe(true);
    // The other key's SPKI must not verify it: each key signs with its own private half.
    expect(verifiesWith(key2.value.spkiDer, data, sig.value)).toBe(false);
    expect(verifiesWith(key.value.spkiDer, new TextEncoder().encode('other data'), sig.value)).toBe(false);
    const listed = await vault.list();
    expect(listed.ok && listed.value.map((k) => k.keyId).sort()).toEqual(
      [key.value.keyId, key2.value.keyId].sort(),
    );
    expect((await vault.status()).keyCount).toBe(2);
  });

  it('a new session starts locked; wrong passphrases change nothing; the right one unlocks', async () => {
    const first = await passphraseVault(dir);
    const key = await first.generate(spec);
    if (!key.ok) throw new Error('generate failed');

    const vault = openVault(dir);
    expect(await vault.status()).toMatchObject({ mode: 'passphrase', locked: true, keyCount: 1 });
    expect(await vault.sign(key.value.keyId, data)).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await vault.generate(spec)).toMatchObject({ ok: false, error: { code: 'locked' } });
    // Listing needs no secret: only public halves are shown.
    expect(await vault.list()).toMatchObject({ ok: true, value: [{ keyId: key.value.keyId }] });

    const before = await snapshotDir(dir);
    for (const wrong of [
      'correct horse battery stapl',
      `${PASSPHRASE} `,
      '',
      'x'.repeat(MAX_PASSWORD_LENGTH + 1),
    ]) {
      expect(await vault.unlock(wrong)).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    }
    expect(await snapshotDir(dir)).toEqual(before);
    expect(await vault.sign(key.value.keyId, data)).toMatchObject({ ok: false, error: { code: 'locked' } });

    expect(await vault.unlock(PASSPHRASE)).toMatchObject({ ok: true, value: { locked: false } });
    const sig = await vault.sign(key.value.keyId, data);
    expect(sig.ok && verifiesWith(key.value.spkiDer, data, sig.value)).toBe(true);
    // Already open: a wrong passphrase is still answered as wrong.
    expect(await vault.unlock('not the passphrase')).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase' },
    });
  });

  it('lock() forgets the secret', async () => {
    const vault = await passphraseVault(dir);
    const key = await vault.generate(spec);
    if (!key.ok) throw new Error('generate failed');
    expect(await vault.lock()).toMatchObject({ mode: 'passphrase', locked: true });
    expect(await vault.sign(key.value.keyId, data)).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('remove() deletes both files; the key is gone for list and sign', async () => {
    const vault = await passphraseVault(dir);
    const keep = await vault.generate(spec);
    const gone = await vault.generate(spec);
    if (!keep.ok || !gone.ok) throw new Error('generate failed');
    expect(await vault.remove(gone.value.keyId)).toEqual({ ok: true, value: undefined });
    expect((await readdir(dir)).sort()).toEqual(
      [`${keep.value.keyId}.json`, `${keep.value.keyId}.p8`, 'vault.json'].sort(),
    );
    expect(await vault.sign(gone.value.keyId, data)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await vault.remove(gone.value.keyId)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await vault.list()).toMatchObject({ ok: true, value: [{ keyId: keep.value.keyId }] });
  });

  it('refuses hostile key ids without touching any path', async () => {
    const vault = await passphraseVault(dir);
    const key = await vault.generate(spec);
    if (!key.ok) throw new Error('generate failed');
    // Bait next to the vault folder: a traversal would find (or delete) these.
    await writeFile(join(root, 'victim.json'), '{}');
    await writeFile(join(root, 'victim.p8'), 'x');
    const id = key.value.keyId;
    const hostile = [
      '../victim',
      `../vault/${id}`,
      `${id}/..`,
      `./${id}`,
      id.toUpperCase(),
      `${id}\0`,
      `${id}.json`,
      ` ${id}`,
      '',
      '.',
      '..',
      'vault',
      '/etc/passwd',
      'C:\\Windows\\win.ini',
      '00000000-0000-0000-0000-000000000000',
    ];
    for (const bad of hostile) {
      expect(await vault.sign(bad, data), JSON.stringify(bad)).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
      expect(await vault.remove(bad), JSON.stringify(bad)).toMatchObject({
        ok: false,
        error: { code: 'not-found' },
      });
    }
    expect(existsSync(join(root, 'victim.json')) && existsSync(join(root, 'victim.p8'))).toBe(true);
    expect(await vault.list()).toMatchObject({ ok: true, value: [{ keyId: id }] });
  });

  it('refuses a set-up over keys whose vault.json is missing (they would never open again)', async () => {
    const vault = await passphraseVault(dir);
    expect((await vault.generate(spec)).ok).toBe(true);
    await rm(join(dir, 'vault.json'));
    const again = openVault(dir);
    expect(await again.setup({ mode: 'passphrase', passphrase: 'a new passphrase' })).toMatchObject({
      ok: false,
      error: { code: 'already-set-up' },
    });
  });
});
