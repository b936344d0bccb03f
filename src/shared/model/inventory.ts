import { z } from 'zod';
import { Environment, Family, ProductCode } from './igc-sante.js';

/**
 * The inventory as the renderer sees it ("Mes certificats", the dashboard). Dates travel as
 * ISO strings (the contract's values must survive JSON and structured clone).
 */

export const InventoryStatus = z.enum([
  'valid',
  'renew-soon',
  'renew-now',
  'expired',
  'revoked',
  'unrecognised',
]);

/** Where a certificate lives; `added`: a file the user added by hand (no folder watched). */
export const LocationSource = z.enum([
  'vault',
  'order',
  'nss',
  'windows-store',
  'macos-keychain',
  'folder',
  'endpoint',
  'token',
  'added',
]);
export type LocationSource = z.infer<typeof LocationSource>;

const Hex64 = z.string().regex(/^[0-9A-F]{64}$/);
const NameFields = z.partialRecord(z.enum(['C', 'ST', 'L', 'O', 'OU', 'CN', 'GN', 'SN']), z.string());

export const EntryLocation = z.object({
  source: LocationSource,
  /** Path, store label, host:port or order id: what the user recognises the place by. */
  locator: z.string(),
});
export type EntryLocation = z.infer<typeof EntryLocation>;

export const InventoryEntry = z.object({
  sha256: Hex64,
  subject: z.string(),
  issuer: z.string(),
  subjectFields: NameFields,
  issuerFields: NameFields,
  serialNumber: z.string(),
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  /** The last instant IGC-Santé still renews it (the end of validity). */
  renewBy: z.iso.datetime(),
  status: InventoryStatus,
  igc: z
    .object({
      environment: Environment,
      family: Family,
      product: ProductCode.nullable(),
      genuine: z.boolean(),
      issuingCa: z.string().nullable(),
      /** Reads as IGC-Santé and its chain proves otherwise (status "non reconnu"). */
      lookAlike: z.boolean().optional(),
    })
    .nullable(),
  locations: z.array(EntryLocation),
  /** The order record this certificate belongs to (renewal, export, install act through it). */
  orderId: z.string().nullable(),
  snoozedUntil: z.iso.datetime().nullable(),
});
export type InventoryEntry = z.infer<typeof InventoryEntry>;

const Days = z.number().int().min(0).max(3650);

/**
 * A certificate's own reminder settings; null in a field keeps the global value (the
 * "Rappels" of "Mes certificats").
 */
export const CertificateDeadlines = z.object({
  thresholds: z.array(Days).max(20).nullable(),
  renewNowDays: Days.nullable(),
});
export type CertificateDeadlinesView = z.infer<typeof CertificateDeadlines>;

/** What the drawer shows and edits: the certificate's own settings and the global ones under them. */
export const EntryDeadlines = z.object({
  own: CertificateDeadlines,
  global: z.object({ thresholds: z.array(Days), renewNowDays: Days }),
});
export type EntryDeadlines = z.infer<typeof EntryDeadlines>;

export const EntryRevocation = z.object({
  status: z.enum(['good', 'revoked', 'unknown']),
  checkedAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  reason: z.string().nullable(),
  /** Why an 'unknown': the certificate names no CRL, its issuer is not known, no CRL could be had. */
  cause: z.enum(['no-source', 'no-issuer', 'unreachable']).nullable(),
  detail: z.string(),
});
export type EntryRevocation = z.infer<typeof EntryRevocation>;

export const EntryDetail = z.object({
  entry: InventoryEntry,
  /** Every place ever seen, gone ones included, with when. */
  places: z.array(
    EntryLocation.extend({
      firstSeen: z.iso.datetime(),
      lastSeen: z.iso.datetime(),
      goneAt: z.iso.datetime().nullable(),
    }),
  ),
  history: z.array(z.object({ status: InventoryStatus, at: z.iso.datetime() })),
  /** Thresholds (days before the deadline) already notified, and those acknowledged. */
  notified: z.array(z.number().int()),
  acknowledged: z.array(z.number().int()),
  pem: z.string(),
  /** Its reminder settings (absent from detail values built before they existed, e.g. fixtures). */
  deadlines: EntryDeadlines.optional(),
  /**
   * Its last revocation check (null: never checked, e.g. expired before the first check, or
   * offline). 'good' / 'revoked' come from a verified, current CRL of its issuer; 'unknown'
   * says in `detail` why none could be had.
   */
  revocation: EntryRevocation.nullable().optional(),
});
export type EntryDetail = z.infer<typeof EntryDetail>;

export const DeadlineSettings = z.object({
  /** Days before the deadline at which a notification is due. */
  thresholds: z.array(z.number().int().min(0).max(3650)).max(20),
  renewNowDays: z.number().int().min(0).max(3650),
});
export type DeadlineSettingsView = z.infer<typeof DeadlineSettings>;

export const WatchedFolder = z.object({ path: z.string(), lastScan: z.iso.datetime().nullable() });
export type WatchedFolder = z.infer<typeof WatchedFolder>;

/** A watched TLS endpoint and what its last look found. */
export const EndpointView = z.object({
  locator: z.string(),
  checkedAt: z.iso.datetime().nullable(),
  /** Worst first; empty when all is well (or not checked yet). */
  problems: z.array(
    z.enum(['unreachable', 'hostname-mismatch', 'missing-intermediate', 'unknown-root', 'expired']),
  ),
  /** Why it could not be reached, in English for the details pane. */
  error: z.string().nullable(),
  protocol: z.string().nullable(),
  /** Certificates served (the chain), leaf first. */
  served: z.array(z.string()),
});
export type EndpointView = z.infer<typeof EndpointView>;

export const InventoryList = z.object({
  entries: z.array(InventoryEntry),
  settings: DeadlineSettings,
  folders: z.array(WatchedFolder),
  endpoints: z.array(EndpointView),
  /** When the list was computed (statuses are as of this instant). */
  at: z.iso.datetime(),
});
export type InventoryList = z.infer<typeof InventoryList>;

export const InventoryError = z.object({
  code: z.enum([
    'unavailable',
    'not-found',
    'too-new',
    'cancelled',
    'unreadable',
    'no-certificate',
    'failed',
  ]),
  message: z.string(),
});
export type InventoryError = z.infer<typeof InventoryError>;

export const ScanReport = z.object({
  files: z.number().int(),
  certificates: z.number().int(),
  unreadable: z.number().int(),
  cancelled: z.boolean(),
});
export type ScanReport = z.infer<typeof ScanReport>;
