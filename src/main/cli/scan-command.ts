import { join, resolve } from 'node:path';
import { DAY_MS } from '../../shared/inventory/deadlines.js';
import { toCsv } from '../../shared/inventory/reports/csv.js';
import { toIcs } from '../../shared/inventory/reports/ics.js';
import { toPrometheus } from '../../shared/inventory/reports/prometheus.js';
import { STATUS_LABELS, type ReportRow } from '../../shared/inventory/reports/report-row.js';
import { safeDisplay, safeDisplayDeep } from '../../shared/text/safe-display.js';
import type { FileSystem } from '../ports/file-system.js';
import type { EndpointCheck, InventoryStore } from '../ports/inventory-store.js';
import type { TlsProbeFailureCode } from '../ports/tls-probe.js';
import {
  endpointProblems,
  parseEndpoint,
  type EndpointProblem,
  type EndpointScanProgress,
  type EndpointScanSummary,
  type EndpointTarget,
} from '../services/inventory/endpoint-scan.js';
import type { ScanProgress, ScanSummary } from '../services/inventory/folder-scan.js';
import { EXIT, type CliIo } from './cli-io.js';

// Not `import … from 'node:util'` (see inspect-command.ts).
const { parseArgs } = process.getBuiltinModule('node:util');

export const SCAN_HELP = `Usage: vigie scan [PATH...] [--endpoint HOST[:PORT][/smtp|/imap|/pop3]]...
                 [--json | --csv | --ics | --prometheus] [--textfile DIR]

Scan files and folders (recursively, any certificate format) and TLS servers into the
inventory and report every certificate found there, soonest deadline first. Unchanged files
are not read again: the inventory (VIGIE_DATA_DIR/inventory.sqlite) remembers them, so a
scan from cron is cheap. Give at least one PATH or one --endpoint.

Options:
  --endpoint SPEC   a TLS server to check (repeatable): HOST:PORT, [IPv6]:PORT, with
                    /smtp, /imap or /pop3 for STARTTLS; the port defaults to 443 (25, 143
                    or 110 with STARTTLS). Reports the chain it serves, a missing
                    intermediate, a host-name mismatch, or why it could not be reached
  --json            print the report as JSON: {certificates: [...], endpoints: [...]}
  --csv             print it as CSV (';' separated, for spreadsheets)
  --ics             print it as an iCalendar file: one event per renewal deadline
  --prometheus      print it in the Prometheus text format (x509-certificate-exporter's
                    metric names: x509_cert_not_after, x509_cert_not_before, x509_cert_expired)
  --textfile DIR    also write DIR/vigie.prom atomically, for node_exporter's textfile collector
  -h, --help        show this help

Exit status: 0 nothing to act on, 1 a certificate is to renew now, expired or revoked, or an
endpoint is unreachable, serves an incomplete chain or a certificate for another host name,
2 unusable input or usage error (a malformed --endpoint included).`;

export type ScanDeps = {
  fs: FileSystem;
  now: () => Date;
  /** Opens the inventory and the scanner; close() when done. */
  open: () => Promise<{
    store: InventoryStore;
    scan: (root: string, onProgress?: (p: ScanProgress) => void) => Promise<ScanSummary>;
    scanEndpoints: (
      targets: readonly EndpointTarget[],
      onProgress?: (p: EndpointScanProgress) => void,
    ) => Promise<EndpointScanSummary>;
    /** Checks the revocation of what was found (CRLs, cached until their nextUpdate). */
    checkRevocation?: () => Promise<void>;
    /** The rows of the certificates in these files and folders or served at these endpoints (locators). */
    rows: (under: readonly string[], endpoints: readonly string[]) => ReportRow[];
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

const FAILURE_WORDS: Readonly<Record<TlsProbeFailureCode, string>> = {
  dns: 'host name not found',
  refused: 'connection refused',
  unreachable: 'no route to the server',
  timeout: 'no answer in time',
  'tls-handshake': 'TLS handshake failed',
  'starttls-refused': 'STARTTLS refused by the server',
  protocol: 'unexpected answer before TLS',
  'not-allowed': 'network access not allowed',
  cancelled: 'cancelled',
};

const problemWords = (problem: EndpointProblem, check: EndpointCheck): string => {
  switch (problem) {
    case 'unreachable':
      return `unreachable: ${check.error ? `${FAILURE_WORDS[check.error.code]} (${check.error.message})` : ''}`;
    case 'expired':
      return 'certificate expired';
    case 'hostname-mismatch':
      return `host-name mismatch (${check.hostnameError ?? 'the certificate names another host'})`;
    case 'missing-intermediate':
      return 'missing intermediate certificate (the server sends its certificate without its issuer)';
    case 'unknown-root':
      return 'chain to an unknown root';
  }
};

/** One line per endpoint: what was negotiated, and what is wrong in words. */
const endpointTable = (checks: readonly EndpointCheck[]): string => {
  const width = Math.max(...checks.map((c) => c.locator.length));
  const lines = checks.map((c) => {
    const problems = endpointProblems(c);
    const status =
      problems.length === 0
        ? `ok: ${c.protocol ?? 'TLS'}, ${c.served.length} certificate${c.served.length === 1 ? '' : 's'} served, complete chain, host name matches`
        : problems.map((p) => problemWords(p, c)).join('; ');
    // Clients put an out-of-order chain back together: worth saying, not a failure.
    const order = c.servedInOrder === false ? ' (chain served out of order)' : '';
    // Server replies and host names are not ours: escaped like every other name.
    return safeDisplay(`${c.locator.padEnd(width)}  ${status}${order}`);
  });
  return ['Endpoints:', ...lines].join('\n');
};

const endpointJson = (c: EndpointCheck) => ({
  ...c,
  checkedAt: c.checkedAt.toISOString(),
  problems: endpointProblems(c),
});

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
        endpoint: { type: 'string', multiple: true },
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
  const specs = values.endpoint ?? [];
  if (formats.length > 1 || (positionals.length === 0 && specs.length === 0)) {
    io.stderr(
      `vigie scan: ${formats.length > 1 ? 'choose one output format' : 'no file, folder or --endpoint given'}\n\n${SCAN_HELP}`,
    );
    return EXIT.usage;
  }
  const targets: EndpointTarget[] = [];
  for (const spec of specs) {
    const target = parseEndpoint(spec);
    if (!target.ok) {
      io.stderr(safeDisplay(`vigie scan: --endpoint "${spec}": ${target.error.message}`));
      return EXIT.usage;
    }
    targets.push(target.value);
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
    const endpoints =
      targets.length === 0
        ? null
        : await session.scanEndpoints(
            targets,
            deps.interactive ? (p) => io.stderr(`\r${p.done}/${p.total} endpoints`) : undefined,
          );
    await session.checkRevocation?.();
    if (deps.interactive) io.stderr('');
    const now = deps.now();
    const checks = endpoints?.checks ?? [];
    const rows = session.rows(
      roots,
      checks.map((c) => c.locator),
    );
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
          safeDisplayDeep({
            certificates: rows.map((r) => ({
              ...r,
              notBefore: r.notBefore.toISOString(),
              notAfter: r.notAfter.toISOString(),
            })),
            endpoints: checks.map(endpointJson),
          }),
          null,
          2,
        ),
      );
    else if (format === 'csv') io.stdout(toCsv(rows));
    else if (format === 'ics') io.stdout(toIcs(rows, now));
    else if (format === 'prometheus') io.stdout(toPrometheus(rows, now));
    else io.stdout(checks.length > 0 ? `${table(rows, now)}\n\n${endpointTable(checks)}` : table(rows, now));
    const endpointTrouble = checks.some((c) => endpointProblems(c).length > 0);
    return endpointTrouble || rows.some((r) => NEEDS_ACTION.has(r.status)) ? EXIT.problem : EXIT.ok;
  } finally {
    session.close();
  }
};
