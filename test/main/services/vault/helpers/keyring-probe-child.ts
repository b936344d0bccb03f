/**
 * Child process for test/main/adapters/napi-keyring-secret-store.test.ts: runs the real
 * adapter in a process whose D-Bus address leads nowhere (set by the parent before anything
 * connects — the address is read once per process) and prints what every call returned.
 * A throw would end the process with a non-zero code instead.
 */
import { createNapiKeyringSecretStore } from '../../../../../src/main/adapters/napi-keyring-secret-store.js';

const store = createNapiKeyringSecretStore({ service: process.argv[2] ?? 'fr.vigie.desktop.test-probe' });
const results = {
  available: await store.available(),
  get: await store.get('vault-secret-probe'),
  set: await store.set('vault-secret-probe', 'value'),
  delete: await store.delete('vault-secret-probe'),
};
process.stdout.write(JSON.stringify(results));
