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
  const first = buckets[0]!.start;
  const nowMs = now.getTime();
  for (const r of rows) {
    const status = r.entry.status;
    if (status === 'expired' || status === 'revoked' || r.renewByMs < nowMs) continue;
    const d = new Date(r.renewByMs);
    const index = (d.getFullYear() - first.getFullYear()) * 12 + d.getMonth() - first.getMonth();
    const bucket = buckets[index];
    if (!bucket) continue;
    bucket.total++;
    bucket.byStatus[status]++;
  }
  return buckets;
};
