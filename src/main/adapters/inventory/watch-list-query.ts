import type { StatementSync } from 'node:sqlite';
import type { InventoryIgc } from '../../../shared/inventory/inventory-certificate.js';
import type { NameFields } from '../../../shared/inventory/name-fields.js';
import type { InventoryStore, LocationSource, WatchedCertificate } from '../../ports/inventory-store.js';
import { cell, num, text, type Row } from './inventory-rows.js';

/**
 * One row per certificate and current place (a certificate found nowhere now has one row
 * with a null place); the certificate's own reminder settings, revocation and snooze ride
 * along, so a list of 10,000 certificates is one read instead of five (issue 8: P1 rescan
 * report, P4 dashboard answer).
 */
const WATCH_LIST = `
  SELECT c.sha256, c.subject, c.issuer, c.subject_fields, c.issuer_fields, c.serial,
    c.not_before, c.not_after, c.igc, l.source, l.locator,
    d.thresholds, d.renew_now_days, r.status = 'revoked' AS revoked, s.until
  FROM certificates c
  LEFT JOIN locations l ON l.sha256 = c.sha256 AND l.gone_at IS NULL
  LEFT JOIN certificate_deadlines d ON d.sha256 = c.sha256
  LEFT JOIN revocation_checks r ON r.sha256 = c.sha256
  LEFT JOIN snoozes s ON s.sha256 = c.sha256
  ORDER BY c.not_after, c.sha256, l.first_seen, l.id`;

export const watchListQuery = (
  sql: (source: string) => StatementSync,
): Pick<InventoryStore, 'watchList'> => ({
  watchList(options = {}) {
    const list: WatchedCertificate[] = [];
    // Issuer names repeat across a structure's certificates: each distinct text is parsed
    // once. The objects are shared between entries, so they are frozen.
    const names = new Map<string, NameFields>();
    const fields = (json: string): NameFields => {
      let parsed = names.get(json);
      if (!parsed) {
        parsed = Object.freeze(JSON.parse(json) as NameFields);
        names.set(json, parsed);
      }
      return parsed;
    };
    let last = null as WatchedCertificate | null;
    for (const r of sql(WATCH_LIST).all() as Row[]) {
      const sha256 = text(r['sha256']);
      const source = cell(r['source']);
      if (last?.certificate.sha256 === sha256) {
        // Rows of one certificate are consecutive (ordered by it): only the place is new.
        last.places.push({ source: text(source) as LocationSource, locator: text(r['locator']) });
        continue;
      }
      if (source === null && !options.includeNowhere) {
        last = null;
        continue;
      }
      const thresholds = cell(r['thresholds']);
      const renewNow = cell(r['renew_now_days']);
      const until = cell(r['until']);
      last = {
        certificate: {
          sha256,
          subject: text(r['subject']),
          issuer: text(r['issuer']),
          subjectFields: JSON.parse(text(r['subject_fields'])) as NameFields,
          issuerFields: fields(text(r['issuer_fields'])),
          serialNumber: text(r['serial']),
          notBefore: new Date(num(r['not_before'])),
          notAfter: new Date(num(r['not_after'])),
          igc: cell(r['igc']) === null ? null : (JSON.parse(text(r['igc'])) as InventoryIgc),
        },
        places:
          source === null ? [] : [{ source: text(source) as LocationSource, locator: text(r['locator']) }],
        own:
          thresholds === null && renewNow === null
            ? null
            : {
                thresholds: thresholds === null ? null : (JSON.parse(text(thresholds)) as number[]),
                renewNowDays: renewNow === null ? null : num(renewNow),
              },
        revoked: cell(r['revoked']) === 1,
        snoozedUntil: until === null ? null : new Date(num(until)),
      };
      list.push(last);
    }
    return list;
  },
});
