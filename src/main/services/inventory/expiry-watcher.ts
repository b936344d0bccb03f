import {
  crossedThresholds,
  DEFAULT_DEADLINE_SETTINGS,
  nextCrossing,
  renewBy,
  statusAt,
  type DeadlineSettings,
} from '../../../shared/inventory/deadlines.js';
import type { Alarm } from '../../ports/alarm.js';
import type { Clock } from '../../ports/clock.js';
import type { InventoryStore } from '../../ports/inventory-store.js';
import type { Notifier } from '../../ports/notifier.js';
import { expiryNotice, type Due } from './expiry-notice.js';

export type ExpiryWatcherDeps = {
  clock: Clock;
  alarm: Alarm;
  store: InventoryStore;
  notifier: Notifier;
  /** Read at each check, so a change in the settings applies at the next one. */
  settings?: () => DeadlineSettings;
};

export type ExpiryWatcher = {
  start(): void;
  stop(): void;
  /** Checks again now and re-arms: after a scan, a wake from sleep, a clock change. */
  refresh(): void;
};

/**
 * Notifies each threshold crossing once and arms one alarm for the next one: no polling.
 * What was notified is in the inventory, so a restart neither repeats an alert nor loses
 * one that came due while Vigie was not running (it is shown at start). A snoozed
 * certificate waits for the end of its snooze; several certificates due at once make one
 * notification. Order: notify, then record, so a crash in between repeats rather than loses.
 */
export const createExpiryWatcher = (deps: ExpiryWatcherDeps): ExpiryWatcher => {
  let running = false;

  const check = (): void => {
    const now = deps.clock.now();
    const settings = deps.settings?.() ?? DEFAULT_DEADLINE_SETTINGS;
    const due: (Due & { thresholds: number[] })[] = [];
    let next: number | null = null;
    const wakeAt = (t: number) => {
      next = next === null ? t : Math.min(next, t);
    };

    // A certificate no longer anywhere (every place gone, or forgotten) is not watched.
    // Everything is read in a few statements and the status changes written in one
    // transaction: a check over 10,000 certificates stays short.
    const { store } = deps;
    const present = new Set(store.currentLocations().map((l) => l.sha256));
    const lastStatus = store.lastStatuses();
    const notifiedOf = store.notifiedByCertificate();
    const snoozes = store.snoozes();
    const changes: [string, ReturnType<typeof statusAt>][] = [];
    for (const c of store.certificates()) {
      if (!present.has(c.sha256)) continue;
      const watched = { notAfter: c.notAfter };
      const status = statusAt(watched, now, settings);
      if (lastStatus.get(c.sha256) !== status) changes.push([c.sha256, status]);
      const upcoming = nextCrossing(watched, now, settings.thresholds);
      if (upcoming) wakeAt(upcoming.getTime());
      const notified = new Set(notifiedOf.get(c.sha256) ?? []);
      const fresh = crossedThresholds(watched, now, settings.thresholds).filter((d) => !notified.has(d));
      if (fresh.length === 0) continue;
      const snoozedUntil = snoozes.get(c.sha256);
      if (snoozedUntil && snoozedUntil.getTime() > now.getTime()) {
        wakeAt(snoozedUntil.getTime());
        continue;
      }
      due.push({
        sha256: c.sha256,
        subject: c.subject,
        renewBy: renewBy(watched),
        expired: fresh.includes(0),
        thresholds: fresh,
      });
    }

    if (changes.length > 0)
      store.transaction(() => {
        for (const [sha256, status] of changes) store.recordStatus(sha256, status, now);
      });
    if (due.length > 0) {
      deps.notifier.notify(expiryNotice(due));
      deps.store.transaction(() => {
        for (const d of due) for (const t of d.thresholds) deps.store.recordNotified(d.sha256, t, now);
      });
    }
    if (next === null) deps.alarm.cancel();
    else deps.alarm.arm(new Date(next), () => running && check());
  };

  return {
    start() {
      running = true;
      check();
    },
    stop() {
      running = false;
      deps.alarm.cancel();
    },
    refresh() {
      if (running) check();
    },
  };
};
