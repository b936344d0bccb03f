import { STATUS_LABELS, type ReportRow } from './report-row.js';

/**
 * A spreadsheet opening this file must show text, never run it: a cell beginning with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to Excel and LibreOffice
 * (CSV injection), so it gets a leading apostrophe, the spreadsheets' own "this is text".
 */
const neutralised = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/** RFC 4180 quoting: every cell quoted, quotes doubled (names hold commas and semicolons). */
const quoted = (cell: string): string => `"${neutralised(cell).replaceAll('"', '""')}"`;

const day = (d: Date): string => d.toISOString().slice(0, 10);

export const CSV_HEADER = [
  'Certificat',
  'Émetteur',
  'Numéro de série',
  'Valide du',
  'Expire le',
  'Statut',
  'Emplacements',
  'SHA-256',
] as const;

/**
 * The inventory as CSV for a French spreadsheet: `;` between cells, CRLF between rows, a
 * UTF-8 byte-order mark so Excel reads the accents, dates as YYYY-MM-DD so they sort.
 */
export const toCsv = (rows: readonly ReportRow[]): string => {
  const lines = [
    CSV_HEADER.map(quoted).join(';'),
    ...rows.map((r) =>
      [
        r.subject,
        r.issuer,
        r.serialNumber,
        day(r.notBefore),
        day(r.notAfter),
        STATUS_LABELS[r.status],
        r.locations.map((l) => `${l.source}:${l.locator}`).join('\n'),
        r.sha256,
      ]
        .map(quoted)
        .join(';'),
    ),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};
