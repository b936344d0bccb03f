import type { StatementSync } from 'node:sqlite';
import type { InventoryStore, RevocationRecord } from '../../ports/inventory-store.js';
import { cell, date, ms, text, type Row } from './inventory-rows.js';

type RevocationQueries = Pick<
  InventoryStore,
  'recordRevocations' | 'revocationOf' | 'revokedCertificates' | 'revocationDue'
>;

const toRecord = (r: Row): RevocationRecord => ({
  sha256: text(r['sha256']),
  status: text(r['status']) as RevocationRecord['status'],
  checkedAt: date(r['checked_at']),
  revokedAt: cell(r['revoked_at']) === null ? null : date(r['revoked_at']),
  reason: cell(r['reason']) === null ? null : text(r['reason']),
  freshUntil: cell(r['fresh_until']) === null ? null : date(r['fresh_until']),
  cause: cell(r['cause']) === null ? null : (text(r['cause']) as RevocationRecord['cause']),
  detail: text(r['detail']),
});

/** The revocation checks of the inventory's certificates (table revocation_checks). */
export const revocationQueries = (sql: (source: string) => StatementSync): RevocationQueries => ({
  recordRevocations(records) {
    const put = sql(
      `INSERT INTO revocation_checks (sha256, status, checked_at, revoked_at, reason, cause, detail, fresh_until)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (sha256) DO UPDATE SET status = excluded.status, checked_at = excluded.checked_at,
         revoked_at = excluded.revoked_at, reason = excluded.reason, cause = excluded.cause,
         detail = excluded.detail, fresh_until = excluded.fresh_until`,
    );
    for (const r of records)
      put.run(
        r.sha256,
        r.status,
        ms(r.checkedAt),
        r.revokedAt && ms(r.revokedAt),
        r.reason,
        r.cause,
        r.detail,
        r.freshUntil && ms(r.freshUntil),
      );
  },
  revocationOf(sha256) {
    const r = sql('SELECT * FROM revocation_checks WHERE sha256 = ?').get(sha256) as Row | undefined;
    return r ? toRecord(r) : null;
  },
  revocationDue(now) {
    const rows = sql(
      `SELECT c.sha256 FROM certificates c
       LEFT JOIN revocation_checks r ON r.sha256 = c.sha256
       WHERE c.names_crl = 1 AND c.not_after > :now
         AND EXISTS (SELECT 1 FROM locations l WHERE l.sha256 = c.sha256 AND l.gone_at IS NULL)
         AND (r.sha256 IS NULL OR r.status = 'unknown'
           OR (r.status = 'good' AND (r.fresh_until IS NULL OR r.fresh_until <= :now)))
       ORDER BY c.not_after`,
    ).all({ now: ms(now) }) as Row[];
    return rows.map((r) => text(r['sha256']));
  },
  revokedCertificates() {
    const rows = sql("SELECT sha256 FROM revocation_checks WHERE status = 'revoked'").all() as Row[];
    return new Set(rows.map((r) => text(r['sha256'])));
  },
});
