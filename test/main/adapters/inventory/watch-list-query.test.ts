import { join } from 'node:path';
import { openSqliteInventory } from '../../../../src/main/adapters/inventory/sqlite-inventory-store.js';
import type { CertificateFacts, InventoryStore } from '../../../../src/main/ports/inventory-store.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000);
const cert = (n: number, notAfter: Date, issuer = 'AC TEST'): CertificateFacts => ({
  sha256: n.toString(16).toUpperCase().padStart(64, '0'),
  der: Uint8Array.from([0x30, 0x03, 0x02, 0x01, n & 0xff]),
  subject: `CN=Certificat ${n}`,
  issuer: `CN=${issuer}`,
  subjectFields: { CN: `Certificat ${n}` },
  issuerFields: { CN: issuer },
  serialNumber: n.toString(16).toUpperCase(),
  notBefore: day(-365),
  notAfter,
  igc:
    n === 3
      ? {
          environment: 'production',
          family: 'ORG',
          product: 'ORG_AUTH_CLI',
          genuine: true,
          issuingCa: 'ACI-EL-ORG',
        }
      : null,
});

let store: InventoryStore;
beforeEach(() => {
  store = openSqliteInventory(join(tempDir('vigie-watch-list-'), 'inventory.sqlite')).store;
});
afterEach(() => store.close());

describe('the watch list (certificates with their places, in one read)', () => {
  it('gives each certificate once, soonest expiry first, with its current places in the order found', () => {
    const [a, b, c, gone] = [
      cert(1, day(30)),
      cert(2, day(10)),
      cert(3, day(20), 'AC AUTRE'),
      cert(4, day(5)),
    ];
    for (const x of [a, b, c, gone]) store.upsertCertificate(x, day(0));
    store.recordLocation(a.sha256, { source: 'folder', locator: '/srv/a.pem' }, day(0));
    store.recordLocation(a.sha256, { source: 'nss', locator: '/home/u/.pki/nssdb' }, day(1));
    store.recordLocation(a.sha256, { source: 'folder', locator: '/srv/old.pem' }, day(0));
    store.markGone({ source: 'folder', locator: '/srv/old.pem' }, [], day(2));
    store.recordLocation(b.sha256, { source: 'endpoint', locator: 'mail.example.fr:993' }, day(0));
    store.recordLocation(c.sha256, { source: 'vault', locator: 'k1' }, day(0));
    store.recordLocation(gone.sha256, { source: 'folder', locator: '/srv/gone.pem' }, day(0));
    store.markGone({ source: 'folder', locator: '/srv/gone.pem' }, [], day(2));

    const list = store.watchList();
    expect(list.map((w) => w.certificate.subject)).toEqual([
      'CN=Certificat 2',
      'CN=Certificat 3',
      'CN=Certificat 1',
    ]);
    expect(list[2]?.places).toEqual([
      { source: 'folder', locator: '/srv/a.pem' },
      { source: 'nss', locator: '/home/u/.pki/nssdb' },
    ]);
    // What the one-by-one read says of the same certificate.
    const { der: _der, firstSeen: _f, lastSeen: _l, ...alone } = store.certificate(c.sha256)!;
    expect(list[1]?.certificate).toEqual(alone);
    expect(list[1]?.certificate.igc).toEqual(c.igc);

    // A certificate found nowhere now is kept for its history: listed only on request, with no place.
    const all = store.watchList({ includeNowhere: true });
    expect(all.map((w) => w.certificate.sha256)).toEqual([gone.sha256, b.sha256, c.sha256, a.sha256]);
    expect(all[0]?.places).toEqual([]);
  });

  it('carries each certificate’s own settings, revocation and snooze, and only its own', () => {
    const [a, b] = [cert(1, day(30)), cert(2, day(40))];
    for (const x of [a, b]) {
      store.upsertCertificate(x, day(0));
      store.recordLocation(x.sha256, { source: 'folder', locator: `/srv/${x.serialNumber}.pem` }, day(0));
    }
    store.setCertificateDeadlines(a.sha256, { thresholds: [15, 60], renewNowDays: null });
    store.snooze(a.sha256, day(3));
    store.recordRevocations([
      {
        sha256: b.sha256,
        status: 'revoked',
        checkedAt: day(1),
        revokedAt: day(1),
        reason: 'keyCompromise',
        freshUntil: null,
        cause: null,
        detail: 'listed in the CRL',
      },
    ]);
    const [first, second] = store.watchList();
    expect(first).toMatchObject({
      own: { thresholds: [60, 15], renewNowDays: null },
      revoked: false,
      snoozedUntil: day(3),
    });
    expect(second).toMatchObject({ own: null, revoked: true, snoozedUntil: null });
    store.recordRevocations([
      {
        ...second!,
        sha256: b.sha256,
        status: 'good',
        checkedAt: day(2),
        revokedAt: null,
        reason: null,
        freshUntil: day(9),
        cause: null,
        detail: 'not listed',
      },
    ]);
    expect(store.watchList()[1]?.revoked).toBe(false);
  });

  it('shares one parsed issuer name between the certificates of one issuer, frozen', () => {
    for (const n of [1, 2]) {
      store.upsertCertificate(cert(n, day(n)), day(0));
      store.recordLocation(cert(n, day(n)).sha256, { source: 'folder', locator: `/srv/${n}.pem` }, day(0));
    }
    const [one, two] = store.watchList();
    expect(one?.certificate.issuerFields).toBe(two?.certificate.issuerFields);
    expect(Object.isFrozen(one?.certificate.issuerFields)).toBe(true);
    expect(one?.certificate.subjectFields).not.toBe(two?.certificate.subjectFields);
  });
});
