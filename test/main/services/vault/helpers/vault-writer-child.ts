/**
 * Child process for vault-crash.test.ts: unlocks a passphrase vault and writes keys in a
 * loop (removing one now and then) until the test SIGKILLs it. Every step is announced on
 * stdout *after* it completed ("stored <id>", "removed <id>") or *before* it starts
 * ("removing <id>"), so the parent knows which keys must have survived.
 */
import { nodeFileSystem } from '../../../../../src/main/adapters/node-file-system.js';
import type { SecretStore } from '../../../../../src/main/ports/secret-store.js';
import { createVault } from '../../../../../src/main/services/vault/index.js';
import { err, ok } from '../../../../../src/shared/result.js';

const [dir, iterationsText] = process.argv.slice(2);
const passphrase = process.env['VIGIE_TEST_PASSPHRASE'] ?? '';
const noKeychain: SecretStore = {
  name: 'none',
  available: async () => false,
  get: async () => err({ code: 'unavailable', message: 'none' }),
  set: async () => err({ code: 'unavailable', message: 'none' }),
  delete: async () => ok(false),
};
const say = (line: string) => process.stdout.write(`${line}\n`);

const main = async () => {
  if (dir === undefined) throw new Error('usage: vault-writer-child DIR ITERATIONS');
  const vault = createVault({
    fs: nodeFileSystem,
    secrets: noKeychain,
    clock: { now: () => new Date() },
    dir,
    iterations: Number(iterationsText),
    warn: () => undefined,
  });
  const unlocked = await vault.unlock(passphrase);
  if (!unlocked.ok) throw new Error(`unlock: ${unlocked.error.code}`);
  say('ready');
  const mine: string[] = [];
  for (let i = 0; ; i++) {
    const key = await vault.generate({ algorithm: 'RSA', bits: 2048, label: `crash test ${i}` });
    if (!key.ok) throw new Error(`generate: ${key.error.code} ${key.error.message}`);
    mine.push(key.value.keyId);
    say(`stored ${key.value.keyId}`);
    if (i % 3 === 2) {
      const victim = mine.shift() as string;
      say(`removing ${victim}`);
      const removed = await vault.remove(victim);
      if (!removed.ok) throw new Error(`remove: ${removed.error.code}`);
      say(`removed ${victim}`);
    }
  }
};

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(3);
});
