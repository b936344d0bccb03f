import { z } from 'zod';
import { DEFAULT_RENEW_NOW_DAYS, DEFAULT_THRESHOLDS } from './deadlines.js';

/**
 * The inventory's settings document (electron-store in the app, conf elsewhere): the
 * notification thresholds and the folders Vigie watches. Read leniently: a field that does
 * not parse falls back to its default instead of losing the rest.
 */
export const InventorySettings = z.object({
  thresholds: z
    .array(z.number().int().min(0).max(3650))
    .max(20)
    .catch([...DEFAULT_THRESHOLDS]),
  renewNowDays: z.number().int().min(0).max(3650).catch(DEFAULT_RENEW_NOW_DAYS),
  folders: z
    .array(z.object({ path: z.string().min(1), lastScan: z.iso.datetime().nullable() }))
    .max(200)
    .catch([]),
  /** TLS endpoints watched, by their canonical `host:port[/smtp|imap|pop3]`. */
  endpoints: z.array(z.string().min(1).max(300)).max(1000).catch([]),
});
export type InventorySettings = z.infer<typeof InventorySettings>;

/** Never throws: anything but a JSON object (an array, a number…) reads as the defaults. */
export const readInventorySettings = (stored: unknown): InventorySettings =>
  InventorySettings.parse(
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {},
  );
