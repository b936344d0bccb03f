import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import {
  InventoryTooNewError,
  openSqliteInventory,
} from '../../../../src/main/adapters/inventory/sqlite-inventory-store.js';
import { INVENTORY_MIGRATIONS } from '../../../../src/main/adapters/inventory/inventory-schema.js';
import type { CertificateFacts, InventoryStore } from '../../../../src/main/ports/inventory-store.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const { DatabaseSync: Database } = process.getBuiltinModule('node:sqlite');

const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000);
const cert = (n: number, notAfter = day(n)): CertificateFacts => ({
  sha256: n.toString(16).toUpperCase().padStart(64, '0'),
  der: Uint8Array.from([0x30, 0x03, 0x02, 0x01, n & 0xff]),
  subject: `CN=Certificat ${n}`,
  issuer: 'CN=AC TEST',
  subjectFields: { CN: `Certificat ${n}` },
  issuerFields: { CN: 'AC TEST' },
  serialNumber: n.toString(16).toUpperCase(),
  notBefore: day(-365),
  notAfter,
  igc: null,
});

const opened: InventoryStore[] = [];
const open = (path: string, migrations = INVENTORY_MIGRATIONS) => {
  const result = openSqliteInventory(path, { migrations });
  opened.push(result.store);
  return result;
};
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

describe('the SQLite inventory', () => {
  it('keeps certificates, soonest expiry first, and their bytes', () => {
    const path = join(tempDir('vigie-inventory-'), 'inventory.sqlite');
    const { store, backup, setAside } = open(path);
    expect([backup, setAside]).toEqual([null, null]);
    store.transaction(() => {
      for (const n of [30, 10, 20]) store.upsertCertificate(cert(n), day(0));
    });
    store.upsertCertificate(cert(10), day(5)); // seen again later
    expect(store.certificates().map((c) => c.subject)).toEqual([
      'CN=Certificat 10',
      'CN=Certificat 20',
      'CN=Certificat 30',
    ]);
    const ten = store.certificate(cert(10).sha256);
    expect(ten?.der).toEqual(cert(10).der);
    expect([ten?.firstSeen, ten?.lastSeen]).toEqual([day(0), day(5)]);
    expect(store.certificate('00')).toBeNull();
  });

  it('reads every snooze, notification and last status in one go, as the one-by-one reads say', () => {
    const { store } = open(join(tempDir('vigie-inventory-'), 'inventory.sqlite'));
    for (const n of [1, 2, 3]) store.upsertCertificate(cert(n), day(0));
    const [a, b, c] = [1, 2, 3].map((n) => cert(n).sha256) as [string, string, string];
    store.snooze(a, day(9));
    store.recordNotified(a, 90, day(1));
    store.recordNotified(a, 30, day(2));
    store.recordNotified(b, 60, day(1));
    store.recordStatus(a, 'valid', day(0));
    store.recordStatus(a, 'renew-soon', day(1));
    store.recordStatus(b, 'valid', day(0));
    expect(
      store
        .watchList({ includeNowhere: true })
        .filter((w) => w.snoozedUntil !== null)
        .map((w) => [w.certificate.sha256, w.snoozedUntil]),
    ).toEqual([[a, day(9)]]);
    expect(store.notifiedByCertificate()).toEqual(
      new Map([
        [a, store.notifiedThresholds(a)],
        [b, [60]],
      ]),
    );
    expect(store.notifiedByCertificate().get(a)).toEqual([90, 30]);
    expect(store.lastStatuses()).toEqual(
      new Map([
        [a, 'renew-soon'],
        [b, 'valid'],
      ]),
    );
    expect(store.lastStatuses().has(c)).toBe(false);
  });

  it('keeps the IGC-Santé reading, and a later reading replaces it (a chain checked since)', () => {
    const { store } = open(join(tempDir('vigie-inventory-'), 'inventory.sqlite'));
    const igc = {
      environment: 'test',
      family: 'PS',
      product: null,
      genuine: false,
      issuingCa: null,
    } as const;
    store.upsertCertificate({ ...cert(1), igc }, day(0));
    expect(store.certificates()[0]?.igc).toEqual(igc);
    store.upsertCertificate({ ...cert(1), igc: { ...igc, genuine: true, issuingCa: 'ACI-EL-PP' } }, day(1));
    expect(store.certificate(cert(1).sha256)?.igc).toEqual({ ...igc, genuine: true, issuingCa: 'ACI-EL-PP' });
    // A sighting that could not read it (null) keeps what was known.
    store.upsertCertificate(cert(1), day(2));
    expect(store.certificate(cert(1).sha256)?.igc?.genuine).toBe(true);
    expect(store.certificate(cert(2).sha256)).toBeNull();
  });

  it('tracks where a certificate is, marks what a scan no longer finds, and finds it again', () => {
    const { store } = open(join(tempDir('vigie-inventory-'), 'inventory.sqlite'));
    const folder = { source: 'folder' as const, locator: '/srv/certs/a.pem' };
    for (const n of [1, 2]) {
      store.upsertCertificate(cert(n), day(0));
      store.recordLocation(cert(n).sha256, folder, day(0));
    }
    store.recordLocation(cert(1).sha256, { source: 'nss', locator: '/home/u/.pki/nssdb' }, day(0));
    expect(store.markGone(folder, [cert(1).sha256], day(3))).toBe(1);
    expect(store.watchList().map((w) => [w.certificate.sha256, w.places.map((l) => l.source)])).toEqual([
      [cert(1).sha256, ['folder', 'nss']],
    ]);
    expect(store.locationsOf(cert(2).sha256)).toEqual([
      { ...folder, sha256: cert(2).sha256, firstSeen: day(0), lastSeen: day(0), goneAt: day(3) },
    ]);
    expect(store.locationsOf(cert(1).sha256).map((l) => [l.source, l.goneAt])).toEqual([
      ['folder', null],
      ['nss', null],
    ]);
    store.recordLocation(cert(2).sha256, folder, day(4));
    expect(store.locationsOf(cert(2).sha256)[0]).toMatchObject({
      goneAt: null,
      lastSeen: day(4),
      firstSeen: day(0),
    });
  });

  it('records status changes only, acknowledgements, snoozes, and forgets all of it with the certificate', () => {
    const { store } = open(join(tempDir('vigie-inventory-'), 'inventory.sqlite'));
    const sha = cert(1).sha256;
    store.upsertCertificate(cert(1), day(0));
    expect(store.recordStatus(sha, 'valid', day(0))).toBe(true);
    expect(store.recordStatus(sha, 'valid', day(1))).toBe(false);
    expect(store.recordStatus(sha, 'renew-soon', day(2))).toBe(true);
    expect(store.statusHistory(sha)).toEqual([
      { status: 'valid', at: day(0) },
      { status: 'renew-soon', at: day(2) },
    ]);
    store.acknowledge(sha, 30, day(2));
    store.acknowledge(sha, 90, day(1));
    store.acknowledge(sha, 30, day(3));
    expect(store.acknowledgedThresholds(sha)).toEqual([90, 30]);
    store.snooze(sha, day(9));
    expect(store.snoozedUntil(sha)).toEqual(day(9));
    store.snooze(sha, null);
    expect(store.snoozedUntil(sha)).toBeNull();
    store.snooze(sha, day(10));
    store.recordLocation(sha, { source: 'vault', locator: 'key-1' }, day(0));
    store.forget(sha);
    expect(store.certificate(sha)).toBeNull();
    expect([store.statusHistory(sha), store.acknowledgedThresholds(sha), store.locationsOf(sha)]).toEqual([
      [],
      [],
      [],
    ]);
    expect(store.snoozedUntil(sha)).toBeNull();
  });

  it('keeps the scan cache per path, replaced by the next scan of it', () => {
    const { store } = open(join(tempDir('vigie-inventory-'), 'inventory.sqlite'));
    const entry = {
      path: "/srv/certs/ü « quoted ' » .pem",
      size: 1200,
      mtimeMs: 1_800_000_000_123,
      contentSha256: 'AB'.repeat(32),
      certificates: [cert(1).sha256, cert(2).sha256],
      error: null,
      scannedAt: day(0),
    };
    store.putScanCacheEntry(entry);
    expect(store.scanCacheEntry(entry.path)).toEqual(entry);
    store.putScanCacheEntry({ ...entry, size: 10, certificates: [], error: 'truncated', scannedAt: day(1) });
    expect(store.scanCacheEntry(entry.path)).toMatchObject({
      size: 10,
      certificates: [],
      error: 'truncated',
    });
    expect(store.scanCacheEntry('/elsewhere')).toBeNull();
  });

  it("keeps each endpoint's last check, replaced by the next one, and lists them all", () => {
    const path = join(tempDir('vigie-inventory-'), 'inventory.sqlite');
    const { store } = open(path);
    const served = {
      locator: 'mail.example.org:25/smtp',
      checkedAt: day(0),
      error: null,
      protocol: 'TLSv1.3',
      served: [cert(1).sha256, cert(2).sha256],
      hostnameMatch: false,
      hostnameError: "Host: mail.example.org. is not in the cert's altnames: DNS:other.example.org",
      chain: 'missing-intermediate' as const,
      servedInOrder: false,
      leafExpired: true,
    };
    const down = {
      locator: '[::1]:443',
      checkedAt: day(0),
      error: { code: 'refused' as const, message: 'connection refused (443)' },
      protocol: null,
      served: [],
      hostnameMatch: null,
      hostnameError: null,
      chain: null,
      servedInOrder: null,
      leafExpired: null,
    };
    store.putEndpointCheck(served);
    store.putEndpointCheck(down);
    expect(store.endpointCheck(served.locator)).toEqual(served);
    expect(store.endpointCheck(down.locator)).toEqual(down);
    expect(store.endpointCheck('elsewhere:443')).toBeNull();

    // The next check replaces the last one: the endpoint came back, fixed.
    const fixed = { ...down, checkedAt: day(1), error: null, protocol: 'TLSv1.2', served: [cert(3).sha256] };
    store.putEndpointCheck({
      ...fixed,
      hostnameMatch: true,
      chain: 'complete',
      servedInOrder: true,
      leafExpired: false,
    });
    store.close();
    const again = open(path).store;
    expect(
      again.endpointChecks().map((c) => [c.locator, c.chain, c.servedInOrder, c.hostnameMatch, c.served]),
    ).toEqual([
      ['[::1]:443', 'complete', true, true, [cert(3).sha256]],
      ['mail.example.org:25/smtp', 'missing-intermediate', false, false, [cert(1).sha256, cert(2).sha256]],
    ]);
  });

  it('lists the cached paths inside a folder only: not a sibling sharing its prefix, case kept', () => {
    const { store } = open(join(tempDir('vigie-inventory-'), 'inventory.sqlite'));
    const at = (path: string) => ({
      path,
      size: 1,
      mtimeMs: 1.5,
      contentSha256: '',
      certificates: [],
      error: null,
      scannedAt: day(0),
    });
    for (const p of [
      '/srv/certs/a.pem',
      '/srv/certs/sub/b.pem',
      '/srv/certs-old/c.pem',
      '/srv/CERTS/d.pem',
      '/srv/c%_s/e.pem',
    ])
      store.putScanCacheEntry(at(p));
    expect(store.scanCacheUnder('/srv/certs').map((e) => e.path)).toEqual([
      '/srv/certs/a.pem',
      '/srv/certs/sub/b.pem',
    ]);
    expect(store.scanCacheUnder('/srv/certs/').map((e) => e.path)).toEqual([
      '/srv/certs/a.pem',
      '/srv/certs/sub/b.pem',
    ]);
    expect(store.scanCacheUnder('/srv/c%_s').map((e) => e.path)).toEqual(['/srv/c%_s/e.pem']);
    expect(store.scanCacheEntry('/srv/certs/a.pem')?.mtimeMs).toBe(1.5);
    store.removeScanCacheEntry('/srv/certs/a.pem');
    expect(store.scanCacheUnder('/srv/certs').map((e) => e.path)).toEqual(['/srv/certs/sub/b.pem']);
  });

  it('rolls a failed transaction back whole', () => {
    const { store } = open(join(tempDir('vigie-inventory-'), 'inventory.sqlite'));
    expect(() =>
      store.transaction(() => {
        store.upsertCertificate(cert(1), day(0));
        store.transaction(() => store.upsertCertificate(cert(2), day(0)));
        throw new Error('scan cancelled');
      }),
    ).toThrow('scan cancelled');
    expect(store.certificates()).toEqual([]);
  });

  it('survives closing and reopening, with WAL on', () => {
    const path = join(tempDir('vigie-inventory-'), 'inventory.sqlite');
    const first = open(path).store;
    first.upsertCertificate(cert(1), day(0));
    first.close();
    const again = open(path);
    expect(again.store.certificates()).toHaveLength(1);
    expect(again.backup).toBeNull(); // nothing to migrate
    const db = new Database(path, { readOnly: true });
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
  });
});

describe('inventory schema changes', () => {
  const latest = INVENTORY_MIGRATIONS.at(-1)?.version ?? 0;
  const next = [
    ...INVENTORY_MIGRATIONS,
    { version: latest + 1, sql: 'ALTER TABLE certificates ADD COLUMN note TEXT' },
  ];

  it('copies the file before migrating, and the copy holds the old data and version', () => {
    const path = join(tempDir('vigie-inventory-'), 'inventory.sqlite');
    const first = open(path).store;
    first.upsertCertificate(cert(1), day(0));
    first.close();
    const { store, backup } = open(path, next);
    expect(backup).toBe(`${path}.before-v${latest + 1}.bak`);
    expect(store.certificates()).toHaveLength(1);
    const copy: DatabaseSync = new Database(backup as string, { readOnly: true });
    expect(copy.prepare('PRAGMA user_version').get()).toEqual({ user_version: latest });
    expect(copy.prepare('SELECT count(*) AS n FROM certificates').get()).toEqual({ n: 1 });
    copy.close();
    const live = new Database(path, { readOnly: true });
    expect(live.prepare('PRAGMA user_version').get()).toEqual({ user_version: latest + 1 });
    live.close();
  });

  it('brings a version 1 inventory to the current schema, its data kept and usable', () => {
    const path = join(tempDir('vigie-inventory-'), 'inventory.sqlite');
    open(path, INVENTORY_MIGRATIONS.slice(0, 1)).store.close();
    // A row as version 1 wrote it (its own columns only).
    const v1 = new Database(path);
    v1.prepare(
      `INSERT INTO certificates (sha256, der, subject, issuer, subject_fields, issuer_fields, serial,
         not_before, not_after, igc, first_seen, last_seen) VALUES (?, ?, 'CN=a', 'CN=b', '{}', '{}', '01', 0, ?, NULL, 0, 0)`,
    ).run('A'.repeat(64), new Uint8Array([1]), day(400).getTime());
    v1.close();
    const { store, backup } = open(path);
    expect(backup).toBe(`${path}.before-v${latest}.bak`);
    const [c] = store.certificates();
    expect(c).toBeDefined();
    store.setCertificateDeadlines(c!.sha256, { thresholds: [10], renewNowDays: null });
    store.recordRevocations([
      {
        sha256: c!.sha256,
        status: 'revoked',
        checkedAt: day(1),
        revokedAt: day(0),
        reason: 'superseded',
        cause: null,
        freshUntil: null,
        detail: 'CRL',
      },
    ]);
    expect(store.revokedCertificates()).toEqual(new Set([c!.sha256]));
    expect(store.certificateDeadlines(c!.sha256)).toEqual({ thresholds: [10], renewNowDays: null });
  });

  it('leaves a file from a newer Vigie untouched, with a typed error', () => {
    const path = join(tempDir('vigie-inventory-'), 'inventory.sqlite');
    open(path, next).store.close();
    const before = readFileSync(path);
    expect(() => open(path)).toThrow(InventoryTooNewError);
    expect(readFileSync(path)).toEqual(before);
  });

  it('moves a damaged file aside and starts a new inventory', () => {
    const path = join(tempDir('vigie-inventory-'), 'inventory.sqlite');
    writeFileSync(path, 'this is not a database, but someone may want it back'.repeat(100));
    const { store, setAside } = open(path);
    expect(setAside).toMatch(/inventory\.sqlite\.damaged-\d+$/);
    expect(existsSync(setAside as string)).toBe(true);
    expect(readFileSync(setAside as string, 'utf8')).toContain('someone may want it back');
    store.upsertCertificate(cert(1), day(0));
    expect(store.certificates()).toHaveLength(1);
  });
});
