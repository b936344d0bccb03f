/**
 * When a certificate needs attention, from its dates alone. Pure and shared: the main
 * process schedules notifications with it, the renderer shows the same status and dates.
 *
 * IGC-Santé renews a certificate only while it is still valid; after that it is a new
 * order. So the deadline that matters ("à renouveler avant le") is the end of validity,
 * and every threshold counts down to it. Thresholds are whole days of 24 hours before the
 * deadline, as absolute instants: a clock change (DST) moves the local hour a notification
 * shows up at, never whether it shows up.
 */

export const DAY_MS = 86_400_000;

/** Days before the deadline at which a notification is due, from the first to the last. */
export const DEFAULT_THRESHOLDS: readonly number[] = [90, 60, 30, 14, 7, 1];

/** At or below this many days, the status is "à renouveler maintenant". */
export const DEFAULT_RENEW_NOW_DAYS = 30;

export type DeadlineSettings = { thresholds: readonly number[]; renewNowDays: number };

export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = {
  thresholds: DEFAULT_THRESHOLDS,
  renewNowDays: DEFAULT_RENEW_NOW_DAYS,
};

/**
 * A certificate's own settings, over the global ones field by field: null keeps the global
 * value (a server certificate may want earlier reminders and keep the usual "maintenant").
 */
export type CertificateDeadlines = { thresholds: readonly number[] | null; renewNowDays: number | null };

/** The settings that apply to one certificate: its own where it has them, else the global ones. */
export const effectiveDeadlines = (
  global: DeadlineSettings,
  own: CertificateDeadlines | null | undefined,
): DeadlineSettings => ({
  thresholds: own?.thresholds ?? global.thresholds,
  renewNowDays: own?.renewNowDays ?? global.renewNowDays,
});

export type InventoryStatus = 'valid' | 'renew-soon' | 'renew-now' | 'expired' | 'revoked' | 'unrecognised';

export type WatchedCertificate = {
  notAfter: Date;
  revoked?: boolean;
  /** Not chained to a trust anchor Vigie knows: shown, but nothing to renew through it. */
  unrecognised?: boolean;
};

/**
 * What the status of an inventory certificate rests on besides its dates: its last
 * revocation check, and its IGC-Santé reading. A certificate that reads as IGC-Santé while
 * its chain proves it is not one (`lookAlike`, inventory-certificate.ts) is "non reconnu":
 * Vigie neither renews it nor vouches for it. One whose chain could not be completed keeps
 * the statuses its dates give, as does any certificate that makes no IGC-Santé claim.
 */
export const watchedCertificate = (
  c: { notAfter: Date; igc: { lookAlike?: boolean } | null },
  revoked: boolean,
): WatchedCertificate => ({
  notAfter: c.notAfter,
  revoked,
  unrecognised: c.igc?.lookAlike === true,
});

/** The last instant the certificate can still be renewed (the end of its validity). */
export const renewBy = (c: WatchedCertificate): Date => c.notAfter;

/** Days left before the deadline, rounded down; negative once it has passed. */
export const daysLeft = (c: WatchedCertificate, now: Date): number =>
  Math.floor((renewBy(c).getTime() - now.getTime()) / DAY_MS);

/** The instant `days` days before the deadline. */
export const crossingAt = (c: WatchedCertificate, days: number): Date =>
  new Date(renewBy(c).getTime() - days * DAY_MS);

/** Thresholds sorted from the farthest to the nearest, no duplicates, none negative. */
export const sortedThresholds = (thresholds: readonly number[]): number[] =>
  [...new Set(thresholds.filter((d) => Number.isFinite(d) && d >= 0).map(Math.floor))].sort((a, b) => b - a);

export const statusAt = (
  c: WatchedCertificate,
  now: Date,
  settings = DEFAULT_DEADLINE_SETTINGS,
): InventoryStatus => {
  if (c.revoked) return 'revoked';
  if (now.getTime() >= renewBy(c).getTime()) return 'expired';
  if (c.unrecognised) return 'unrecognised';
  // The farthest threshold, as sortedThresholds would put first; no array per call: lists
  // and reports ask this of every certificate.
  let first = -1;
  for (const d of settings.thresholds)
    if (Number.isFinite(d) && d >= 0) first = Math.max(first, Math.floor(d));
  if (first < 0) first = settings.renewNowDays;
  if (now.getTime() >= crossingAt(c, settings.renewNowDays).getTime()) return 'renew-now';
  if (now.getTime() >= crossingAt(c, Math.max(first, settings.renewNowDays)).getTime()) return 'renew-soon';
  return 'valid';
};

/**
 * The thresholds already crossed at `now`, nearest last; 0 stands for the deadline itself
 * (the certificate has expired). Empty for a revoked certificate: there is nothing left to
 * renew, the revocation itself is what the user is told about.
 */
export const crossedThresholds = (
  c: WatchedCertificate,
  now: Date,
  thresholds: readonly number[] = DEFAULT_THRESHOLDS,
): number[] => {
  if (c.revoked) return [];
  return [...sortedThresholds(thresholds), 0].filter((d) => crossingAt(c, d).getTime() <= now.getTime());
};

/** The next crossing after `now` (a threshold or the deadline), or null when none is left. */
export const nextCrossing = (
  c: WatchedCertificate,
  now: Date,
  thresholds: readonly number[] = DEFAULT_THRESHOLDS,
): Date | null => {
  if (c.revoked) return null;
  const upcoming = [...sortedThresholds(thresholds), 0]
    .map((d) => crossingAt(c, d).getTime())
    .filter((t) => t > now.getTime());
  return upcoming.length > 0 ? new Date(Math.min(...upcoming)) : null;
};
