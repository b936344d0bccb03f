import { join, resolve } from 'node:path';
import { DAY_MS } from '../../shared/inventory/deadlines.js';
import { toCsv } from '../../shared/inventory/reports/csv.js';
import { toIcs } from '../../shared/inventory/reports/ics.js';
import { toPrometheus } from '../../shared/inventory/reports/prometheus.js';
import { STATUS_LABELS, type ReportRow } from '../../shared/inventory/reports/report-row.js';
import { safeDisplay, safeDisplayDeep } from '../../shared/text/safe-display.js';
import type { FileSystem } from '../ports/file-system.js';
import type { InventoryStore } from '../ports/inventory-store.js';
import type { ScanProgress, ScanSummary } from '../services/inventory/folder-scan.js';
import { EXIT, type CliIo } from './cli-io.js';

// Not `import … from 'node:util'` (see inspect-command.ts).
const { parseArgs } = process.getBuiltinModule('node:util');

export const SCAN_HELP = `Usage: vigie scan PATH... [--json | --csv | --ics | --prometheus] [--textfile DIR]

Scan files and folders (recursively, any certificate format) into the inventory and report
every certificate found there, soonest deadline first. Unchanged files are not read again:
the inventory (VIGIE_DATA_DIR/inventory.sqlite) remembers them, so a scan from cron is cheap.

Options:
  --json            print the report as JSON
  --csv             print it as CSV (';' separated, for spreadsheets)
  --ics             print it as an iCalendar file: one event per renewal deadline
  --prometheus      print it in the Prometheus text format (x509-certificate-exporter's
                    metric names: x509_cert_not_after, x509_cert_not_before, x509_cert_expired)
  --textfile DIR    also write DIR/vigie.prom atomically, for node_exporter's textfile collector
  -h, --help        show this help

Exit status: 0 nothing to renew now, 1 a certificate is to renew now, expired or revoked,
2 unusable input or usage error.`;

export type ScanDeps = {
  fs: FileSystem;
  now: () => Date;
  /** Opens the inventory and the scanner; close() when done. */
  open: () => Promise<{
    store: InventoryStore;
    scan: (root: string, onProgress?: (p: ScanProgress) => void) => Promise<ScanSummary>;
    rows: (under: readonly string[]) => ReportRow[];
    close: () => void;
  }>;
  /** Whether standard error is a terminal (a progress line is drawn only then). */
  interactive?: boolean;
};

const NEEDS_ACTION = new Set(['renew-now', 'expired', 'revoked']);

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The human report: one line per certificate and place, the soonest first. */
const table = (rows: readonly ReportRow[], now: Date): string => {
  if (rows.length === 0) return 'No certificate found.';
  const lines = rows.map((r) => {
    const days = Math.floor((r.notAfter.getTime() - now.getTime()) / DAY_MS);
    const left = days < 0 ? `expired ${-days} d ago` : `${days} d left`;
    const where = r.locations.map((l) => l.locator).join(', ');
    // Names and paths come from files: escaped, so none can break or forge a line.
    return safeDisplay(
      `${STATUS_LABELS[r.status].padEnd(24)} ${isoDay(r.notAfter)}  ${left.padEnd(16)} ${r.subject}  [${where}]`,
    );
  });
  return lines.join('\n');
};

export const runScan = async (argv: string[], io: CliIo, deps: ScanDeps): Promise<number> => {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        csv: { type: 'boolean' },
        ics: { type: 'boolean' },
        prometheus: { type: 'boolean' },
        textfile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr(`vigie scan: ${(error as Error).message}\n\n${SCAN_HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(SCAN_HELP);
    return EXIT.ok;
  }
  const formats = (['json', 'csv', 'ics', 'prometheus'] as const).filter((f) => values[f] === true);
  if (formats.length > 1 || positionals.length === 0) {
    io.stderr(
      `vigie scan: ${positionals.length === 0 ? 'no file or folder given' : 'choose one output format'}\n\n${SCAN_HELP}`,
    );
    return EXIT.usage;
  }
  const roots = positionals.map((p) => resolve(p));
  for (const root of roots) {
    const info = await deps.fs.fileInfo(root);
    if (!info || info.kind === 'other') {
      io.stderr(safeDisplay(`vigie scan: ${root}: ${info ? 'not a file or folder' : 'not found'}`));
      return EXIT.usage;
    }
  }
  const textfileDir = values.textfile === undefined ? null : resolve(values.textfile);
  if (textfileDir && (await deps.fs.fileInfo(textfileDir))?.kind !== 'directory') {
    io.stderr(safeDisplay(`vigie scan: --textfile ${textfileDir}: not a folder`));
    return EXIT.usage;
  }

  const session = await deps.open();
  try {
    for (const root of roots) {
      await session.scan(
        root,
        deps.interactive
          ? (p) => io.stderr(`\r${p.filesDone}/${p.filesFound} files, ${p.certificates} certificates`)
          : undefined,
      );
    }
    if (deps.interactive) io.stderr('');
    const now = deps.now();
    const rows = session.rows(roots);
    if (textfileDir) {
      // node_exporter reads every *.prom: the rename makes the new file appear whole.
      await deps.fs.writeFileAtomic(
        join(textfileDir, 'vigie.prom'),
        new TextEncoder().encode(toPrometheus(rows, now)),
      );
    }
    const [format] = formats;
    if (format === 'json')
      io.stdout(
        JSON.stringify(
          safeDisplayDeep(
            rows.map((r) => ({
              ...r,
              notBefore: r.notBefore.toISOString(),
              notAfter: r.notAfter.toISOString(),
            })),
          ),
          null,
          2,
        ),
      );
    else if (format === 'csv') io.stdout(toCsv(rows));
    else if (format === 'ics') io.stdout(toIcs(rows, now));
    else if (format === 'prometheus') io.stdout(toPrometheus(rows, now));
    else io.stdout(table(rows, now));
    return rows.some((r) => NEEDS_ACTION.has(r.status)) ? EXIT.problem : EXIT.ok;
  } finally {
    session.close();
  }
};
