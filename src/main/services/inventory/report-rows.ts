import { sep } from 'node:path';
import {
  DEFAULT_DEADLINE_SETTINGS,
  effectiveDeadlines,
  statusAt,
  watchedCertificate,
  type DeadlineSettings,
} from '../../../shared/inventory/deadlines.js';
import type { ReportRow } from '../../../shared/inventory/reports/report-row.js';
import type { InventoryStore, StoredLocation } from '../../ports/inventory-store.js';

const inside = (path: string, roots: readonly string[]): boolean =>
  roots.some((r) => path === r || path.startsWith(r.endsWith(sep) ? r : `${r}${sep}`));

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
  const kept = (l: StoredLocation) =>
    !filtered ||
    (l.source === 'folder' && inside(l.locator, options.under ?? [])) ||
    (l.source === 'endpoint' && endpoints.has(l.locator));
  const rows: ReportRow[] = [];
  const placesOf = new Map<string, StoredLocation[]>();
  for (const l of store.currentLocations()) {
    const list = placesOf.get(l.sha256);
    if (list) list.push(l);
    else placesOf.set(l.sha256, [l]);
  }
  // Each certificate's status by its own settings where it has some, over the global ones.
  const own = store.allCertificateDeadlines();
  const global = options.settings ?? DEFAULT_DEADLINE_SETTINGS;
  const revoked = store.revokedCertificates();
  for (const c of store.certificates()) {
    const locations = (placesOf.get(c.sha256) ?? [])
      .filter(kept)
      .map((l) => ({ source: l.source, locator: l.locator }));
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
      status: statusAt(
        watchedCertificate(c, revoked.has(c.sha256)),
        now,
        effectiveDeadlines(global, own.get(c.sha256)),
      ),
      locations,
    });
  }
  return rows;
};
