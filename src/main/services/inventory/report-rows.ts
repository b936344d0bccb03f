import { sep } from 'node:path';
import {
  DEFAULT_DEADLINE_SETTINGS,
  statusAt,
  type DeadlineSettings,
} from '../../../shared/inventory/deadlines.js';
import {
  NAME_FIELDS,
  type NameFields,
  type ReportRow,
} from '../../../shared/inventory/reports/report-row.js';
import type { DistinguishedName } from '../../../shared/model/names.js';
import type { InventoryStore } from '../../ports/inventory-store.js';
import { describeCertificate } from '../../pki/describe/index.js';

/** The first value of each broken-out attribute (a name rarely repeats them). */
const fieldsOf = (dn: DistinguishedName): NameFields => {
  const fields: NameFields = {};
  for (const rdn of dn.rdns)
    for (const a of rdn) {
      const f = NAME_FIELDS.find((n) => n === a.short);
      if (f && fields[f] === undefined) fields[f] = a.value;
    }
  return fields;
};

const inside = (path: string, roots: readonly string[]): boolean =>
  roots.some((r) => path === r || path.startsWith(r.endsWith(sep) ? r : `${r}${sep}`));

/**
 * The inventory as report rows, soonest expiry first: each certificate with the places it
 * is at now. With `under`, only certificates found in those files or folders (a server's
 * `vigie scan /etc/ssl` does not report the desktop vault sharing its data folder).
 */
export const reportRows = async (
  store: InventoryStore,
  now: Date,
  options: { under?: readonly string[]; settings?: DeadlineSettings } = {},
): Promise<ReportRow[]> => {
  const rows: ReportRow[] = [];
  for (const c of store.certificates()) {
    const locations = store
      .locationsOf(c.sha256)
      .filter(
        (l) =>
          l.goneAt === null &&
          (!options.under || (l.source === 'folder' && inside(l.locator, options.under))),
      )
      .map((l) => ({ source: l.source, locator: l.locator }));
    if (options.under && locations.length === 0) continue;
    const stored = store.certificate(c.sha256);
    if (!stored) continue;
    const view = await describeCertificate(stored.der, now);
    rows.push({
      sha256: c.sha256,
      subject: c.subject,
      issuer: c.issuer,
      subjectFields: view.ok ? fieldsOf(view.value.subject) : {},
      issuerFields: view.ok ? fieldsOf(view.value.issuer) : {},
      serialNumber: view.ok ? view.value.serialNumber : '',
      notBefore: c.notBefore,
      notAfter: c.notAfter,
      status: statusAt({ notAfter: c.notAfter }, now, options.settings ?? DEFAULT_DEADLINE_SETTINGS),
      locations,
    });
  }
  return rows;
};
