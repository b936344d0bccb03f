import {
  DEFAULT_DEADLINE_SETTINGS,
  renewBy,
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
  /**
   * Another instant to wake at (the next periodic reconcile of the sources), read at each
   * check: it rides the same one alarm, so there is still a single timer.
   */
  alsoWakeAt?: () => Date | null;
  /** Called after each check the alarm started (not those asked by start or refresh). */
  onWake?: () => void;
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
  /** What the last check saw, and until when its answer holds. */
  let last: { at: number; until: number | null; revision: number; key: string } | null = null;
  const keyOf = (settings: DeadlineSettings, alsoAt: Date | null) =>
    JSON.stringify([settings.thresholds, settings.renewNowDays, alsoAt?.getTime() ?? null]);

  const check = (): void => {
    const now = deps.clock.now();
    const settings = deps.settings?.() ?? DEFAULT_DEADLINE_SETTINGS;
    const { store } = deps;
    const revision = store.contentRevision();

    // The store walks the inventory in SQL (each certificate's own settings over these) and
    // hands back only what changed or is due: a check over 10,000 certificates brings no row
    // per certificate into JavaScript. A certificate no longer anywhere is not watched.
    store.transaction(() => store.recordStatusesAt(now, settings));
    const { due, snoozeEnds, nextCrossing } = store.expiryCheck(now, settings);
    const times = [nextCrossing, snoozeEnds, deps.alsoWakeAt?.() ?? null]
      .filter((t) => t !== null)
      .map((t) => t.getTime());
    const next = times.length > 0 ? Math.min(...times) : null;

    if (due.length > 0) {
      deps.notifier.notify(
        expiryNotice(
          due.map((d): Due => {
            const watched = { notAfter: d.notAfter };
            return {
              sha256: d.sha256,
              subject: d.subject,
              renewBy: renewBy(watched),
              expired: d.thresholds.includes(0),
            };
          }),
        ),
      );
      store.transaction(() => {
        for (const d of due) for (const t of d.thresholds) store.recordNotified(d.sha256, t, now);
      });
    }
    last = { at: now.getTime(), until: next, revision, key: keyOf(settings, deps.alsoWakeAt?.() ?? null) };
    if (next === null) deps.alarm.cancel();
    else
      deps.alarm.arm(new Date(next), () => {
        if (!running) return;
        check();
        deps.onWake?.();
      });
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
      if (!running) return;
      // Nothing the check reads has changed and no crossing, snooze end or reconcile has come
      // since (nor has the clock gone back): its answer stands and its alarm is armed. A
      // "Vérifier maintenant" that found nothing new, or a focus of the window, then costs
      // nothing (the check walks every certificate in SQL: ~0.1 s for 10,000).
      const now = deps.clock.now().getTime();
      const settings = deps.settings?.() ?? DEFAULT_DEADLINE_SETTINGS;
      if (
        last !== null &&
        last.revision === deps.store.contentRevision() &&
        last.key === keyOf(settings, deps.alsoWakeAt?.() ?? null) &&
        now >= last.at &&
        (last.until === null || now < last.until)
      )
        return;
      check();
    },
  };
};
