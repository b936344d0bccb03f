import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createNapiKeyringSecretStore } from '../../../src/main/adapters/napi-keyring-secret-store.js';
import type { SecretStore } from '../../../src/main/ports/secret-store.js';
import { bundleScript } from '../services/vault/helpers/bundle-script.js';
import { keyringSkipReason, secretToolClear, secretToolLookup } from '../services/vault/helpers/keyring.js';

const PROBE_CHILD = fileURLToPath(
  new URL('../services/vault/helpers/keyring-probe-child.ts', import.meta.url),
);

describe('napi keyring secret store', () => {
  const service = `fr.vigie.desktop.test-${randomUUID()}`;
  let store: SecretStore;
  let reason: string | null;
  beforeAll(async () => {
    store = createNapiKeyringSecretStore({ service });
    reason = await keyringSkipReason(store, service);
  });
  afterAll(() => {
    if (reason === null) secretToolClear(service);
  });

  it('stores, reads and deletes secrets in the real Secret Service', async (ctx) => {
    if (reason !== null) {
      console.log(`skipped: ${reason}`);
      ctx.skip();
      return;
    }
    expect(store.name).toContain(service);
    expect(await store.get('vault-secret-none')).toEqual({ ok: true, value: null });
    expect(await store.set('vault-secret-a', 'première valeur ✓')).toEqual({ ok: true, value: undefined });
    expect(secretToolLookup(service, 'vault-secret-a')).toBe('première valeur ✓');
    expect(await store.get('vault-secret-a')).toEqual({ ok: true, value: 'première valeur ✓' });
    expect(await store.set('vault-secret-a', 'second')).toEqual({ ok: true, value: undefined });
    expect(await store.get('vault-secret-a')).toEqual({ ok: true, value: 'second' });
    // Another service name does not see it.
    const other = createNapiKeyringSecretStore({ service: `${service}.other` });
    expect(await other.get('vault-secret-a')).toEqual({ ok: true, value: null });
    expect(await store.delete('vault-secret-a')).toEqual({ ok: true, value: true });
    expect(await store.delete('vault-secret-a')).toEqual({ ok: true, value: false });
    expect(secretToolLookup(service, 'vault-secret-a')).toBeNull();
  });

  it('refuses account names outside its alphabet without calling the keychain', async () => {
    const neverLoaded = createNapiKeyringSecretStore({
      service,
      load: () => Promise.reject(new Error('loaded')),
    });
    for (const bad of ['', 'a b', '../x', 'x'.repeat(129)])
      expect(await neverLoaded.get(bad)).toMatchObject({ ok: false, error: { code: 'failed' } });
  });

  it('answers "unavailable" when the native addon cannot load', async () => {
    const broken = createNapiKeyringSecretStore({
      service,
      load: () => Promise.reject(new Error('Cannot find module @napi-rs/keyring-linux-x64-gnu')),
    });
    expect(await broken.available()).toBe(false);
    expect(await broken.get('vault-secret-x')).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await broken.set('vault-secret-x', 'v')).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });

  it('answers "unavailable" (no throw, no kernel-keyring fallback) when no Secret Service is reachable', async (ctx) => {
    if (process.platform !== 'linux') {
      console.log('skipped: the Secret Service exists on Linux only');
      ctx.skip();
      return;
    }
    const script = await bundleScript(PROBE_CHILD, ['@napi-rs/keyring']);
    try {
      const run = spawnSync(process.execPath, [script.file, service], {
        env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/vigie-test-bus' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status, run.stderr).toBe(0);
      const results = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(results).toMatchObject({
        available: false,
        get: { ok: false, error: { code: 'unavailable' } },
        set: { ok: false, error: { code: 'unavailable' } },
        delete: { ok: false, error: { code: 'unavailable' } },
      });
    } finally {
      await script.remove();
    }
  });
});
