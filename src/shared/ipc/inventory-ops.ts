import { z } from 'zod';
import { MAX_FILE_BYTES, MAX_PASSWORD_LENGTH } from '../limits.js';
import {
  CertificateDeadlines,
  DeadlineSettings,
  EntryDeadlines,
  EndpointView,
  EntryDetail,
  InventoryError,
  InventoryList,
  ScanReport,
} from '../model/inventory.js';
import { op, resultOf } from './define.js';

/** The inventory's part of the contract table (./contract.ts includes it as `inventory`). */

const Sha256 = z.string().regex(/^[0-9A-F]{64}$/);
const FileBytes = z
  .string()
  .max(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 expected');
/** A folder to watch, typed where there is no folder dialog (main checks it is one). */
const FolderPath = z.string().min(1).max(4096);

export const inventoryOps = {
  list: op({
    summary: 'Every certificate Vigie knows, soonest deadline first, with its places and status',
    args: z.object({}).strict(),
    result: resultOf(InventoryList, InventoryError),
  }),
  detail: op({
    summary: 'One certificate: every place it was seen, its status history, what was notified',
    args: z.object({ sha256: Sha256 }).strict(),
    result: resultOf(EntryDetail, InventoryError),
  }),
  refresh: op({
    summary: "Look again everywhere: Vigie's orders, the OS and browser stores, the watched folders",
    args: z.object({}).strict(),
    result: resultOf(ScanReport, InventoryError),
  }),
  cancelScan: op({
    summary: 'Stop the scan in progress (what was read so far is kept)',
    args: z.object({}).strict(),
    result: z.null(),
  }),
  addFile: op({
    summary: 'Add the certificates of a file (no key kept: a file with a key goes through retrieval)',
    args: z
      .object({
        fileName: z.string().min(1).max(255),
        data: FileBytes,
        password: z.string().max(MAX_PASSWORD_LENGTH).optional(),
      })
      .strict(),
    result: resultOf(z.object({ added: z.array(Sha256) }), InventoryError),
  }),
  addFolder: op({
    summary: 'Watch a folder (the system dialog, or a typed path where there is none) and scan it',
    args: z.object({ path: FolderPath.optional() }).strict(),
    result: resultOf(z.object({ folder: z.string(), report: ScanReport }), InventoryError),
  }),
  removeFolder: op({
    summary: 'Stop watching a folder',
    args: z.object({ path: FolderPath }).strict(),
    result: resultOf(z.null(), InventoryError),
  }),
  addEndpoint: op({
    summary: 'Watch a TLS endpoint (host:port, or host:port/smtp|imap|pop3 for STARTTLS) and check it now',
    args: z.object({ spec: z.string().min(1).max(300) }).strict(),
    result: resultOf(EndpointView, InventoryError),
  }),
  removeEndpoint: op({
    summary: 'Stop watching a TLS endpoint',
    args: z.object({ locator: z.string().min(1).max(300) }).strict(),
    result: resultOf(z.null(), InventoryError),
  }),
  forget: op({
    summary: 'Forget a certificate and its history (the certificate itself is not touched)',
    args: z.object({ sha256: Sha256 }).strict(),
    result: resultOf(z.null(), InventoryError),
  }),
  snooze: op({
    summary: 'No notification about this certificate before a date (null: lift the snooze)',
    args: z.object({ sha256: Sha256, until: z.iso.datetime().nullable() }).strict(),
    result: resultOf(z.null(), InventoryError),
  }),
  acknowledge: op({
    summary: 'The user saw the notifications about this certificate',
    args: z.object({ sha256: Sha256 }).strict(),
    result: resultOf(z.null(), InventoryError),
  }),
  setDeadlines: op({
    summary: 'Notification thresholds (days before the deadline) and the "renouveler maintenant" limit',
    args: DeadlineSettings.strict(),
    result: resultOf(DeadlineSettings, InventoryError),
  }),
  setCertificateDeadlines: op({
    summary:
      'One certificate\'s own notification thresholds and "renouveler maintenant" limit (null: the global value)',
    args: CertificateDeadlines.extend({ sha256: Sha256 }).strict(),
    result: resultOf(EntryDeadlines, InventoryError),
  }),
  exportReport: op({
    summary: 'Write the inventory as CSV, iCalendar or Prometheus text where the user chooses',
    args: z.object({ format: z.enum(['csv', 'ics', 'prometheus']) }).strict(),
    result: resultOf(z.object({ path: z.string() }), InventoryError),
  }),
} as const;

/** Main → renderer events of the inventory. */
export const inventoryEvents = {
  'inventory.changed': z.object({ at: z.string() }),
  'inventory.progress': z.object({
    /** A watched folder being read, or the watched servers being checked. */
    kind: z.enum(['folder', 'endpoints']),
    /** The folder (empty for servers). */
    folder: z.string(),
    filesFound: z.number().int(),
    filesDone: z.number().int(),
    certificates: z.number().int(),
  }),
  /** A notification was clicked: show this certificate (or the list when null). */
  'inventory.open': z.object({ sha256: z.string().nullable() }),
} as const;
