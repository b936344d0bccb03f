import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqliteInventory } from '../../../../src/main/adapters/inventory/sqlite-inventory-store.js';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { certificateParseCount } from '../../../../src/main/pki/certificate/index.js';
import type { InventoryStore } from '../../../../src/main/ports/inventory-store.js';
import { createInspector } from '../../../../src/main/services/inspector/inspect-file.js';
import { scanFolder, type ScanProgress } from '../../../../src/main/services/inventory/folder-scan.js';
import { sha256Hex } from '../../../../src/main/pki/describe/hex.js';
import { makeCertificates } from '../../../helpers/chain-certificates.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;

const NOW = new Date();
const stores: InventoryStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

/** A watched folder: a PEM bundle, single DER files in a subfolder, garbage, a FIFO, a link. */
const setUp = () => {
  const dir = tempDir('vigie-scan-');
  const root = join(dir, 'certs');
  mkdirSync(join(root, 'servers', 'old'), { recursive: true });
  const { root: ca, intermediates, leaves } = makeCertificates(4, 1);
  const [leafA, leafB, leafC, leafD] = leaves as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  writeFileSync(join(root, 'chain.pem'), [ca, ...intermediates].map(pem).join(''));
  writeFileSync(join(root, 'servers', 'a.der'), leafA);
  writeFileSync(join(root, 'servers', 'b.crt'), pem(leafB));
  writeFileSync(join(root, 'servers', 'old', 'c.cer'), leafC);
  writeFileSync(join(root, 'notes.txt'), 'not a certificate');
  execFileSync('mkfifo', [join(root, 'servers', 'pipe')]);
  symlinkSync(join(root, 'servers'), join(root, 'loop')); // a link to a folder: not followed
  symlinkSync(join(root, 'servers', 'a.der'), join(root, 'a-link.der')); // a link to a file: read
  const { store } = openSqliteInventory(join(dir, 'inventory.sqlite'));
  stores.push(store);
  const clock = { now: () => new Date(NOW.getTime()) };
  const inspector = createInspector({ fs: nodeFileSystem, clock, trust: { list: async () => [] } });
  const deps = { fs: nodeFileSystem, store, clock, inspector };
  return { root, store, deps, ca, intermediates, leafA, leafB, leafC, leafD };
};

describe('scanning a watched folder', () => {
  it('finds every certificate with its places, reads nothing twice, and follows changes', async () => {
    const { root, store, deps, leafA, leafC, leafD } = setUp();
    const progress: ScanProgress[] = [];
    const first = await scanFolder(root, deps, { onProgress: (p) => progress.push(p) });
    // chain.pem (2), a.der, a-link.der, b.crt, c.cer, notes.txt; the FIFO is skipped unopened.
    expect(first).toMatchObject({ files: 6, read: 6, unchanged: 0, unreadable: 1, certificates: 6, gone: 0 });
    expect(progress.at(-1)).toMatchObject({ filesDone: 6, certificates: 6 });
    expect(store.certificates()).toHaveLength(5);
    const a = sha256Hex(leafA);
    expect(
      store
        .locationsOf(a)
        .map((l) => l.locator)
        .sort(),
    ).toEqual([join(root, 'a-link.der'), join(root, 'servers', 'a.der')]);
    expect(store.scanCacheEntry(join(root, 'notes.txt'))?.error).toBe('unrecognized-format');

    // Nothing changed: nothing is read or parsed.
    const parses = certificateParseCount();
    const again = await scanFolder(root, deps);
    expect(again).toMatchObject({ files: 6, read: 0, unchanged: 6, gone: 0 });
    expect(certificateParseCount()).toBe(parses);

    // Touched (new time, same bytes): hashed, not parsed.
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, 'servers', 'a.der'), later, later);
    expect(await scanFolder(root, deps)).toMatchObject({ read: 0, unchanged: 6 });
    expect(certificateParseCount()).toBe(parses);

    // Replaced by another certificate, and a file removed.
    writeFileSync(join(root, 'servers', 'old', 'c.cer'), leafD);
    rmSync(join(root, 'servers', 'b.crt'));
    const changed = await scanFolder(root, deps);
    expect(changed).toMatchObject({ files: 5, read: 1, gone: 2 });
    const c = store.locationsOf(sha256Hex(leafC));
    expect(c).toHaveLength(1);
    expect(c[0]?.goneAt).not.toBeNull();
    expect(store.locationsOf(sha256Hex(leafD))[0]).toMatchObject({ goneAt: null });
    expect(store.scanCacheEntry(join(root, 'servers', 'b.crt'))).toBeNull();
  });

  it('stops when cancelled, leaving what it did consistent for the next scan', async () => {
    const { root, store, deps } = setUp();
    const controller = new AbortController();
    const partial = await scanFolder(root, deps, {
      signal: controller.signal,
      onProgress: (p) => p.filesDone === 2 && controller.abort(),
    });
    expect(partial).toMatchObject({ cancelled: true, files: 2 });
    const rest = await scanFolder(root, deps);
    expect(rest).toMatchObject({ cancelled: false, files: 6, unchanged: 2, read: 4 });
    expect(store.certificates()).toHaveLength(5);
  });

  it('moves the last sighting of what an unchanged file holds forward, without reading it', async () => {
    const { root, store, deps, leafA } = setUp();
    let now = NOW.getTime();
    const clock = { now: () => new Date(now) };
    await scanFolder(root, { ...deps, clock });
    now += 3_600_000;
    const parses = certificateParseCount();
    expect(await scanFolder(root, { ...deps, clock })).toMatchObject({ read: 0, unchanged: 6 });
    expect(certificateParseCount()).toBe(parses);
    for (const place of store.locationsOf(sha256Hex(leafA)))
      expect(place).toMatchObject({ lastSeen: new Date(now), firstSeen: NOW, goneAt: null });
  });
});
