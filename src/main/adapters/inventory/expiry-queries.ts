import type { StatementSync } from 'node:sqlite';
import {
  DAY_MS,
  sortedThresholds,
  type CertificateDeadlines,
  type DeadlineSettings,
} from '../../../shared/inventory/deadlines.js';
import type { ExpiryDue, InventoryStore } from '../../ports/inventory-store.js';
import { cell, date, ms, num, text, type Row } from './inventory-rows.js';

/**
 * The per-certificate reminder settings and the expiry watcher's check, in SQL. A check over
 * 10,000 certificates used to read every certificate, place, status and notification into
 * JavaScript, and V8 kept the heap it grew for them (RSS well past issue 8's 150 MB while
 * idle). Here SQLite does the walk and hands back only what changed or is due.
 */

type ExpiryQueries = Pick<
  InventoryStore,
  'certificateDeadlines' | 'setCertificateDeadlines' | 'recordStatusesAt' | 'expiryCheck'
>;

/**
 * Present certificates with their effective settings (`:thresholds` and `:renew_now` are the
 * global ones), the distinct threshold sets among them with the farthest of each (a few,
 * whatever the inventory's size: each set's JSON is parsed once, hence MATERIALIZED), and
 * every crossing of each set, the deadline (0) included. Presence as EXISTS rather than a
 * DISTINCT over the places: about a third faster on 10,000 certificates.
 */
const watchedCte = (range = '') => `
  watched AS (
    SELECT c.sha256, c.subject, c.not_after,
      coalesce(d.thresholds, :thresholds) AS thresholds,
      coalesce(d.renew_now_days, :renew_now) AS renew_now,
      EXISTS (SELECT 1 FROM revocation_checks r WHERE r.sha256 = c.sha256 AND r.status = 'revoked') AS revoked,
      coalesce(json_extract(c.igc, '$.lookAlike') = 1, 0) AS unrecognised
    FROM certificates c
    LEFT JOIN certificate_deadlines d ON d.sha256 = c.sha256
    WHERE EXISTS (SELECT 1 FROM locations l WHERE l.sha256 = c.sha256 AND l.gone_at IS NULL) ${range}
  ),
  sets AS MATERIALIZED (
    SELECT t.thresholds, (SELECT max(value) FROM json_each(t.thresholds)) AS first
    FROM (SELECT DISTINCT thresholds FROM watched) t
  ),
  days AS (
    SELECT s.thresholds, j.value AS d FROM sets s, json_each(s.thresholds) j
    UNION SELECT thresholds, 0 FROM sets
  )`;
const WATCHED = watchedCte();

/**
 * statusAt (shared/inventory/deadlines.ts) of watchedCertificate: its end of validity, its
 * last revocation check and its IGC-Santé reading; a test holds the two to the same answers.
 * A revoked certificate has no threshold left to cross (crossedThresholds).
 * `first` is the farthest threshold of the set (NULL for an empty set).
 */
const STATUS = `
  CASE
    WHEN w.revoked THEN 'revoked'
    WHEN :now >= w.not_after THEN 'expired'
    WHEN w.unrecognised THEN 'unrecognised'
    WHEN :now >= w.not_after - w.renew_now * :day THEN 'renew-now'
    WHEN :now >= w.not_after - max(coalesce(f.first, w.renew_now), w.renew_now) * :day THEN 'renew-soon'
    ELSE 'valid'
  END`;

const RECORD_STATUSES = `
  WITH ${WATCHED},
  now_status AS (
    SELECT w.sha256, ${STATUS} AS status FROM watched w JOIN sets f ON f.thresholds = w.thresholds
  )
  INSERT INTO status_history (sha256, status, at)
  SELECT n.sha256, n.status, :now FROM now_status n
  WHERE n.status IS NOT (
    SELECT h.status FROM status_history h WHERE h.sha256 = n.sha256 ORDER BY h.id DESC LIMIT 1
  )`;

/** Crossed, and neither it nor a nearer threshold notified (see the port). */
/**
 * Only certificates that may have crossed a threshold (:horizon = now + the farthest
 * threshold of any setting) go through the thresholds. `+c.not_after`: a filter, not an
 * index range: when most certificates are near their end, reading them through the index
 * costs more than the one pass (measured: 61 against 44 ms for 10,000).
 */
const FRESH = `
  WITH ${watchedCte('AND +c.not_after <= :horizon')}
  SELECT w.sha256, w.subject, w.not_after, s.until, json_group_array(dd.d) AS fresh
  FROM watched w JOIN days dd ON dd.thresholds = w.thresholds
  LEFT JOIN snoozes s ON s.sha256 = w.sha256
  WHERE w.not_after - dd.d * :day <= :now AND NOT w.revoked
    AND NOT EXISTS (
      SELECT 1 FROM notifications n WHERE n.sha256 = w.sha256 AND n.threshold_days <= dd.d
    )
  GROUP BY w.sha256`;

const FARTHEST_OWN = `
  SELECT max(j.value) AS farthest FROM certificate_deadlines d, json_each(d.thresholds) j`;

/**
 * The soonest end of validity ahead among watched certificates (present, not revoked): the
 * next crossing is at the latest there, so only certificates ending before it plus the
 * farthest threshold can cross sooner (:bound; a filter, as in FRESH).
 */
const SOONEST_END = `
  SELECT c.not_after AS soonest FROM certificates c
  WHERE c.not_after > :now
    AND EXISTS (SELECT 1 FROM locations l WHERE l.sha256 = c.sha256 AND l.gone_at IS NULL)
    AND NOT EXISTS (SELECT 1 FROM revocation_checks r WHERE r.sha256 = c.sha256 AND r.status = 'revoked')
  ORDER BY c.not_after LIMIT 1`;

const NEXT_CROSSING = `
  WITH ${watchedCte('AND +c.not_after > :now AND +c.not_after <= :bound')}
  SELECT min(w.not_after - dd.d * :day) AS next
  FROM watched w JOIN days dd ON dd.thresholds = w.thresholds
  WHERE w.not_after - dd.d * :day > :now AND NOT w.revoked`;

const ownOf = (r: Row): CertificateDeadlines => ({
  thresholds: cell(r['thresholds']) === null ? null : (JSON.parse(text(r['thresholds'])) as number[]),
  renewNowDays: cell(r['renew_now_days']) === null ? null : num(r['renew_now_days']),
});

const params = (now: Date, global: DeadlineSettings) => ({
  now: ms(now),
  day: DAY_MS,
  thresholds: JSON.stringify(sortedThresholds(global.thresholds)),
  renew_now: global.renewNowDays,
});

export const expiryQueries = (sql: (source: string) => StatementSync): ExpiryQueries => ({
  certificateDeadlines(sha256) {
    const r = sql('SELECT thresholds, renew_now_days FROM certificate_deadlines WHERE sha256 = ?').get(
      sha256,
    ) as Row | undefined;
    return r ? ownOf(r) : null;
  },
  setCertificateDeadlines(sha256, own) {
    if (own === null || (own.thresholds === null && own.renewNowDays === null)) {
      sql('DELETE FROM certificate_deadlines WHERE sha256 = ?').run(sha256);
      return;
    }
    sql(
      `INSERT INTO certificate_deadlines (sha256, thresholds, renew_now_days) VALUES (?, ?, ?)
       ON CONFLICT (sha256) DO UPDATE SET thresholds = excluded.thresholds,
         renew_now_days = excluded.renew_now_days`,
    ).run(
      sha256,
      own.thresholds === null ? null : JSON.stringify(sortedThresholds(own.thresholds)),
      own.renewNowDays,
    );
  },

  recordStatusesAt(now, global) {
    return Number(sql(RECORD_STATUSES).run(params(now, global)).changes);
  },

  expiryCheck(now, global) {
    const p = params(now, global);
    // The farthest threshold any certificate is watched with: its own settings (a few rows) or the global ones.
    const own = cell((sql(FARTHEST_OWN).get() as Row)['farthest']);
    const farthest = Math.max(0, ...global.thresholds, own === null ? 0 : num(own));
    const due: ExpiryDue[] = [];
    let snoozeEnds: number | null = null;
    for (const r of sql(FRESH).iterate({ ...p, horizon: p.now + farthest * DAY_MS }) as Iterable<Row>) {
      const until = cell(r['until']) === null ? null : num(r['until']);
      if (until !== null && until > p.now) {
        snoozeEnds = snoozeEnds === null ? until : Math.min(snoozeEnds, until);
        continue;
      }
      due.push({
        sha256: text(r['sha256']),
        subject: text(r['subject']),
        notAfter: date(r['not_after']),
        thresholds: (JSON.parse(text(r['fresh'])) as number[]).sort((a, b) => b - a),
      });
    }
    const soonest = sql(SOONEST_END).get({ now: p.now }) as Row | undefined;
    const next =
      soonest === undefined
        ? null
        : cell(
            (sql(NEXT_CROSSING).get({ ...p, bound: num(soonest['soonest']) + farthest * DAY_MS }) as Row)[
              'next'
            ],
          );
    return {
      due,
      snoozeEnds: snoozeEnds === null ? null : new Date(snoozeEnds),
      nextCrossing: next === null ? null : date(next),
    };
  },
});
