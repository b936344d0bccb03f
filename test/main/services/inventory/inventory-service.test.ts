import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { confDocumentStore } from '../../../../src/main/adapters/conf-document-store.js';
import { folderSaveTarget } from '../../../../src/main/adapters/folder-save-target.js';
import { openSqliteInventory } from '../../../../src/main/adapters/inventory/sqlite-inventory-store.js';
import { createNssKeystore } from '../../../../src/main/adapters/keystores/nss/nss-keystore.js';
import { createNodeCommandRunner } from '../../../../src/main/adapters/keystores/run-command.js';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import type { InventoryStore } from '../../../../src/main/ports/inventory-store.js';
import type { FolderWatcher } from '../../../../src/main/ports/folder-watcher.js';
import { nodeFolderWatcher } from '../../../../src/main/adapters/node-folder-watcher.js';
import { sha256Hex } from '../../../../src/main/pki/describe/hex.js';
import { createInspector } from '../../../../src/main/services/inspector/inspect-file.js';
import { createInventoryService } from '../../../../src/main/services/inventory/inventory-service.js';
import type { EventName } from '../../../../src/shared/ipc/types.js';
import type { Order } from '../../../../src/shared/model/order.js';
import { ok } from '../../../../src/shared/result.js';
import { makeCertificates } from '../../../helpers/chain-certificates.js';
import { tempDir } from '../../../helpers/temp-dir.js';
import { makeTestPki } from '../../adapters/keystores/helpers/pki.js';

const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;

const stores: InventoryStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

/** The service on real parts: SQLite, conf, the file system, the reader, NSS in a temp home. */
const setUp = (orders: Order[] = [], folderWatcher?: FolderWatcher) => {
  const dir = tempDir('vigie-inventory-service-');
  const { store } = openSqliteInventory(join(dir, 'inventory.sqlite'));
  stores.push(store);
  const clock = { now: () => new Date() };
  const events: { name: EventName; payload: unknown }[] = [];
  let changes = 0;
  const home = join(dir, 'home');
  mkdirSync(home);
  const keystore = createNssKeystore({ home, runner: createNodeCommandRunner() });
  const service = createInventoryService({
    store,
    clock,
    fs: nodeFileSystem,
    inspector: createInspector({ fs: nodeFileSystem, clock, trust: { list: async () => [] } }),
    orders: { list: async () => ok(orders) },
    keystore,
    settings: confDocumentStore(dir, 'inventory-settings'),
    events: { emit: (name, payload) => void events.push({ name, payload }) },
    saveTarget: folderSaveTarget(join(dir, 'exports')),
    chooseFolder: null,
    probeEndpoints: null,
    ...(folderWatcher ? { folderWatcher, settleMs: 150 } : {}),
    onChanged: () => void changes++,
  });
  return { dir, store, service, events, keystore, changes: () => changes };
};

describe('the inventory service ("Mes certificats")', () => {
  it('tells the window how far a scan got a few times a second, not once per file, and the end', async () => {
    const { dir, service, events } = setUp();
    const folder = join(dir, 'many');
    mkdirSync(folder);
    const { leaves } = makeCertificates(300, 1);
    leaves.forEach((leaf, i) => writeFileSync(join(folder, `leaf-${i}.pem`), pem(leaf)));
    const started = performance.now();
    expect((await service.addFolder(folder)).ok).toBe(true);
    const took = performance.now() - started;
    const progress = events
      .filter((e) => e.name === 'inventory.progress')
      .map((e) => e.payload as { filesDone: number; filesFound: number });
    // The first file, one every 100 ms at most, and the last.
    expect(progress.length).toBeLessThanOrEqual(2 + Math.ceil(took / 100));
    expect(progress.length).toBeLessThan(300);
    expect(progress.at(-1)).toMatchObject({ filesDone: 300, filesFound: 300 });
  });

  it('watches a folder: its certificates are listed soonest first, with where they are', async () => {
    const { dir, service, events, changes } = setUp();
    const folder = join(dir, 'certs');
    mkdirSync(folder);
    const { root, leaves } = makeCertificates(2, 1);
    writeFileSync(join(folder, 'root.pem'), pem(root));
    writeFileSync(join(folder, 'leaves.pem'), leaves.map(pem).join(''));

    const added = await service.addFolder(folder);
    expect(added.ok && added.value.report).toMatchObject({ files: 2, certificates: 3, cancelled: false });
    const list = await service.list();
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.entries).toHaveLength(3);
    const times = list.value.entries.map((e) => Date.parse(e.notAfter));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const leaf = list.value.entries.find((e) => e.sha256 === sha256Hex(leaves[0] as Uint8Array));
    expect(leaf?.locations).toEqual([{ source: 'folder', locator: join(folder, 'leaves.pem') }]);
    expect(leaf?.status).toBe('valid');
    expect(list.value.folders).toEqual([{ path: folder, lastScan: expect.any(String) }]);
    expect(events.some((e) => e.name === 'inventory.progress')).toBe(true);
    expect(events.some((e) => e.name === 'inventory.changed')).toBe(true);
    // What follows a change comes after the answer (the next turn of the event loop).
    await new Promise((resolve) => setImmediate(resolve));
    expect(changes()).toBeGreaterThan(0);

    // A typed path must be a folder, given in full.
    expect((await service.addFolder('relative/path')).ok).toBe(false);
    const notFolder = await service.addFolder(join(folder, 'root.pem'));
    expect(notFolder.ok ? null : notFolder.error.code).toBe('not-found');

    // Unwatched: its certificates are no longer listed as anywhere.
    expect((await service.removeFolder(folder)).ok).toBe(true);
    const after = await service.list();
    expect(after.ok && after.value.entries).toEqual([]);
    expect(after.ok && after.value.folders).toEqual([]);
  });

  it('picks up a change in a watched folder from the OS watch, once it settles, and stops when unwatched', async () => {
    const { dir, service } = setUp([], nodeFolderWatcher);
    const folder = join(dir, 'watched');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    expect((await service.addFolder(folder)).ok).toBe(true);
    const { leaves } = makeCertificates(2, 1);
    writeFileSync(join(folder, 'sub', 'new.pem'), pem(leaves[0] as Uint8Array));
    const listed = async () => {
      const list = await service.list();
      return list.ok ? list.value.entries.map((e) => e.sha256) : [];
    };
    await vi.waitFor(async () => expect(await listed()).toEqual([sha256Hex(leaves[0] as Uint8Array)]), {
      timeout: 5000,
      interval: 100,
    });
    expect((await service.removeFolder(folder)).ok).toBe(true);
    writeFileSync(join(folder, 'later.pem'), pem(leaves[1] as Uint8Array));
    await new Promise((r) => setTimeout(r, 600));
    expect(await listed()).toEqual([]);
    service.stopWatching();
  });

  it('adds a file by hand, refuses one with no certificate, and forgets, snoozes, acknowledges', async () => {
    const { service } = setUp();
    const { leaves } = makeCertificates(1, 1);
    const der = leaves[0] as Uint8Array;
    const added = await service.addFile('serveur.pem', new TextEncoder().encode(pem(der)));
    expect(added).toEqual({ ok: true, value: { added: [sha256Hex(der)] } });
    const garbage = await service.addFile('notes.txt', new TextEncoder().encode('bonjour'));
    expect(garbage.ok ? null : garbage.error.code).toBe('unreadable');

    const sha = sha256Hex(der);
    const until = new Date(Date.now() + 7 * 86_400_000);
    expect((await service.snooze(sha, until)).ok).toBe(true);
    const detail = await service.detail(sha);
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.value.entry.snoozedUntil).toBe(until.toISOString());
    expect(detail.value.places).toMatchObject([{ source: 'added', locator: 'serveur.pem', goneAt: null }]);
    expect(detail.value.pem).toContain('BEGIN CERTIFICATE');
    expect((await service.acknowledge(sha)).ok).toBe(true);

    expect((await service.forget(sha)).ok).toBe(true);
    const gone = await service.detail(sha);
    expect(gone.ok ? null : gone.error.code).toBe('not-found');
    const again = await service.forget(sha);
    expect(again.ok ? null : again.error.code).toBe('not-found');
  });

  it('brings in the retrieved orders and the user’s own certificates of a browser store (not its CAs)', async () => {
    const { leaves } = makeCertificates(1, 1);
    const orderDer = leaves[0] as Uint8Array;
    const order = {
      id: '2d1c3f8e-1a2b-4c5d-8e9f-0a1b2c3d4e5f',
      state: 'retrieved',
      certificate: {
        pem: pem(orderDer),
        sha256: sha256Hex(orderDer),
        notAfter: new Date().toISOString(),
        retrievedAt: new Date().toISOString(),
      },
    } as unknown as Order;
    const { service, keystore } = setUp([order]);
    // A real NSS database (Chromium's), with a key pair and its CAs installed by pk12util.
    const pki = makeTestPki();
    const [chromium] = (await keystore.listTargets()).filter((t) => t.location.endsWith('nssdb'));
    if (!chromium) throw new Error('no Chromium target');
    const installed = await keystore.installPkcs12(chromium.id, pki.p12, pki.password, {
      caTrust: [pki.rootDer, pki.intermediateDer],
      nonExportable: false,
    });
    expect(installed.ok).toBe(true);

    const report = await service.refresh();
    expect(report.ok).toBe(true);
    const list = await service.list();
    if (!list.ok) throw new Error(list.error.message);
    const bySha = new Map(list.value.entries.map((e) => [e.sha256, e]));
    expect(bySha.get(sha256Hex(orderDer))).toMatchObject({
      orderId: order.id,
      locations: [{ source: 'order', locator: order.id }],
    });
    expect(bySha.get(sha256Hex(pki.leafDer))?.locations).toEqual([
      { source: 'nss', locator: chromium.label },
    ]);
    expect(bySha.get(sha256Hex(pki.leafDer))?.igc?.environment).toBe('test');
    expect(bySha.has(sha256Hex(pki.rootDer))).toBe(false);
    expect(bySha.size).toBe(2);

    // Removed from the store: gone at the next look.
    expect((await keystore.remove(chromium.id, sha256Hex(pki.leafDer).toLowerCase())).ok).toBe(true);
    await service.refresh();
    const after = await service.list();
    expect(after.ok && after.value.entries.map((e) => e.sha256)).toEqual([sha256Hex(orderDer)]);
  });

  it('exports the inventory as CSV where the user chooses, and keeps edited thresholds', async () => {
    const { dir, service } = setUp();
    const { leaves } = makeCertificates(2, 1);
    for (const [i, der] of leaves.entries())
      await service.addFile(`cert-${i}.pem`, new TextEncoder().encode(pem(der)));
    const saved = await service.setDeadlines({ thresholds: [45, 10], renewNowDays: 10 });
    expect(saved).toEqual({ ok: true, value: { thresholds: [45, 10], renewNowDays: 10 } });
    expect((await service.list()).ok && (await service.settings()).thresholds).toEqual([45, 10]);

    const exported = await service.exportReport('csv');
    if (!exported.ok) throw new Error(exported.error.message);
    expect(exported.value.path.startsWith(join(dir, 'exports'))).toBe(true);
    const rows = parseCsv(readFileSync(exported.value.path, 'utf8').replace(/^\uFEFF/, ''), {
      delimiter: ';',
      columns: true,
    }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
  });
});
