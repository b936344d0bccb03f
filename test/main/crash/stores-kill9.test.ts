import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { confDocumentStore } from '../../../src/main/adapters/conf-document-store.js';
import { openSqliteInventory } from '../../../src/main/adapters/inventory/sqlite-inventory-store.js';
import { sweepDataDirAtStart } from '../../../src/main/app/start-sweep.js';
import { createOrderStore } from '../../../src/main/services/orders/order-store.js';
import { readInventorySettings } from '../../../src/shared/inventory/inventory-settings.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { bundleScript } from '../services/vault/helpers/bundle-script.js';
import {
  openVault,
  PASSPHRASE,
  passphraseVault,
  TEST_ITERATIONS,
  verifiesWith,
} from '../services/vault/helpers/vault-fixture.js';

const CHILD = fileURLToPath(new URL('./fixtures/stores-writer.ts', import.meta.url));
const WRITES = 200;

type Store = 'vault' | 'order' | 'settings' | 'inventory';
type Committed = Record<Store, Set<string>>;

/** Small seeded generator, so a failing run can be replayed from the seed it prints. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

/**
 * Starts the writer, lets it commit `writes` writes, then SIGKILLs it `delayMs` later, in
 * the middle of whatever write comes next. Returns what it reported as committed.
 */
const writeThenKill = (
  script: string,
  args: string[],
  writes: number,
  delayMs: number,
): Promise<{ store: Store; id: string }[]> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { ...process.env, VIGIE_TEST_PASSPHRASE: PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const reported: { store: Store; id: string }[] = [];
    let buffered = '';
    let stderr = '';
    let armed = false;
    const arm = () => {
      if (armed) return;
      armed = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [store, id] = line.split(' ') as [string, string | undefined];
        if (store === 'ready') {
          if (writes === 0) arm();
          continue;
        }
        reported.push({ store: store as Store, id: id ?? '' });
        if (reported.length >= writes) arm();
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(reported);
      else reject(new Error(`writer ended by itself (${code}): ${stderr}`));
    });
  });

/** Every store of the data folder loads, undamaged, with everything reported as committed. */
const checkStores = async (dataDir: string, committed: Committed): Promise<void> => {
  const vault = openVault(join(dataDir, 'vault'));
  expect((await vault.unlock(PASSPHRASE)).ok).toBe(true);
  const listing = await vault.listWithReport();
  if (!listing.ok) throw new Error(listing.error.message);
  expect(listing.value.skipped.corrupt).toBe(0);
  const keys = new Set(listing.value.keys.map((k) => k.keyId));
  for (const id of committed.vault) expect(keys.has(id), `vault key ${id}`).toBe(true);

  const orders = await createOrderStore(confDocumentStore(dataDir, 'orders')).list();
  if (!orders.ok) throw new Error(JSON.stringify(orders.error));
  const orderIds = new Set(orders.value.map((o) => o.id));
  for (const id of committed.order) expect(orderIds.has(id), `order ${id}`).toBe(true);

  const settings = readInventorySettings(await confDocumentStore(dataDir, 'inventory-settings').read());
  const endpoints = new Set(settings.endpoints);
  for (const id of committed.settings) expect(endpoints.has(id), `settings endpoint ${id}`).toBe(true);

  const opened = openSqliteInventory(join(dataDir, 'inventory.sqlite'));
  try {
    expect(opened.setAside).toBeNull();
    for (const sha of committed.inventory)
      expect(opened.store.certificate(sha), `inventory certificate ${sha}`).not.toBeNull();
  } finally {
    opened.store.close();
  }
  // Nothing was found damaged and moved aside along the way.
  expect((await readdir(dataDir)).filter((n) => n.includes('damaged') || n.endsWith('.bak.json'))).toEqual(
    [],
  );
};

describe('four stores written by a process killed with SIGKILL again and again', () => {
  let script: { file: string; remove: () => Promise<void> };
  beforeAll(async () => {
    script = await bundleScript(CHILD);
  }, 60_000);
  afterAll(() => script.remove());

  it(`keeps every committed write of ${WRITES}, each store loading after every kill`, async () => {
    const started = performance.now();
    const seed = Date.now() % 1_000_000;
    const next = random(seed);
    const dataDir = tempDir('vigie-kill9-');
    const keyFile = join(tempDir('vigie-kill9-key-'), 'key.p8');
    await writeFile(
      keyFile,
      generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'der' }),
    );
    await passphraseVault(join(dataDir, 'vault'));

    const committed: Committed = {
      vault: new Set(),
      order: new Set(),
      settings: new Set(),
      inventory: new Set(),
    };
    let total = 0;
    let kills = 0;
    while (total < WRITES) {
      // 0-20 writes, then a kill 0-6 ms later: at start-up, between writes, or inside one.
      const writes = Math.floor(next() * 21);
      const delayMs = Math.floor(next() * 7);
      const reported = await writeThenKill(
        script.file,
        [dataDir, `r${kills}`, keyFile, String(TEST_ITERATIONS)],
        writes,
        delayMs,
      );
      kills++;
      for (const { store, id } of reported) committed[store].add(id);
      total += reported.length;
      await checkStores(dataDir, committed);
    }

    // The next start sweeps what the killed writers left half-written.
    const sweep = await sweepDataDirAtStart(dataDir);
    expect(sweep.failures).toEqual([]);
    expect(sweep.notice).toBeNull();
    expect((await readdir(join(dataDir, 'vault'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await checkStores(dataDir, committed);
    // A committed key still signs.
    const vault = openVault(join(dataDir, 'vault'));
    await vault.unlock(PASSPHRASE);
    const listed = await vault.list();
    if (!listed.ok) throw new Error(listed.error.message);
    const key = listed.value.find((k) => committed.vault.has(k.keyId))!;
    const data = new TextEncoder().encode('after the kills');
    const signature = await vault.sign(key.keyId, data);
    expect(signature.ok && verifiesWith(key.spkiDer, data, signature.value)).toBe(true);

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `kill -9 run (seed ${seed}): ${total} committed writes (vault ${committed.vault.size}, orders ${committed.order.size}, settings ${committed.settings.size}, inventory ${committed.inventory.size}), ${kills} kills, ${sweep.removed.length} temp file(s) swept, ${seconds} s`,
    );
  }, 120_000);
});
