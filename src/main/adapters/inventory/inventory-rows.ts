import type { SQLInputValue } from 'node:sqlite';
import type { InventoryIgc } from '../../../shared/inventory/inventory-certificate.js';
import type { NameFields } from '../../../shared/inventory/name-fields.js';
import type {
  EndpointChainStatus,
  EndpointCheck,
  LocationSource,
  ScanCacheEntry,
  StoredCertificate,
  StoredLocation,
} from '../../ports/inventory-store.js';
import type { TlsProbeFailureCode } from '../../ports/tls-probe.js';

/** The inventory's rows read back into the port's shapes (and the few conversions writes need). */

export type Row = Record<string, SQLInputValue>;

export type Cell = SQLInputValue | undefined;

/** A column the query selects; undefined means the query and the schema disagree (a bug). */
export const cell = (v: Cell): SQLInputValue => {
  if (v === undefined) throw new Error('inventory: a selected column is missing');
  return v;
};
export const ms = (d: Date): number => d.getTime();
export const num = (v: Cell): number => Number(cell(v));
export const date = (v: Cell): Date => new Date(num(v));
export const text = (v: Cell): string => String(cell(v));

export const toCertificate = (r: Row): StoredCertificate => ({
  sha256: text(r['sha256']),
  subject: text(r['subject']),
  issuer: text(r['issuer']),
  subjectFields: JSON.parse(text(r['subject_fields'])) as NameFields,
  issuerFields: JSON.parse(text(r['issuer_fields'])) as NameFields,
  serialNumber: text(r['serial']),
  notBefore: date(r['not_before']),
  notAfter: date(r['not_after']),
  igc: cell(r['igc']) === null ? null : (JSON.parse(text(r['igc'])) as InventoryIgc),
  firstSeen: date(r['first_seen']),
  lastSeen: date(r['last_seen']),
});

export const toScanEntry = (r: Row): ScanCacheEntry => ({
  path: text(r['path']),
  size: num(r['size']),
  mtimeMs: num(r['mtime_ms']),
  contentSha256: text(r['content_sha256']),
  certificates: JSON.parse(text(r['certificates'])) as string[],
  error: cell(r['error']) === null ? null : text(r['error']),
  scannedAt: date(r['scanned_at']),
});

export const toLocation = (r: Row): StoredLocation => ({
  sha256: text(r['sha256']),
  source: text(r['source']) as LocationSource,
  locator: text(r['locator']),
  firstSeen: date(r['first_seen']),
  lastSeen: date(r['last_seen']),
  goneAt: cell(r['gone_at']) === null ? null : date(r['gone_at']),
});

const flag = (v: Cell): boolean | null => (cell(v) === null ? null : num(v) !== 0);
const nullableText = (v: Cell): string | null => (cell(v) === null ? null : text(v));
export const toEndpointCheck = (r: Row): EndpointCheck => {
  const code = nullableText(r['error_code']);
  return {
    locator: text(r['locator']),
    checkedAt: date(r['checked_at']),
    error:
      code === null
        ? null
        : { code: code as TlsProbeFailureCode, message: nullableText(r['error_message']) ?? '' },
    protocol: nullableText(r['protocol']),
    served: JSON.parse(text(r['served'])) as string[],
    hostnameMatch: flag(r['hostname_match']),
    hostnameError: nullableText(r['hostname_error']),
    chain: nullableText(r['chain']) as EndpointChainStatus | null,
    servedInOrder: flag(r['served_in_order']),
    leafExpired: flag(r['leaf_expired']),
  };
};
export const bit = (b: boolean | null) => (b === null ? null : b ? 1 : 0);
