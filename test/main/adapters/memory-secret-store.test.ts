import { createMemorySecretStore } from '../../../src/main/adapters/memory-secret-store.js';

describe('memory secret store (dev bridge only)', () => {
  it('warns loudly when created, and keeps secrets for this process only', async () => {
    const logged: string[] = [];
    const store = createMemorySecretStore('no OS keychain on this machine', (m) => logged.push(m));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^WARNING: secrets are kept in memory only \(no OS keychain on this machine\)/);
    expect(store.name).toContain('dev bridge only');
    expect(await store.get('a')).toEqual({ ok: true, value: null });
    expect(await store.set('a', 's')).toEqual({ ok: true, value: undefined });
    expect(await store.get('a')).toEqual({ ok: true, value: 's' });
    expect(await store.delete('a')).toEqual({ ok: true, value: true });
    expect(await store.delete('a')).toEqual({ ok: true, value: false });
    // A second store does not share the first one's secrets.
    await store.set('a', 's');
    expect(await createMemorySecretStore('test', () => undefined).get('a')).toEqual({
      ok: true,
      value: null,
    });
  });
});
