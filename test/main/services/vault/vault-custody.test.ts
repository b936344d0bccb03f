import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import {
  allFileBytes,
  makeTempDir,
  passphraseVault,
  PASSPHRASE,
  removeDir,
  verifiesWith,
} from './helpers/vault-fixture.js';

const pkcs8Of = (bits: number) =>
  new Uint8Array(
    generateKeyPairSync('rsa', { modulusLength: bits }).privateKey.export({ type: 'pkcs8', format: 'der' }),
  );

describe('vault custody (importKey, withPrivateKey)', () => {
  let root: string;
  let dir: string;
  beforeEach(async () => {
    root = await makeTempDir();
    dir = join(root, 'vault');
  });
  afterEach(() => removeDir(root));

  it('imports a PKCS#8 RSA key: listed, signs, stored encrypted only', async () => {
    const vault = await passphraseVault(dir);
    const pkcs8 = pkcs8Of(2048);
    const imported = await vault.importKey(pkcs8, 'platform key');
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.value).toMatchObject({ label: 'platform key', algorithm: 'RSA', bits: 2048 });
    expect((await vault.list()).ok && (await vault.list())).toMatchObject({
      value: [{ keyId: imported.value.keyId }],
    });
    const data = new TextEncoder().encode('tbs');
    const sig = await vault.sign(imported.value.keyId, data);
    expect(sig.ok && verifiesWith(imported.value.spkiDer, data, sig.value)).toBe(true);
    // No file holds the clear key.
    const needle = Buffer.from(pkcs8).subarray(40, 72);
    for (const f of await allFileBytes(dir)) expect(f.bytes.includes(needle)).toBe(false);
  });

  it('refuses what the vault cannot record (non-RSA, odd sizes, garbage) and needs the unlocked vault', async () => {
    const vault = await passphraseVault(dir);
    const ec = new Uint8Array(
      generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'der' }),
    );
    expect(await vault.importKey(ec, 'ec')).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    expect(await vault.importKey(pkcs8Of(1024), 'small')).toMatchObject({
      ok: false,
      error: { code: 'corrupt' },
    });
    expect(await vault.importKey(new Uint8Array([1, 2, 3]), 'junk')).toMatchObject({ ok: false });
    await vault.lock();
    expect(await vault.importKey(pkcs8Of(2048), 'x')).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(await vault.list()).toEqual({ ok: true, value: [] });
  });

  it('lends the decrypted key to one callback and wipes it afterwards', async () => {
    const vault = await passphraseVault(dir);
    const made = await vault.generate({ algorithm: 'RSA', bits: 2048, label: 'k' });
    if (!made.ok) throw new Error(made.error.message);
    let lent: Uint8Array | null = null;
    const out = await vault.withPrivateKey(made.value.keyId, async (pkcs8) => {
      lent = pkcs8;
      const pub = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
      return pub.asymmetricKeyDetails?.modulusLength;
    });
    expect(out).toEqual({ ok: true, value: 2048 });
    expect(lent !== null && (lent as Uint8Array).every((b) => b === 0)).toBe(true);
    expect(await vault.withPrivateKey('../etc', async () => 1)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    await vault.lock();
    expect(await vault.withPrivateKey(made.value.keyId, async () => 1)).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    expect((await vault.unlock(PASSPHRASE)).ok).toBe(true);
  });
});
