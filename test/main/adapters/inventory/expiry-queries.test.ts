import { join } from 'node:path';
import { openSqliteInventory } from '../../../../src/main/adapters/inventory/sqlite-inventory-store.js';
import type { InventoryStore } from '../../../../src/main/ports/inventory-store.js';
import {
  crossedThresholds,
  DAY_MS,
  DEFAULT_DEADLINE_SETTINGS,
  effectiveDeadlines,
  nextCrossing,
  statusAt,
  watchedCertificate,
  type CertificateDeadlines,
  type DeadlineSettings,
  type WatchedCertificate,
} from '../../../../src/shared/inventory/deadlines.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/**
 * The expiry watcher's check in SQL (adapters/inventory/expiry-queries.ts), on a real file,
 * held to the answers of the shared pure functions the watcher used before (statusAt,
 * crossedThresholds, nextCrossing) over many certificates with mixed settings.
 */

const NOW = Date.UTC(2027, 0, 1, 8);
const sha = (n: number) => n.toString(16).toUpperCase().padStart(64, '0');

const stores: InventoryStore[] = [];
const newStore = () => {
  const { store } = openSqliteInventory(join(tempDir('vigie-expiry-sql-'), 'inventory.sqlite'));
  stores.push(store);
  return store;
};
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

/** A small deterministic generator: the same "random" inventory at every run. */
const lcg = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

type Made = {
  sha256: string;
  notAfter: Date;
  own: CertificateDeadlines | null;
  present: boolean;
  /** What the status rests on besides the dates: revocation and the IGC-Santé reading. */
  watched: WatchedCertificate;
};

const fill = (store: InventoryStore, count: number, seed = 7): Made[] => {
  const random = lcg(seed);
  const owns: (CertificateDeadlines | null)[] = [
    null,
    null,
    null,
    { thresholds: [120, 45, 3], renewNowDays: null },
    { thresholds: null, renewNowDays: 60 },
    { thresholds: [], renewNowDays: 10 },
    { thresholds: [14, 0], renewNowDays: 20 },
    { thresholds: [200], renewNowDays: 5 },
  ];
  const made: Made[] = [];
  store.transaction(() => {
    for (let n = 1; n <= count; n++) {
      // From a year expired to two years ahead, at any hour.
      const notAfter = new Date(NOW + Math.floor((random() * 3 - 1) * 365 * DAY_MS));
      const own = owns[Math.floor(random() * owns.length)] ?? null;
      const present = random() > 0.1;
      // A few revoked, a few IGC-Santé look-alikes (not genuine) and genuine ones.
      const revoked = random() < 0.05;
      const kind = random();
      // A few IGC-Santé look-alikes, genuine ones, and ones whose chain could not be told.
      const igc =
        kind < 0.85
          ? null
          : {
              environment: 'production' as const,
              family: 'ORG' as const,
              product: null,
              genuine: kind >= 0.95,
              issuingCa: null,
              ...(kind < 0.9 ? {} : { lookAlike: kind < 0.95 }),
            };
      store.upsertCertificate(
        {
          sha256: sha(n),
          der: new Uint8Array([n & 0xff]),
          subject: `CN=Certificat ${n}`,
          issuer: 'CN=AC',
          subjectFields: {},
          issuerFields: {},
          serialNumber: '01',
          notBefore: new Date(0),
          notAfter,
          igc,
        },
        new Date(0),
      );
      if (revoked)
        store.recordRevocations([
          {
            sha256: sha(n),
            status: 'revoked',
            checkedAt: new Date(0),
            revokedAt: new Date(0),
            reason: null,
            cause: null,
            freshUntil: null,
            detail: 'CRL',
          },
        ]);
      const place = { source: 'folder' as const, locator: `/certs/${n}.pem` };
      store.recordLocation(sha(n), place, new Date(0));
      if (!present) store.markGone(place, [], new Date(0));
      store.setCertificateDeadlines(sha(n), own);
      made.push({
        sha256: sha(n),
        notAfter,
        own,
        present,
        watched: watchedCertificate({ notAfter, igc }, revoked),
      });
    }
  });
  return made;
};

const lastStatus = (store: InventoryStore, sha256: string) => store.statusHistory(sha256).at(-1)?.status;

describe('the expiry check in SQL', () => {
  it('keeps, reads back and clears a certificate’s own settings, normalised', () => {
    const store = newStore();
    fill(store, 2);
    const a = sha(1);
    store.setCertificateDeadlines(a, { thresholds: [7, 30, 7, 90], renewNowDays: null });
    expect(store.certificateDeadlines(a)).toEqual({ thresholds: [90, 30, 7], renewNowDays: null });
    store.setCertificateDeadlines(a, { thresholds: null, renewNowDays: 12 });
    expect(store.watchList({ includeNowhere: true }).find((w) => w.certificate.sha256 === a)?.own).toEqual({
      thresholds: null,
      renewNowDays: 12,
    });
    store.setCertificateDeadlines(a, { thresholds: null, renewNowDays: null });
    expect(store.certificateDeadlines(a)).toBeNull();
    store.setCertificateDeadlines(a, { thresholds: [], renewNowDays: null });
    expect(store.certificateDeadlines(a)).toEqual({ thresholds: [], renewNowDays: null });
    store.forget(a);
    expect(store.certificateDeadlines(a)).toBeNull();
  });

  it.each([
    ['the default settings', DEFAULT_DEADLINE_SETTINGS],
    ['other global settings', { thresholds: [100, 50, 0], renewNowDays: 40 }],
    ['no threshold at all', { thresholds: [], renewNowDays: 30 }],
  ] as [string, DeadlineSettings][])(
    'says what statusAt, crossedThresholds and nextCrossing say, with %s',
    (_, global) => {
      const store = newStore();
      const made = fill(store, 3000);
      const now = new Date(NOW);

      // Some thresholds already notified, some certificates snoozed.
      const random = lcg(11);
      store.transaction(() => {
        for (const m of made) {
          const crossed = crossedThresholds(m.watched, now, effectiveDeadlines(global, m.own).thresholds);
          if (crossed.length > 1 && random() < 0.3) store.recordNotified(m.sha256, crossed[0]!, now);
          if (random() < 0.05) store.snooze(m.sha256, new Date(NOW + random() * 30 * DAY_MS));
          if (random() < 0.05) store.snooze(m.sha256, new Date(NOW - DAY_MS)); // ended
        }
      });

      const appended = store.transaction(() => store.recordStatusesAt(now, global));
      const present = made.filter((m) => m.present);
      expect(appended).toBe(present.length);
      for (const m of made) {
        const expected = m.present ? statusAt(m.watched, now, effectiveDeadlines(global, m.own)) : undefined;
        expect([m.sha256, lastStatus(store, m.sha256)]).toEqual([m.sha256, expected]);
      }
      expect(store.transaction(() => store.recordStatusesAt(now, global))).toBe(0);

      const check = store.expiryCheck(now, global);
      const expectedDue = new Map<string, number[]>();
      let snoozeEnds: number | null = null;
      let next: number | null = null;
      for (const m of present) {
        const settings = effectiveDeadlines(global, m.own);
        const upcoming = nextCrossing(m.watched, now, settings.thresholds)?.getTime();
        if (upcoming !== undefined) next = next === null ? upcoming : Math.min(next, upcoming);
        const notified = store.notifiedThresholds(m.sha256);
        const nearest = Math.min(Infinity, ...notified);
        const fresh = [...new Set(crossedThresholds(m.watched, now, settings.thresholds))].filter(
          (d) => d < nearest,
        );
        if (fresh.length === 0) continue;
        const until = store.snoozedUntil(m.sha256)?.getTime() ?? null;
        if (until !== null && until > NOW)
          snoozeEnds = snoozeEnds === null ? until : Math.min(snoozeEnds, until);
        else expectedDue.set(m.sha256, fresh);
      }
      expect(new Map(check.due.map((d) => [d.sha256, d.thresholds]))).toEqual(expectedDue);
      expect(check.due.every((d) => d.subject === `CN=Certificat ${Number.parseInt(d.sha256, 16)}`)).toBe(
        true,
      );
      expect(check.nextCrossing?.getTime() ?? null).toBe(next);
      expect(check.snoozeEnds?.getTime() ?? null).toBe(snoozeEnds);
      expect(expectedDue.size).toBeGreaterThan(100); // the case is not vacuous
    },
  );

  it('over 10,000 certificates, a quiet check hands nothing back and stays short', () => {
    const store = newStore();
    fill(store, 10_000, 3);
    const now = new Date(NOW);
    const global = DEFAULT_DEADLINE_SETTINGS;
    store.transaction(() => store.recordStatusesAt(now, global));
    const first = store.expiryCheck(now, global);
    store.transaction(() => {
      for (const d of first.due) for (const t of d.thresholds) store.recordNotified(d.sha256, t, now);
    });

    const started = performance.now();
    const appended = store.transaction(() => store.recordStatusesAt(now, global));
    const quiet = store.expiryCheck(now, global);
    const elapsed = performance.now() - started;
    expect(appended).toBe(0);
    expect(quiet.due).toEqual([]);
    expect(quiet.nextCrossing).toEqual(first.nextCrossing);
    expect(quiet.nextCrossing!.getTime()).toBeGreaterThan(NOW);
    // Generous for slow CI machines: about 80 ms on a laptop.
    expect(elapsed).toBeLessThan(2000);
  });

  it('a nearer threshold added once crossed is due once; a farther one stays quiet', () => {
    const store = newStore();
    const [m] = fill(store, 1);
    store.recordLocation(m!.sha256, { source: 'folder', locator: '/certs/1.pem' }, new Date(0)); // present
    const now = new Date(m!.notAfter.getTime() - 40 * DAY_MS);
    const global = DEFAULT_DEADLINE_SETTINGS;
    store.recordNotified(m!.sha256, 90, now);
    store.recordNotified(m!.sha256, 60, now);
    expect(store.expiryCheck(now, global).due).toEqual([]);

    store.setCertificateDeadlines(m!.sha256, { thresholds: [120, 45, 30], renewNowDays: null });
    expect(store.expiryCheck(now, global).due.map((d) => d.thresholds)).toEqual([[45]]);
    store.recordNotified(m!.sha256, 45, now);
    expect(store.expiryCheck(now, global).due).toEqual([]);
    expect(store.expiryCheck(now, global).nextCrossing).toEqual(
      new Date(m!.notAfter.getTime() - 30 * DAY_MS),
    );
  });
});
