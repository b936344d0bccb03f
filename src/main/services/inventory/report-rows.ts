import { sep } from 'node:path';
import {
  DEFAULT_DEADLINE_SETTINGS,
  effectiveDeadlines,
  statusAt,
  watchedCertificate,
  type DeadlineSettings,
} from '../../../shared/inventory/deadlines.js';
import type { ReportRow } from '../../../shared/inventory/reports/report-row.js';
import type { InventoryStore, Location } from '../../ports/inventory-store.js';

/** Whether a path is one of the roots or inside one (prefixes made once, not per path). */
const insideOf = (roots: readonly string[]) => {
  const prefixes = roots.map((r) => (r.endsWith(sep) ? r : `${r}${sep}`));
  return (path: string): boolean => roots.includes(path) || prefixes.some((p) => path.startsWith(p));
};

/**
 * The inventory as report rows, soonest expiry first: each certificate with the places it
 * is at now. With `under` or `endpoints`, only certificates found in those files or folders
 * or served at those endpoints (locators), and only those places (a server's
 * `vigie scan /etc/ssl` does not report the desktop vault sharing its data folder).
 */
export const reportRows = (
  store: InventoryStore,
  now: Date,
  options: { under?: readonly string[]; endpoints?: readonly string[]; settings?: DeadlineSettings } = {},
): ReportRow[] => {
  const filtered = options.under !== undefined || options.endpoints !== undefined;
  const endpoints = new Set(options.endpoints ?? []);
  const inside = insideOf(options.under ?? []);
  const kept = (l: Location) =>
    !filtered ||
    (l.source === 'folder' && inside(l.locator)) ||
    (l.source === 'endpoint' && endpoints.has(l.locator));
  const global = options.settings ?? DEFAULT_DEADLINE_SETTINGS;
  const rows: ReportRow[] = [];
  // Certificates found nowhere now are only in the whole inventory's report (kept for their history).
  for (const { certificate: c, places, own, revoked } of store.watchList({ includeNowhere: !filtered })) {
    const locations = filtered ? places.filter(kept) : places;
    if (filtered && locations.length === 0) continue;
    rows.push({
      sha256: c.sha256,
      subject: c.subject,
      issuer: c.issuer,
      subjectFields: c.subjectFields,
      issuerFields: c.issuerFields,
      serialNumber: c.serialNumber,
      notBefore: c.notBefore,
      notAfter: c.notAfter,
      igc: c.igc,
      // Its status by its own settings where it has some, over the global ones.
      status: statusAt(watchedCertificate(c, revoked), now, effectiveDeadlines(global, own)),
      locations,
    });
  }
  return rows;
};
