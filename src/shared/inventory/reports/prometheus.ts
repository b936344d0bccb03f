import { NAME_FIELDS, type NameFields } from '../name-fields.js';
import type { ReportRow } from './report-row.js';

/**
 * The Prometheus text exposition format (0.0.4) with x509-certificate-exporter's metric
 * names and labels, so fleets reuse its alert rules and Grafana dashboards: one series per
 * certificate and place it lives in. `filepath` / `filename` are filled for files and
 * empty elsewhere, as the exporter does for sources that are not files.
 */

const escapeLabel = (v: string): string =>
  v.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n');

/** The exporter's serial_number is decimal. */
const decimalSerial = (hex: string): string =>
  /^[0-9A-F]+$/i.test(hex) ? BigInt(`0x${hex}`).toString(10) : '';

const nameLabels = (prefix: string, fields: NameFields): [string, string][] =>
  NAME_FIELDS.map((f) => [`${prefix}_${f}`, fields[f] ?? '']);

const baseName = (path: string): string =>
  path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

const METRICS = [
  ['x509_cert_not_after', 'Unix time of the certificate notAfter (end of validity).'],
  ['x509_cert_not_before', 'Unix time of the certificate notBefore.'],
  ['x509_cert_expired', '1 when the certificate has expired, 0 otherwise.'],
] as const;

export const toPrometheus = (rows: readonly ReportRow[], now: Date): string => {
  const series = rows.flatMap((r) => {
    const places = r.locations.length > 0 ? r.locations : [{ source: '', locator: '' }];
    return places.map((place) => {
      const file = place.source === 'folder';
      const labels: [string, string][] = [
        ['serial_number', decimalSerial(r.serialNumber)],
        ...nameLabels('subject', r.subjectFields),
        ...nameLabels('issuer', r.issuerFields),
        ['filepath', file ? place.locator : ''],
        ['filename', file ? baseName(place.locator) : ''],
      ];
      return { row: r, text: labels.map(([k, v]) => `${k}="${escapeLabel(v)}"`).join(',') };
    });
  });
  const value = (name: (typeof METRICS)[number][0], r: ReportRow): string => {
    if (name === 'x509_cert_expired') return now.getTime() >= r.notAfter.getTime() ? '1' : '0';
    const at = name === 'x509_cert_not_after' ? r.notAfter : r.notBefore;
    return String(Math.floor(at.getTime() / 1000));
  };
  const out: string[] = [];
  for (const [name, help] of METRICS) {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`);
    for (const s of series) out.push(`${name}{${s.text}} ${value(name, s.row)}`);
  }
  return `${out.join('\n')}\n`;
};
