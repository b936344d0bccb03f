import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createNapiKeyringSecretStore } from '../../../../src/main/adapters/napi-keyring-secret-store.js';
import type { SecretStore } from '../../../../src/main/ports/secret-store.js';
import { keyringAccount } from '../../../../src/main/services/vault/index.js';
import { keyringSkipReason, secretToolClear, secretToolLookup } from './helpers/keyring.js';
import {
  allFileBytes,
  makeTempDir,
  opensslSpki,
  openVault,
  removeDir,
  verifiesWith,
} from './helpers/vault-fixture.js';

const data = new TextEncoder().encode('signed with a keyring vault');

/**
 * Keyring mode against the real Secret Service (gnome-keyring under scripts/with-keyring.sh).
 * The secret is read back with secret-tool, outside Vigie, and must be the one that opens
 * the key files (OpenSSL checks that), while no vault file holds it.
 */
describe('vault in keyring mode (real OS keychain)', () => {
  const service = `fr.vigie.desktop.test-${randomUUID()}`;
  let store: SecretStore;
  let reason: string | null;
  let dir: string;
  beforeAll(async () => {
    store = createNapiKeyringSecretStore({ service });
    reason = await keyringSkipReason(store, service);
    dir = await makeTempDir();
  });
  afterAll(async () => {
    if (reason === null) secretToolClear(service);
    await removeDir(dir);
  });

  it('keeps a random secret in the keychain only, opens itself, and recovers across sessions', async (ctx) => {
    if (reason !== null) {
      console.log(`skipped: ${reason}`);
      ctx.skip();
      return;
    }
    const vault = openVault(dir, { secrets: store });
    expect(await vault.status()).toEqual({
      mode: 'not-set-up',
      locked: true,
      keyringAvailable: true,
      keyCount: 0,
    });
    expect(await vault.setup({ mode: 'keyring' })).toEqual({
      ok: true,
      value: { mode: 'keyring', locked: false, keyringAvailable: true, keyCount: 0 },
    });
    const config = JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8')) as {
      mode: string;
      vaultId: string;
    };
    expect(config.mode).toBe('keyring');
    const account = keyringAccount(config);

    // The secret sits in gnome-keyring: 32 random bytes, base64.
    const secret = secretToolLookup(service, account);
    if (secret === null) throw new Error('secret-tool does not find the vault secret');
    expect(Buffer.from(secret, 'base64').length).toBe(32);
    expect(Buffer.from(secret, 'base64').toString('base64')).toBe(secret);

    const key = await vault.generate({ algorithm: 'RSA', bits: 2048, label: 'keyring key' });
    if (!key.ok) throw new Error(key.error.message);
    // That very secret opens the key file (OpenSSL, not Vigie, decrypts it)...
    const p8 = join(dir, `${key.value.keyId}.p8`);
    expect(opensslSpki(p8, secret).equals(Buffer.from(key.value.spkiDer))).toBe(true);
    // ...and no vault file contains it, in text, raw or hex form.
    const raw = Buffer.from(secret, 'base64');
    for (const { name, bytes } of await allFileBytes(dir)) {
      expect(bytes.toString('latin1').includes(secret), name).toBe(false);
      expect(bytes.includes(raw), name).toBe(false);
      expect(bytes.toString('latin1').toLowerCase().includes(raw.toString('hex')), name).toBe(false);
    }

    // A new session (new process state): the keychain opens the vault without a prompt.
    const next = openVault(dir, { secrets: createNapiKeyringSecretStore({ service }) });
    expect(await next.status()).toEqual({
      mode: 'keyring',
      locked: false,
      keyringAvailable: true,
      keyCount: 1,
    });
    const sig = await next.sign(key.value.keyId, data);
    expect(sig.ok && verifiesWith(key.value.spkiDer, data, sig.value)).toBe(true);
    // lock() drops the secret from memory; the next use fetches it again.
    expect(await next.lock()).toMatchObject({ mode: 'keyring', locked: true });
    expect((await next.sign(key.value.keyId, data)).ok).toBe(true);
    expect(await next.unlock('ignored in keyring mode')).toMatchObject({
      ok: true,
      value: { locked: false },
    });
  });

  it('reports a keychain that lost the secret, or holds another one', async (ctx) => {
    if (reason !== null) {
      console.log(`skipped: ${reason}`);
      ctx.skip();
      return;
    }
    const own = await makeTempDir();
    try {
      const vault = openVault(own, { secrets: store });
      expect((await vault.setup({ mode: 'keyring' })).ok).toBe(true);
      const key = await vault.generate({ algorithm: 'RSA', bits: 2048, label: 'k' });
      if (!key.ok) throw new Error(key.error.message);
      const config = JSON.parse(await readFile(join(own, 'vault.json'), 'utf8')) as { vaultId: string };
      const account = keyringAccount(config);

      expect((await store.set(account, Buffer.alloc(32, 7).toString('base64'))).ok).toBe(true);
      const wrong = openVault(own, { secrets: store });
      expect(await wrong.sign(key.value.keyId, data)).toMatchObject({
        ok: false,
        error: { code: 'corrupt' },
      });

      secretToolClear(service, account);
      expect(secretToolLookup(service, account)).toBeNull();
      const lost = openVault(own, { secrets: store });
      expect(await lost.status()).toEqual({
        mode: 'keyring',
        locked: true,
        keyringAvailable: true,
        keyCount: 1,
      });
      expect(await lost.sign(key.value.keyId, data)).toMatchObject({
        ok: false,
        error: { code: 'keyring-unavailable' },
      });
      expect(await lost.list()).toMatchObject({ ok: true, value: [{ keyId: key.value.keyId }] });
    } finally {
      await removeDir(own);
    }
  });
});
