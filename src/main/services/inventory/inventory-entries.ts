import {
  effectiveDeadlines,
  renewBy,
  statusAt,
  watchedCertificate,
  type DeadlineSettings,
} from '../../../shared/inventory/deadlines.js';
import type { EntryDetail, EntryLocation, InventoryEntry } from '../../../shared/model/inventory.js';
import { encodePem } from '../../pki/keys/index.js';
import type { InventoryCertificate } from '../../../shared/inventory/inventory-certificate.js';
import type { InventoryStore, Location } from '../../ports/inventory-store.js';

const iso = (d: Date) => d.toISOString();

const place = (l: Location): EntryLocation => ({ source: l.source, locator: l.locator });

const entryOf = (
  c: InventoryCertificate,
  places: readonly Location[],
  snoozedUntil: Date | null,
  now: Date,
  settings: DeadlineSettings,
  revoked: boolean,
): InventoryEntry => ({
  sha256: c.sha256,
  subject: c.subject,
  issuer: c.issuer,
  subjectFields: c.subjectFields,
  issuerFields: c.issuerFields,
  serialNumber: c.serialNumber,
  notBefore: iso(c.notBefore),
  notAfter: iso(c.notAfter),
  renewBy: iso(renewBy(c)),
  status: statusAt(watchedCertificate(c, revoked), now, settings),
  igc: c.igc,
  locations: places.map(place),
  orderId: places.find((l) => l.source === 'order')?.locator ?? null,
  snoozedUntil: snoozedUntil && snoozedUntil.getTime() > now.getTime() ? iso(snoozedUntil) : null,
});

/**
 * Every certificate that is somewhere now (a certificate whose every place is gone stays in
 * the inventory for its history, but is not listed), soonest deadline first. One read
 * whatever the size.
 */
export const inventoryEntries = (
  store: InventoryStore,
  now: Date,
  settings: DeadlineSettings,
): InventoryEntry[] => {
  const entries: InventoryEntry[] = [];
  for (const { certificate, places, own, revoked, snoozedUntil } of store.watchList()) {
    const its = effectiveDeadlines(settings, own);
    entries.push(entryOf(certificate, places, snoozedUntil, now, its, revoked));
  }
  return entries;
};

/**
 * One certificate with every place it was ever seen, its status history and notifications,
 * and its reminder settings (its own, over the global `settings`).
 */
export const entryDetail = (
  store: InventoryStore,
  sha256: string,
  now: Date,
  settings: DeadlineSettings,
): EntryDetail | null => {
  const c = store.certificate(sha256);
  if (!c) return null;
  const all = store.locationsOf(sha256);
  const current = all.filter((l) => l.goneAt === null);
  const own = store.certificateDeadlines(sha256);
  const revocation = store.revocationOf(sha256);
  const settingsOf = effectiveDeadlines(settings, own);
  return {
    entry: entryOf(c, current, store.snoozedUntil(sha256), now, settingsOf, revocation?.status === 'revoked'),
    places: all.map((l) => ({
      ...place(l),
      firstSeen: iso(l.firstSeen),
      lastSeen: iso(l.lastSeen),
      goneAt: l.goneAt ? iso(l.goneAt) : null,
    })),
    history: store.statusHistory(sha256).map((h) => ({ status: h.status, at: iso(h.at) })),
    notified: store.notifiedThresholds(sha256),
    acknowledged: store.acknowledgedThresholds(sha256),
    pem: encodePem('CERTIFICATE', c.der),
    deadlines: {
      own: {
        thresholds: own?.thresholds ? [...own.thresholds] : null,
        renewNowDays: own?.renewNowDays ?? null,
      },
      global: { thresholds: [...settings.thresholds], renewNowDays: settings.renewNowDays },
    },
    revocation: revocation && {
      status: revocation.status,
      checkedAt: iso(revocation.checkedAt),
      revokedAt: revocation.revokedAt && iso(revocation.revokedAt),
      reason: revocation.reason,
      cause: revocation.cause,
      detail: revocation.detail,
    },
  };
};
