import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { runCli } from '../../../src/main/cli/vigie-cli.js';
import { certificateParseCount } from '../../../src/main/pki/certificate/index.js';
import { makeCertificates } from '../../helpers/chain-certificates.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { capture } from './helpers/capture.js';

const DAY = 86_400_000;
const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;

/** A server's certificate folder: a chain valid a year, a leaf with 10 days left. */
const serverFolder = () => {
  const dir = tempDir('vigie-scan-cli-');
  const certs = join(dir, 'etc', 'ssl');
  mkdirSync(certs, { recursive: true });
  const fresh = makeCertificates(1, 1);
  // Issued 355 days ago for 365 days: 10 days left.
  const ending = makeCertificates(1, 1, new Date(Date.now() - 355 * DAY));
  writeFileSync(join(certs, 'chain.pem'), [fresh.root, ...fresh.intermediates].map(pem).join(''));
  writeFileSync(join(certs, 'www.crt'), pem(ending.leaves[0] as Uint8Array));
  return { dir, certs };
};

const previousDataDir = process.env['VIGIE_DATA_DIR'];
afterAll(() => {
  if (previousDataDir === undefined) delete process.env['VIGIE_DATA_DIR'];
  else process.env['VIGIE_DATA_DIR'] = previousDataDir;
});

describe('vigie scan', () => {
  it('reports the soonest deadline first and exits 1 when a certificate is to renew now', async () => {
    const { dir, certs } = serverFolder();
    process.env['VIGIE_DATA_DIR'] = join(dir, 'data');
    const c = capture('', '\n');
    expect(await runCli(['scan', certs], c.io)).toBe(1);
    const lines = c.out().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^à renouveler maintenant\s+\d{4}-\d{2}-\d{2} {2}(9|10) d left .*www\.crt\]$/);
    expect(lines[1]).toMatch(/^valide /);

    // Run again from cron: nothing is parsed, the same report comes out.
    const parses = certificateParseCount();
    const again = capture('', '\n');
    expect(await runCli(['scan', certs], again.io)).toBe(1);
    expect(again.out()).toBe(c.out());
    // The report comes from the inventory (names, serial kept there): nothing is parsed at all.
    expect(certificateParseCount()).toBe(parses);
  });

  it('prints JSON, CSV and Prometheus, and writes a textfile for node_exporter', async () => {
    const { dir, certs } = serverFolder();
    process.env['VIGIE_DATA_DIR'] = join(dir, 'data');
    const json = capture();
    await runCli(['scan', '--json', certs], json.io);
    const { certificates: rows, endpoints } = JSON.parse(json.out()) as {
      certificates: { status: string; locations: { locator: string }[] }[];
      endpoints: unknown[];
    };
    expect(endpoints).toEqual([]);
    expect(rows.map((r) => r.status)).toEqual(['renew-now', 'valid', 'valid']);
    expect(rows[0]?.locations).toEqual([{ source: 'folder', locator: join(certs, 'www.crt') }]);

    const csv = capture();
    await runCli(['scan', '--csv', certs], csv.io);
    const records = parseCsv(csv.out().slice(1), { delimiter: ';' }) as string[][];
    expect(records.map((r) => r[5])).toEqual(['Statut', 'à renouveler maintenant', 'valide', 'valide']);

    const textfile = join(dir, 'textfile');
    mkdirSync(textfile);
    const prom = capture();
    await runCli(['scan', '--prometheus', '--textfile', textfile, certs], prom.io);
    expect(prom.out()).toMatch(/^# HELP x509_cert_not_after /);
    expect(readFileSync(join(textfile, 'vigie.prom'), 'utf8')).toBe(prom.out());
  });

  it('refuses a missing path, two formats, or no path, with exit 2', async () => {
    const { dir } = serverFolder();
    process.env['VIGIE_DATA_DIR'] = join(dir, 'data');
    for (const args of [['scan', join(dir, 'nope')], ['scan', '--csv', '--json', dir], ['scan']]) {
      const c = capture();
      expect(await runCli(args, c.io)).toBe(2);
      expect(c.err()).toMatch(/^vigie scan: /);
    }
  });

  it('exits 0 when nothing needs renewing now', async () => {
    const dir = tempDir('vigie-scan-cli-');
    process.env['VIGIE_DATA_DIR'] = join(dir, 'data');
    writeFileSync(join(dir, 'ok.pem'), pem(makeCertificates(1, 1).root));
    const c = capture();
    expect(await runCli(['scan', join(dir, 'ok.pem')], c.io)).toBe(0);
  });
});
