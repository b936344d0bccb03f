import { join } from 'node:path';
import { confDocumentStore } from '../../../../src/main/adapters/conf-document-store.js';
import { openSqliteInventory } from '../../../../src/main/adapters/inventory/sqlite-inventory-store.js';
import type { InventoryStore } from '../../../../src/main/ports/inventory-store.js';
import { entryDetail, inventoryEntries } from '../../../../src/main/services/inventory/inventory-entries.js';
import { createInventoryService } from '../../../../src/main/services/inventory/inventory-service.js';
import { reportRows } from '../../../../src/main/services/inventory/report-rows.js';
import { DAY_MS, DEFAULT_DEADLINE_SETTINGS } from '../../../../src/shared/inventory/deadlines.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/** A certificate's own reminder settings, as the list, the drawer and the reports see them. */

const NOW = new Date('2027-01-01T08:00:00Z');
const stores: InventoryStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

const setUp = () => {
  const dir = tempDir('vigie-certificate-deadlines-');
  const { store } = openSqliteInventory(join(dir, 'inventory.sqlite'));
  stores.push(store);
  const shas = [50, 200].map((days, i) => {
    const sha256 = String(i + 1).padStart(64, '0');
    store.upsertCertificate(
      {
        sha256,
        der: new Uint8Array([0x30, 0x00]),
        subject: `CN=Serveur ${i + 1}`,
        issuer: 'CN=AC',
        subjectFields: {},
        issuerFields: {},
        serialNumber: '01',
        notBefore: new Date(0),
        notAfter: new Date(NOW.getTime() + days * DAY_MS),
        igc: null,
      },
      NOW,
    );
    store.recordLocation(sha256, { source: 'added', locator: `serveur-${i + 1}.pem` }, NOW);
    return sha256;
  });
  return { dir, store, shas: shas as [string, string] };
};

describe("a certificate's own reminder settings", () => {
  it('decide its status in the list, the detail and the reports; the others keep the global ones', () => {
    const { store, shas } = setUp();
    const [a, b] = shas;
    const statuses = () => ({
      list: inventoryEntries(store, NOW, DEFAULT_DEADLINE_SETTINGS).map((e) => e.status),
      detail: entryDetail(store, a, NOW, DEFAULT_DEADLINE_SETTINGS)?.entry.status,
      report: reportRows(store, NOW, { settings: DEFAULT_DEADLINE_SETTINGS }).map((r) => r.status),
    });
    expect(statuses()).toEqual({
      list: ['renew-soon', 'valid'],
      detail: 'renew-soon',
      report: ['renew-soon', 'valid'],
    });

    store.setCertificateDeadlines(a, { thresholds: null, renewNowDays: 60 });
    store.setCertificateDeadlines(b, { thresholds: [365, 30], renewNowDays: null });
    expect(statuses()).toEqual({
      list: ['renew-now', 'renew-soon'],
      detail: 'renew-now',
      report: ['renew-now', 'renew-soon'],
    });
    expect(entryDetail(store, a, NOW, DEFAULT_DEADLINE_SETTINGS)?.deadlines).toEqual({
      own: { thresholds: null, renewNowDays: 60 },
      global: { thresholds: [90, 60, 30, 14, 7, 1], renewNowDays: 30 },
    });
  });

  it('are set through the service, which says the inventory changed (the watcher checks again)', async () => {
    const { dir, store, shas } = setUp();
    let changes = 0;
    const unused = {} as never;
    const service = createInventoryService({
      store,
      clock: { now: () => NOW },
      fs: unused,
      inspector: unused,
      orders: unused,
      keystore: unused,
      settings: confDocumentStore(dir, 'inventory-settings'),
      events: { emit: () => undefined },
      saveTarget: unused,
      chooseFolder: null,
      probeEndpoints: null,
      onChanged: () => void changes++,
    });
    await service.setDeadlines({ thresholds: [45, 10], renewNowDays: 10 });
    // The service says it changed after its answer (the next turn of the event loop).
    const settled = () => new Promise((resolve) => setImmediate(resolve));
    await settled();
    changes = 0;

    const set = await service.setCertificateDeadlines(shas[0], {
      thresholds: [120, 30, 30],
      renewNowDays: null,
    });
    expect(set).toEqual({
      ok: true,
      value: {
        own: { thresholds: [120, 30], renewNowDays: null },
        global: { thresholds: [45, 10], renewNowDays: 10 },
      },
    });
    await settled();
    expect(changes).toBe(1);
    const detail = await service.detail(shas[0]);
    expect(detail.ok && detail.value.entry.status).toBe('renew-soon'); // 50 days left, within its 120

    const cleared = await service.setCertificateDeadlines(shas[0], { thresholds: null, renewNowDays: null });
    expect(cleared.ok && cleared.value.own).toEqual({ thresholds: null, renewNowDays: null });
    expect(store.certificateDeadlines(shas[0])).toBeNull();
    await settled();
    expect(changes).toBe(2);

    const missing = await service.setCertificateDeadlines('F'.repeat(64), {
      thresholds: [1],
      renewNowDays: 1,
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await settled();
    expect(changes).toBe(2);
  });
});
