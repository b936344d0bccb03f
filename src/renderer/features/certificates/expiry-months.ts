import type { Row, Status } from './inventory-rows.js';

/** One bar of the chart: a calendar month and how many deadlines fall in it, by status. */
export type MonthBucket = {
  /** First instant of the month, local time (what a person means by "in March"). */
  start: Date;
  total: number;
  byStatus: Record<Status, number>;
};

const emptyCounts = (): Record<Status, number> => ({
  'renew-now': 0,
  expired: 0,
  revoked: 0,
  'renew-soon': 0,
  valid: 0,
  unrecognised: 0,
});

/**
 * Deadlines in the current month and the eleven after it. Already expired and revoked
 * certificates are left out: they have no deadline ahead, the status cards count them.
 */
export const expiryMonths = (rows: readonly Row[], now: Date, months = 12): MonthBucket[] => {
  const buckets: MonthBucket[] = Array.from({ length: months }, (_, i) => ({
    start: new Date(now.getFullYear(), now.getMonth() + i, 1),
    total: 0,
    byStatus: emptyCounts(),
  }));
  // Month boundaries as numbers: a row is placed by comparisons, no Date per row (this runs
  // on every filter change over up to 10,000 rows).
  const ends = buckets.map((_, i) => new Date(now.getFullYear(), now.getMonth() + i + 1, 1).getTime());
  const nowMs = now.getTime();
  const last = ends[ends.length - 1] ?? nowMs;
  for (const r of rows) {
    const status = r.entry.status;
    if (status === 'expired' || status === 'revoked' || r.renewByMs < nowMs || r.renewByMs >= last) continue;
    let index = 0;
    while (r.renewByMs >= (ends[index] as number)) index++;
    const bucket = buckets[index] as MonthBucket;
    bucket.total++;
    bucket.byStatus[status]++;
  }
  return buckets;
};
