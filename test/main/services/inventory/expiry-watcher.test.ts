import { join } from 'node:path';
import { openSqliteInventory } from '../../../../src/main/adapters/inventory/sqlite-inventory-store.js';
import type { Alarm } from '../../../../src/main/ports/alarm.js';
import type { InventoryStore } from '../../../../src/main/ports/inventory-store.js';
import type { DesktopNotification } from '../../../../src/main/ports/notifier.js';
import { createExpiryWatcher } from '../../../../src/main/services/inventory/expiry-watcher.js';
import { DAY_MS } from '../../../../src/shared/inventory/deadlines.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/** A clock the test moves, an alarm that fires when the clock reaches it, a notifier that records. */
const harness = () => {
  let now = new Date('2027-01-01T08:00:00Z');
  let armed: { at: Date; fire: () => void } | null = null;
  const alarm: Alarm = {
    arm: (at, fire) => void (armed = { at, fire }),
    cancel: () => void (armed = null),
  };
  const shown: DesktopNotification[] = [];
  return {
    clock: { now: () => new Date(now.getTime()) },
    alarm,
    notifier: { notify: (n: DesktopNotification) => void shown.push(n) },
    shown,
    armedAt: () => armed?.at ?? null,
    /** Moves the clock; fires the alarm, as a running app would, each time it is reached. */
    advanceTo(t: Date) {
      while (armed && armed.at.getTime() <= t.getTime()) {
        now = armed.at;
        const { fire } = armed;
        armed = null;
        fire();
      }
      now = t;
    },
    /** Moves the clock without firing (the machine slept). */
    sleepUntil(t: Date) {
      now = t;
    },
  };
};

const stores: InventoryStore[] = [];
const newStore = (path = join(tempDir('vigie-watcher-'), 'inventory.sqlite')) => {
  const { store } = openSqliteInventory(path);
  stores.push(store);
  return { store, path };
};
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

const add = (store: InventoryStore, n: number, notAfter: Date, subject = `CN=Dr Martin ${n},O=Cabinet`) => {
  const sha256 = String(n).padStart(64, '0');
  store.upsertCertificate(
    {
      sha256,
      der: new Uint8Array([n]),
      subject,
      issuer: 'CN=AC',
      subjectFields: {},
      issuerFields: {},
      serialNumber: '01',
      notBefore: new Date(0),
      notAfter,
      igc: null,
    },
    new Date(0),
  );
  store.recordLocation(sha256, { source: 'folder', locator: `/certs/${n}.pem` }, new Date(0));
  return sha256;
};

describe('the expiry watcher', () => {
  it('arms one alarm for the next crossing and notifies each threshold once', () => {
    const h = harness();
    const { store } = newStore();
    const expiry = new Date(h.clock.now().getTime() + 100 * DAY_MS);
    const sha = add(store, 1, expiry);
    const watcher = createExpiryWatcher({ ...h, store });
    watcher.start();
    expect(h.shown).toEqual([]);
    expect(h.armedAt()).toEqual(new Date(expiry.getTime() - 90 * DAY_MS));

    h.advanceTo(new Date(expiry.getTime() - 89 * DAY_MS));
    expect(h.shown).toHaveLength(1);
    expect(h.shown[0]).toMatchObject({ title: 'Certificat à renouveler', certificates: [sha] });
    expect(h.shown[0]?.body).toMatch(/^Dr Martin 1 : à renouveler avant le \d+ avril 2027\.$/);
    expect(h.armedAt()).toEqual(new Date(expiry.getTime() - 60 * DAY_MS));

    h.advanceTo(new Date(expiry.getTime() + DAY_MS));
    // 60, 30, 14, 7, 1 and the expiry itself, each on its own alarm.
    expect(h.shown.map((n) => n.title)).toEqual([
      'Certificat à renouveler',
      'Certificat à renouveler',
      'Certificat à renouveler',
      'Certificat à renouveler',
      'Certificat à renouveler',
      'Certificat à renouveler',
      'Certificat expiré',
    ]);
    expect(h.armedAt()).toBeNull(); // nothing left to wait for
    expect(store.statusHistory(sha).map((s) => s.status)).toEqual([
      'valid',
      'renew-soon',
      'renew-now',
      'expired',
    ]);
    watcher.stop();
  });

  it('after a sleep across several thresholds, says it once', () => {
    const h = harness();
    const { store } = newStore();
    const expiry = new Date(h.clock.now().getTime() + 40 * DAY_MS);
    add(store, 1, expiry);
    const watcher = createExpiryWatcher({ ...h, store });
    watcher.start();
    expect(h.shown).toHaveLength(1); // 90 and 60 already crossed: one notification for both
    h.sleepUntil(new Date(expiry.getTime() - 5 * DAY_MS)); // 30, 14 and 7 crossed while asleep
    watcher.refresh(); // the shell calls this on resume
    expect(h.shown).toHaveLength(2);
    expect(h.armedAt()).toEqual(new Date(expiry.getTime() - DAY_MS));
  });

  it('neither repeats nor loses an alert across a restart', () => {
    const h = harness();
    const { store, path } = newStore();
    const expiry = new Date(h.clock.now().getTime() + 20 * DAY_MS);
    add(store, 1, expiry);
    createExpiryWatcher({ ...h, store }).start();
    expect(h.shown).toHaveLength(1);
    store.close();

    // Same moment, new process: nothing new to say.
    const again = newStore(path).store;
    createExpiryWatcher({ ...h, store: again }).start();
    expect(h.shown).toHaveLength(1);
    again.close();

    // Vigie was not running when the 14-day threshold passed: shown at the next start.
    h.sleepUntil(new Date(expiry.getTime() - 10 * DAY_MS));
    const later = newStore(path).store;
    createExpiryWatcher({ ...h, store: later }).start();
    expect(h.shown).toHaveLength(2);
  });

  it('holds a snoozed certificate until the snooze ends', () => {
    const h = harness();
    const { store } = newStore();
    const expiry = new Date(h.clock.now().getTime() + 95 * DAY_MS);
    const sha = add(store, 1, expiry);
    const until = new Date(expiry.getTime() - 80 * DAY_MS);
    store.snooze(sha, until);
    const watcher = createExpiryWatcher({ ...h, store });
    watcher.start();
    h.advanceTo(new Date(expiry.getTime() - 85 * DAY_MS)); // 90 crossed, snoozed
    expect(h.shown).toEqual([]);
    expect(h.armedAt()).toEqual(until);
    h.advanceTo(until);
    expect(h.shown).toHaveLength(1);
  });

  it('no longer watches a certificate that is nowhere any more', () => {
    const h = harness();
    const { store } = newStore();
    const expiry = new Date(h.clock.now().getTime() + 95 * DAY_MS);
    const kept = add(store, 1, expiry);
    const removed = add(store, 2, expiry);
    store.markGone({ source: 'folder', locator: '/certs/2.pem' }, [], h.clock.now());
    const watcher = createExpiryWatcher({ ...h, store });
    watcher.start();
    h.advanceTo(new Date(expiry.getTime() - 89 * DAY_MS));
    expect(h.shown.map((n) => n.certificates)).toEqual([[kept]]);
    expect(store.notifiedThresholds(removed)).toEqual([]);
  });

  it('groups the certificates that fall due together, soonest first', () => {
    const h = harness();
    const { store } = newStore();
    const base = h.clock.now().getTime();
    for (const [n, days] of [
      [1, 20],
      [2, -3],
      [3, 50],
      [4, 10],
      [5, 200],
    ] as const)
      add(store, n, new Date(base + days * DAY_MS));
    createExpiryWatcher({ ...h, store }).start();
    expect(h.shown).toHaveLength(1);
    const [notice] = h.shown;
    expect(notice?.title).toBe('4 certificats demandent votre attention');
    expect(notice?.certificates.map((s) => Number(s))).toEqual([2, 4, 1, 3]);
    expect(notice?.body.split('\n')).toEqual([
      expect.stringMatching(/^Dr Martin 2 a expiré le .* : il faut en commander un nouveau\.$/),
      expect.stringMatching(/^Dr Martin 4 : à renouveler avant le /),
      expect.stringMatching(/^Dr Martin 1 : à renouveler avant le /),
      '… et 1 autre(s).',
    ]);
  });

  it('fires across a daylight-saving change at the same instant, once', () => {
    const h = harness();
    const { store } = newStore();
    // Paris leaves summer time on 2027-10-31; the 7-day crossing is the week before.
    const expiry = new Date('2027-11-03T10:00:00Z');
    h.sleepUntil(new Date('2027-10-20T10:00:00Z'));
    add(store, 1, expiry);
    createExpiryWatcher({ ...h, store }).start();
    const shownBefore = h.shown.length;
    expect(h.armedAt()).toEqual(new Date('2027-10-27T10:00:00Z'));
    h.advanceTo(new Date('2027-11-01T00:00:00Z'));
    expect(h.shown.length - shownBefore).toBe(1);
    expect(h.armedAt()).toEqual(new Date('2027-11-02T10:00:00Z'));
  });

  it("follows a certificate's own thresholds: re-armed when they change, a nearer one already crossed said once", () => {
    const h = harness();
    const { store } = newStore();
    const expiry = new Date(h.clock.now().getTime() + 40 * DAY_MS);
    const own = add(store, 1, expiry);
    const other = add(store, 2, new Date(expiry.getTime() + 10 * DAY_MS));
    const watcher = createExpiryWatcher({ ...h, store });
    watcher.start();
    expect(h.shown).toHaveLength(1); // 90 and 60 for both, in one notification
    expect(h.armedAt()).toEqual(new Date(expiry.getTime() - 30 * DAY_MS));

    // Its own: 120 (farther than what was said: quiet), 45 (nearer, already crossed: said once), 35.
    store.setCertificateDeadlines(own, { thresholds: [120, 45, 35], renewNowDays: 45 });
    watcher.refresh(); // the service's onChanged
    expect(h.shown).toHaveLength(2);
    expect(h.shown[1]?.certificates).toEqual([own]);
    expect(store.notifiedThresholds(own)).toEqual([90, 60, 45]);
    expect(store.statusHistory(own).map((s) => s.status)).toEqual(['renew-soon', 'renew-now']);
    expect(h.armedAt()).toEqual(new Date(expiry.getTime() - 35 * DAY_MS));
    watcher.refresh();
    expect(h.shown).toHaveLength(2);

    // 35 for it; then 30 only for the other (its own list has no 30): each on its own alarm.
    h.advanceTo(new Date(expiry.getTime() - 34 * DAY_MS));
    expect(h.shown.map((n) => n.certificates).slice(2)).toEqual([[own]]);
    h.advanceTo(new Date(expiry.getTime() - 10 * DAY_MS));
    expect(h.shown.map((n) => n.certificates).slice(3)).toEqual([[other]]); // its 30
    expect(store.notifiedThresholds(own)).toEqual([90, 60, 45, 35]);

    // Back to the global settings: 30 and 14 crossed, nearer than 35: said once, together.
    store.setCertificateDeadlines(own, null);
    watcher.refresh();
    expect(h.shown.map((n) => n.certificates).slice(4)).toEqual([[own]]);
    expect(store.notifiedThresholds(own)).toEqual([90, 60, 45, 35, 30, 14]);
    watcher.stop();
  });
});

describe('the expiry watcher asked again with nothing new', () => {
  /** The store, counting the checks the watcher makes (each walks every certificate in SQL). */
  const counted = (store: InventoryStore) => {
    let checks = 0;
    return {
      store: {
        ...store,
        expiryCheck: (...args: Parameters<InventoryStore['expiryCheck']>) => {
          checks++;
          return store.expiryCheck(...args);
        },
      },
      checks: () => checks,
    };
  };

  it('keeps its answer until something it reads changes, a crossing comes or the clock goes back', () => {
    const h = harness();
    const { store: real } = newStore();
    const { store, checks } = counted(real);
    const expiry = new Date(h.clock.now().getTime() + 100 * DAY_MS);
    const sha = add(real, 1, expiry);
    let settings = { thresholds: [90, 30], renewNowDays: 15 };
    let reconcileAt = new Date(h.clock.now().getTime() + 6 * 3_600_000);
    const watcher = createExpiryWatcher({
      ...h,
      store,
      settings: () => settings,
      alsoWakeAt: () => reconcileAt,
    });
    watcher.start();
    expect(checks()).toBe(1);

    // A scan that only saw its files again, the window focused: the same answer, no walk.
    real.touchLocations('folder', ['/certs/1.pem'], h.clock.now());
    watcher.refresh();
    h.sleepUntil(new Date(h.clock.now().getTime() + 3_600_000));
    watcher.refresh();
    expect(checks()).toBe(1);

    // Each thing the check reads makes the next refresh check again.
    const changes: (() => void)[] = [
      () => add(real, 2, new Date(expiry.getTime() + DAY_MS)),
      () => real.markGone({ source: 'folder', locator: '/certs/2.pem' }, [], h.clock.now()),
      () => real.snooze(sha, new Date(h.clock.now().getTime() + DAY_MS)),
      () => real.setCertificateDeadlines(sha, { thresholds: [60], renewNowDays: null }),
      () => (settings = { thresholds: [60, 7], renewNowDays: 15 }),
      () => (reconcileAt = new Date(reconcileAt.getTime() + 3_600_000)),
      () => h.sleepUntil(new Date(h.clock.now().getTime() - 60_000)), // the clock set back
    ];
    changes.forEach((change, i) => {
      change();
      watcher.refresh();
      expect(checks()).toBe(2 + i);
      watcher.refresh();
      expect(checks()).toBe(2 + i);
    });

    // A crossing passed while asleep (the alarm had no chance to fire): checked, and notified.
    const before = checks();
    h.sleepUntil(new Date(expiry.getTime() - 59 * DAY_MS));
    watcher.refresh();
    expect(checks()).toBe(before + 1);
    expect(h.shown.at(-1)?.certificates).toContain(sha);
    watcher.stop();
  });

  it('counts in the store what may change what it reads, not what only sees things again', () => {
    const { store } = newStore();
    const at = new Date(0);
    const sha = add(store, 1, new Date(1e12));
    const seen = store.contentRevision();
    store.touchLocations('folder', ['/certs/1.pem'], at);
    store.recordStatus(sha, 'valid', at);
    store.recordNotified(sha, 90, at);
    store.putScanCacheEntry({
      path: '/certs/1.pem',
      size: 1,
      mtimeMs: 1,
      contentSha256: 'AA',
      certificates: [sha],
      error: null,
      scannedAt: at,
    });
    expect(store.markGone({ source: 'folder', locator: '/certs/1.pem' }, [sha], at)).toBe(0);
    expect(store.contentRevision()).toBe(seen);
    store.acknowledge(sha, 90, at);
    expect(store.contentRevision()).toBeGreaterThan(seen);
  });
});
