import { vi } from 'vitest';
import type { EntryDetail, InventoryEntry, InventoryList } from '../../../../src/shared/model/inventory.js';

/** Fixed "now" of the lists below: statuses and days left are counted from it. */
export const AT = '2026-06-15T10:00:00.000Z';
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.parse(AT) + days * DAY).toISOString();

let serial = 0;
const hex64 = (n: number) => n.toString(16).toUpperCase().padStart(64, '0');

type EntryInput = Partial<InventoryEntry> & { days: number };

/** An inventory entry whose deadline is `days` from AT (the status must agree; tests say it). */
export const makeEntry = ({ days, ...rest }: EntryInput): InventoryEntry => {
  const n = ++serial;
  return {
    sha256: hex64(n),
    subject: `CN=serveur-${n}.exemple.fr`,
    issuer: 'CN=Autorite Exemple,O=Exemple,C=FR',
    subjectFields: { CN: `serveur-${n}.exemple.fr` },
    issuerFields: { CN: 'Autorite Exemple', O: 'Exemple', C: 'FR' },
    serialNumber: n.toString(16).padStart(4, '0'),
    notBefore: inDays(days - 365),
    notAfter: inDays(days),
    renewBy: inDays(days),
    status: 'valid',
    igc: null,
    locations: [{ source: 'folder', locator: `/srv/certs/serveur-${n}.pem` }],
    orderId: null,
    snoozedUntil: null,
    ...rest,
  };
};

/** An IGC-Santé TEST ORG certificate of a health centre, kept in Vigie's vault. */
export const igcEntry = (days: number, status: InventoryEntry['status']): InventoryEntry =>
  makeEntry({
    days,
    status,
    subject: 'CN=INSI-AUTO,OU=10B0221636,O=CENTRE DE SANTE RPPS22163,ST=Rhône (69),C=FR',
    subjectFields: { CN: 'INSI-AUTO', OU: '10B0221636', O: 'CENTRE DE SANTE RPPS22163', C: 'FR' },
    issuer: 'CN=TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS,OU=IGC-SANTE TEST,O=ASIP-SANTE,C=FR',
    issuerFields: { CN: 'TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS', O: 'ASIP-SANTE', C: 'FR' },
    igc: {
      environment: 'test',
      family: 'ORG',
      product: 'ORG_AUTH_CLI',
      genuine: true,
      issuingCa: 'ACI-EL-ORG',
    },
    locations: [
      { source: 'vault', locator: 'Coffre Vigie' },
      { source: 'nss', locator: '/home/moi/.mozilla/firefox/abcd.default' },
    ],
  });

export const listOf = (entries: InventoryEntry[]): InventoryList => ({
  entries,
  settings: { thresholds: [90, 60, 30, 14, 7, 1], renewNowDays: 30 },
  folders: [],
  endpoints: [],
  at: AT,
});

/** `inventory.list` answering these entries (a spy, so tests can count reloads). */
export const listing = (entries: InventoryEntry[]) =>
  vi.fn(async () => ({ ok: true as const, value: listOf(entries) }));

export const detailOf = (entry: InventoryEntry, extra: Partial<EntryDetail> = {}): EntryDetail => ({
  entry,
  places: entry.locations.map((l) => ({
    ...l,
    firstSeen: '2026-01-10T08:00:00.000Z',
    lastSeen: AT,
    goneAt: null,
  })),
  history: [{ status: entry.status, at: '2026-01-10T08:00:00.000Z' }],
  notified: [],
  acknowledged: [],
  pem: '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n',
  ...extra,
});
