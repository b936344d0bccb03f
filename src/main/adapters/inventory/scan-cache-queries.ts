import { sep } from 'node:path';
import type { StatementSync } from 'node:sqlite';
import type { InventoryStore, ScanCacheEntry } from '../../ports/inventory-store.js';
import { bit, ms, num, text, toEndpointCheck, toScanEntry, type Row } from './inventory-rows.js';

/** The scan cache (what each file held when last read) and each endpoint's last check. */

export const scanCacheQueries = (
  sql: (source: string) => StatementSync,
): Pick<
  InventoryStore,
  'scanCacheEntry' | 'putScanCacheEntry' | 'scanCacheUnder' | 'removeScanCacheEntry'
> => ({
  scanCacheEntry(path): ScanCacheEntry | null {
    const r = sql('SELECT * FROM scan_cache WHERE path = ?').get(path) as Row | undefined;
    return r ? toScanEntry(r) : null;
  },
  putScanCacheEntry(e) {
    sql(
      `INSERT INTO scan_cache (path, size, mtime_ms, content_sha256, certificates, error, scanned_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms,
         content_sha256 = excluded.content_sha256, certificates = excluded.certificates,
         error = excluded.error, scanned_at = excluded.scanned_at`,
    ).run(
      e.path,
      e.size,
      e.mtimeMs,
      e.contentSha256,
      JSON.stringify(e.certificates),
      e.error,
      ms(e.scannedAt),
    );
  },

  scanCacheUnder(folder) {
    // An exact, case-sensitive prefix (LIKE would fold ASCII case and need escaping).
    const prefix = folder.endsWith(sep) ? folder : `${folder}${sep}`;
    // The paths that start with the prefix are exactly those in [prefix, prefix with its
    // last character (the separator) moved one up): a range on the primary key, read
    // through its index instead of testing every row of every folder.
    const end = `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`;
    const rows = sql(
      `SELECT path, size, mtime_ms, json_array_length(certificates) AS n FROM scan_cache
       WHERE path >= ? AND path < ? ORDER BY path`,
    ).all(prefix, end) as Row[];
    return rows.map((r) => ({
      path: text(r['path']),
      size: num(r['size']),
      mtimeMs: num(r['mtime_ms']),
      certificateCount: num(r['n']),
    }));
  },
  removeScanCacheEntry(path) {
    sql('DELETE FROM scan_cache WHERE path = ?').run(path);
  },
});

export const endpointCheckQueries = (
  sql: (source: string) => StatementSync,
): Pick<InventoryStore, 'putEndpointCheck' | 'endpointCheck' | 'endpointChecks'> => ({
  putEndpointCheck(c) {
    sql(
      `INSERT INTO endpoint_checks (locator, checked_at, error_code, error_message, protocol, served,
         hostname_match, hostname_error, chain, served_in_order, leaf_expired)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (locator) DO UPDATE SET checked_at = excluded.checked_at, error_code = excluded.error_code,
         error_message = excluded.error_message, protocol = excluded.protocol, served = excluded.served,
         hostname_match = excluded.hostname_match, hostname_error = excluded.hostname_error,
         chain = excluded.chain, served_in_order = excluded.served_in_order,
         leaf_expired = excluded.leaf_expired`,
    ).run(
      c.locator,
      ms(c.checkedAt),
      c.error?.code ?? null,
      c.error?.message ?? null,
      c.protocol,
      JSON.stringify(c.served),
      bit(c.hostnameMatch),
      c.hostnameError,
      c.chain,
      bit(c.servedInOrder),
      bit(c.leafExpired),
    );
  },
  endpointCheck(locator) {
    const r = sql('SELECT * FROM endpoint_checks WHERE locator = ?').get(locator) as Row | undefined;
    return r ? toEndpointCheck(r) : null;
  },
  endpointChecks() {
    return (sql('SELECT * FROM endpoint_checks ORDER BY locator').all() as Row[]).map(toEndpointCheck);
  },
});
