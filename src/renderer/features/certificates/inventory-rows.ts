import type { Family } from '../../../shared/model/igc-sante.js';
import type { InventoryEntry, LocationSource } from '../../../shared/model/inventory.js';
import type { Language } from '../../i18n/messages.js';
import { productLabel } from '../inspector/product-label.js';

/**
 * The rows of "Mes certificats", computed once per list load: the name in plain words, the
 * lowercase search text and the sort keys. A keystroke then only scans strings already
 * built, which keeps a 10,000-row filter well inside one frame.
 */

export type Status = InventoryEntry['status'];

export type Row = {
  entry: InventoryEntry;
  /** What the user calls it: the holder's CN (or the whole subject when there is none). */
  name: string;
  /** The second line: product in words and structure for IGC-Santé; organisation and issuer otherwise. */
  detail: string;
  /** Accent-free lowercase text every search term is looked for in. */
  search: string;
  renewByMs: number;
  sources: LocationSource[];
};

export const STATUSES: readonly Status[] = [
  'renew-now',
  'expired',
  'revoked',
  'renew-soon',
  'valid',
  'unrecognised',
];

/**
 * Soonest action first: what can still be renewed and is due now (after expiry IGC-Santé
 * only takes a new order, so those come next), then revoked, then the rest by deadline.
 */
const ACTION_RANK: Readonly<Record<Status, number>> = {
  'renew-now': 0,
  expired: 1,
  revoked: 2,
  'renew-soon': 3,
  valid: 4,
  unrecognised: 5,
};

/** "é" → "e", lowercase: "hopital" finds "HÔPITAL" (plain ASCII skips the costly part). */
export const foldText = (text: string): string =>
  /[\u0080-\uffff]/.test(text)
    ? text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
    : text.toLowerCase();

const SOURCE_ORDER: readonly LocationSource[] = [
  'vault',
  'order',
  'token',
  'nss',
  'windows-store',
  'macos-keychain',
  'folder',
  'added',
  'endpoint',
];

export const sourcesOf = (entry: InventoryEntry): LocationSource[] => {
  const present = new Set(entry.locations.map((l) => l.source));
  return SOURCE_ORDER.filter((s) => present.has(s));
};

export const rowOf = (entry: InventoryEntry, language: Language): Row => {
  const { GN: given, SN: surname } = entry.subjectFields;
  // A person's certificate (PS, CPS card): its CN is an identifier; the person has a name.
  const cn = given && surname ? `${given} ${surname}` : entry.subjectFields.CN;
  const o = entry.subjectFields.O;
  const product = entry.igc?.product ? productLabel(entry.igc.product, language) : null;
  const name = cn ?? (entry.subject || entry.sha256.slice(0, 16));
  const issuer = entry.issuerFields.CN ?? entry.issuer;
  const detail = (entry.igc ? [product, o] : [o, issuer]).filter(Boolean).join(' · ');
  const search = foldText(
    [
      entry.subject,
      entry.issuer,
      entry.serialNumber,
      entry.sha256,
      product ?? '',
      entry.igc?.product ?? '',
      entry.igc?.issuingCa ?? '',
      ...entry.locations.map((l) => l.locator),
    ].join('\n'),
  );
  return {
    entry,
    name,
    detail,
    search,
    renewByMs: Date.parse(entry.renewBy),
    sources: sourcesOf(entry),
  };
};

export type SortKey = 'action' | 'name' | 'place' | 'renewBy';
export type SortOrder = { key: SortKey; descending: boolean };
export const DEFAULT_SORT: SortOrder = { key: 'action', descending: false };

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

const compareAction = (a: Row, b: Row): number => {
  const rank = ACTION_RANK[a.entry.status] - ACTION_RANK[b.entry.status];
  if (rank !== 0) return rank;
  // The most recent loss first among the expired; the nearest deadline first otherwise.
  return a.entry.status === 'expired' ? b.renewByMs - a.renewByMs : a.renewByMs - b.renewByMs;
};

const COMPARE: Readonly<Record<SortKey, (a: Row, b: Row) => number>> = {
  action: compareAction,
  name: (a, b) => collator.compare(a.name, b.name) || a.renewByMs - b.renewByMs,
  place: (a, b) =>
    SOURCE_ORDER.indexOf(a.sources[0] ?? 'endpoint') - SOURCE_ORDER.indexOf(b.sources[0] ?? 'endpoint') ||
    collator.compare(a.entry.locations[0]?.locator ?? '', b.entry.locations[0]?.locator ?? '') ||
    a.renewByMs - b.renewByMs,
  renewBy: (a, b) => a.renewByMs - b.renewByMs,
};

export const sortRows = (rows: readonly Row[], order: SortOrder): Row[] => {
  const compare = COMPARE[order.key];
  const sorted = [...rows].sort(compare);
  return order.descending ? sorted.reverse() : sorted;
};

/** A calendar month, local time, as its first instant and the first instant of the next. */
export type MonthRange = { start: number; end: number };

export const monthRangeOf = (start: Date): MonthRange => ({
  start: new Date(start.getFullYear(), start.getMonth(), 1).getTime(),
  end: new Date(start.getFullYear(), start.getMonth() + 1, 1).getTime(),
});

/**
 * What one bar of the expiry chart counts: a deadline in that month, expired and revoked
 * certificates left out as the chart leaves them out, so the list shows the bar's figure.
 */
export const inMonth = (r: Row, month: MonthRange): boolean =>
  r.renewByMs >= month.start &&
  r.renewByMs < month.end &&
  r.entry.status !== 'expired' &&
  r.entry.status !== 'revoked';

export type Filters = {
  statuses: ReadonlySet<Status>;
  family: Family | null;
  product: string | null;
  structure: string | null;
  source: LocationSource | null;
  environment: 'production' | 'test' | 'none' | null;
  /** A month picked on the expiry chart. */
  month: MonthRange | null;
  query: string;
};

export const NO_FILTERS: Filters = {
  statuses: new Set(),
  family: null,
  product: null,
  structure: null,
  source: null,
  environment: null,
  month: null,
  query: '',
};

export const hasFilters = (f: Filters): boolean =>
  f.statuses.size > 0 ||
  f.family !== null ||
  f.product !== null ||
  f.structure !== null ||
  f.source !== null ||
  f.environment !== null ||
  f.month !== null ||
  f.query.trim() !== '';

/** Rows matching every filter and every search word, in the order given. */
export const filterRows = (rows: readonly Row[], f: Filters): readonly Row[] => {
  if (!hasFilters(f)) return rows;
  const terms = foldText(f.query).split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    const e = r.entry;
    if (f.statuses.size > 0 && !f.statuses.has(e.status)) return false;
    if (f.family !== null && e.igc?.family !== f.family) return false;
    if (f.product !== null && e.igc?.product !== f.product) return false;
    if (f.structure !== null && e.subjectFields.O !== f.structure) return false;
    if (f.source !== null && !r.sources.includes(f.source)) return false;
    if (f.environment !== null && (e.igc?.environment ?? 'none') !== f.environment) return false;
    if (f.month !== null && !inMonth(r, f.month)) return false;
    for (const term of terms) if (!r.search.includes(term)) return false;
    return true;
  });
};

const sameExceptQuery = (a: Filters, b: Filters): boolean =>
  a.statuses === b.statuses &&
  a.family === b.family &&
  a.product === b.product &&
  a.structure === b.structure &&
  a.source === b.source &&
  a.environment === b.environment &&
  a.month === b.month;

/**
 * filterRows with a memory of the last answer: typing one more letter only narrows, so it
 * searches the previous result instead of every row (the common keystroke, on 10,000 rows).
 */
export const createRowFilter = () => {
  let last: { rows: readonly Row[]; filters: Filters; result: readonly Row[] } | null = null;
  return (rows: readonly Row[], filters: Filters): readonly Row[] => {
    const narrows =
      last !== null &&
      last.rows === rows &&
      sameExceptQuery(last.filters, filters) &&
      foldText(filters.query).startsWith(foldText(last.filters.query));
    const result = filterRows(narrows && last ? last.result : rows, filters);
    last = { rows, filters, result };
    return result;
  };
};

/** The distinct values the filters offer, from what is in the inventory. */
export const filterChoices = (rows: readonly Row[]) => {
  const families = new Set<Family>();
  const products = new Set<string>();
  const structures = new Set<string>();
  const sources = new Set<LocationSource>();
  for (const r of rows) {
    if (r.entry.igc) families.add(r.entry.igc.family);
    if (r.entry.igc?.product) products.add(r.entry.igc.product);
    if (r.entry.subjectFields.O) structures.add(r.entry.subjectFields.O);
    for (const s of r.sources) sources.add(s);
  }
  return {
    families: [...families].sort(),
    products: [...products].sort(),
    structures: [...structures].sort(collator.compare),
    sources: SOURCE_ORDER.filter((s) => sources.has(s)),
  };
};
