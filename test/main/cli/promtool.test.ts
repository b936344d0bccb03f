import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import parsePrometheus from 'parse-prometheus-text-format';
import { runCli } from '../../../src/main/cli/vigie-cli.js';
import { makeCertificates } from '../../helpers/chain-certificates.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { capture } from './helpers/capture.js';

/**
 * Prometheus's own tool reads what `vigie scan --prometheus --textfile` writes: the metrics
 * lint clean, the alert rules shipped in docs/ load, and those rules fire on the series of a
 * real scan (`promtool test rules`). .ci/run installs promtool from Debian's package.
 */

const RULES = join(import.meta.dirname, '..', '..', '..', 'docs', 'prometheus', 'vigie-alerts.yml');
const DAY = 86_400_000;
const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;

const promtool = (process.env['PATH'] ?? '')
  .split(delimiter)
  .map((dir) => join(dir, 'promtool'))
  .find((path) => existsSync(path));
if (!promtool)
  console.warn(
    'promtool tests skipped: no promtool on PATH (.ci/run extracts it from Debian’s prometheus package)',
  );

const run = (args: string[], input?: string) => {
  const r = spawnSync(promtool as string, args, {
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
};

/** A PromQL series selector for a metric and its labels, values quoted as PromQL strings. */
const selector = (name: string, labels: Record<string, string>) =>
  `${name}{${Object.entries(labels)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(',')}}`;

const previousDataDir = process.env['VIGIE_DATA_DIR'];
afterAll(() => {
  if (previousDataDir === undefined) delete process.env['VIGIE_DATA_DIR'];
  else process.env['VIGIE_DATA_DIR'] = previousDataDir;
});

describe.skipIf(!promtool)('Prometheus reads what vigie scan writes (promtool)', () => {
  it('lints the textfile, loads the shipped alert rules, and they fire on the scanned series', async () => {
    const dir = tempDir('vigie-promtool-');
    const certs = join(dir, 'certs');
    const textfile = join(dir, 'textfile');
    mkdirSync(certs);
    mkdirSync(textfile);
    const fresh = makeCertificates(1, 1);
    const ending = makeCertificates(1, 1, new Date(Date.now() - 355 * DAY)); // 10 days left
    const expired = makeCertificates(1, 1, new Date(Date.now() - 400 * DAY)); // ended 35 days ago
    writeFileSync(join(certs, 'chain.pem'), pem(fresh.root));
    writeFileSync(join(certs, 'www.crt'), pem(ending.leaves[0] as Uint8Array));
    writeFileSync(join(certs, 'old.crt'), pem(expired.leaves[0] as Uint8Array));
    process.env['VIGIE_DATA_DIR'] = join(dir, 'data');
    const now = Date.now();
    await runCli(['scan', '--prometheus', '--textfile', textfile, certs], capture().io);
    const exposition = readFileSync(join(textfile, 'vigie.prom'), 'utf8');

    const lint = run(['check', 'metrics'], exposition);
    expect(lint.output).toBe('');
    expect(lint.status).toBe(0);
    const rules = run(['check', 'rules', RULES]);
    expect(rules.status, rules.output).toBe(0);
    expect(rules.output).toContain('SUCCESS: 2 rules found');

    // The scan's series, with time moved so that the test's time 0 is the scan's now: the
    // rules compare x509_cert_not_after with time().
    const families = parsePrometheus(exposition);
    const series = families
      .filter((f) => f.name === 'x509_cert_not_after' || f.name === 'x509_cert_expired')
      .flatMap((f) =>
        f.metrics.map((m) => {
          const value =
            f.name === 'x509_cert_not_after' ? Number(m.value) - Math.floor(now / 1000) : Number(m.value);
          return { name: f.name, labels: m.labels ?? {}, value };
        }),
      );
    const notAfter = series.filter((s) => s.name === 'x509_cert_not_after');
    expect(notAfter).toHaveLength(3);
    const alert = (
      name: string,
      severity: string,
      labels: Record<string, string>,
      summary: string,
      why: string,
    ) => ({
      // Prometheus drops a label whose value is empty (an absent name attribute).
      exp_labels: { ...Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== '')), severity },
      exp_annotations: {
        summary,
        description: `${labels['subject_CN']} (serial ${labels['serial_number']}, ${labels['filepath']}) ${why}`,
      },
      alertname: name,
    });
    const www = notAfter.find((s) => s.labels['filename'] === 'www.crt');
    const old = notAfter.find((s) => s.labels['filename'] === 'old.crt');
    if (!www || !old) throw new Error('the scan lost a certificate');
    const cn = (s: typeof www) => s.labels['subject_CN'] ?? '';
    const expected = [
      alert(
        'CertificateRenewNow',
        'warning',
        www.labels,
        `Certificate ${cn(www)} expires in less than 30 days`,
        'expires within 30 days. Renew it while it is still valid.',
      ),
      alert(
        'CertificateExpired',
        'critical',
        old.labels,
        `Certificate ${cn(old)} has expired`,
        'is past its end of validity: it can no longer be renewed, only ordered again.',
      ),
    ];
    // JSON is YAML: promtool reads the test file as is.
    const testFile = join(dir, 'vigie-alerts.test.yml');
    writeFileSync(
      testFile,
      JSON.stringify({
        rule_files: [RULES],
        evaluation_interval: '1m',
        tests: [
          {
            interval: '1m',
            input_series: series.map((s) => ({
              series: selector(s.name, s.labels),
              values: `${s.value}+0x10`,
            })),
            alert_rule_test: expected.map(({ alertname, ...a }) => ({
              eval_time: '5m',
              alertname,
              exp_alerts: [a],
            })),
          },
        ],
      }),
    );
    const tested = run(['test', 'rules', testFile]);
    expect(tested.output).toContain('SUCCESS');
    expect(tested.status).toBe(0);
  });
});
