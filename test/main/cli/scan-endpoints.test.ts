import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/main/cli/vigie-cli.js';
import { sha256Hex } from '../../helpers/fixture-ca.js';
import { tempDir } from '../../helpers/temp-dir.js';
import {
  closedPort,
  fixturePki,
  pemOf,
  startStartTlsServer,
  startTlsServer,
  type Running,
} from '../../helpers/tls-servers.js';
import { capture } from './helpers/capture.js';

const DAY = 86_400_000;

const servers: Running[] = [];
const up = async (r: Promise<Running>) => {
  const running = await r;
  servers.push(running);
  return running.port;
};
const previousDataDir = process.env['VIGIE_DATA_DIR'];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  if (previousDataDir === undefined) delete process.env['VIGIE_DATA_DIR'];
  else process.env['VIGIE_DATA_DIR'] = previousDataDir;
});
const freshData = () => {
  const dir = tempDir('vigie-scan-endpoints-');
  process.env['VIGIE_DATA_DIR'] = join(dir, 'data');
  return dir;
};

const pki = await fixturePki('CLI endpoints');
const good = await pki.leaf(['localhost'], { ips: ['127.0.0.1'] });
const expired = await pki.leaf(['localhost'], {
  ips: ['127.0.0.1'],
  notBefore: new Date(Date.now() - 400 * DAY),
  notAfter: new Date(Date.now() - 5 * DAY),
});
const elsewhere = await pki.leaf(['mail.other.example']);
// The whole chain, root included: complete for any client, whatever roots it knows.
const fullChain = await pki.serve(good, pki.intermediate, pki.root);

type Json = {
  certificates: { sha256: string; status: string; locations: { source: string; locator: string }[] }[];
  endpoints: { locator: string; error: { code: string } | null; chain: string | null; problems: string[] }[];
};

describe('vigie scan --endpoint', () => {
  it('checks healthy servers, direct and STARTTLS, and exits 0', async () => {
    freshData();
    const https = await up(startTlsServer(fullChain));
    const smtp = await up(startStartTlsServer('smtp', fullChain));
    // Root before intermediate: clients cope, the report says so without failing.
    const shuffled = await up(startTlsServer({ ...fullChain, chain: [good, pki.root, pki.intermediate] }));
    const c = capture('', '\n');
    const args = [`${https}`, `${smtp}/smtp`, `${shuffled}`].flatMap((e) => ['--endpoint', `127.0.0.1:${e}`]);
    expect(await runCli(['scan', ...args], c.io)).toBe(0);
    const out = c.out();
    // Its places in the order first seen there (the probes run together).
    const leafLine = out.split('\n').find((l) => /^valide .*CN=localhost {2}\[/.test(l)) ?? '';
    expect(
      leafLine
        .slice(leafLine.indexOf('['))
        .split(/[[\], ]+/)
        .filter(Boolean)
        .sort(),
    ).toEqual([`127.0.0.1:${https}`, `127.0.0.1:${smtp}/smtp`, `127.0.0.1:${shuffled}`].sort());
    expect(out).toMatch(
      new RegExp(
        `^127\\.0\\.0\\.1:${shuffled} +ok: .*host name matches \\(chain served out of order\\)$`,
        'm',
      ),
    );
    expect(out).toMatch(
      new RegExp(
        `^Endpoints:\\n127\\.0\\.0\\.1:${https} +ok: TLSv1\\.3, 3 certificates served, complete chain, host name matches$`,
        'm',
      ),
    );
    expect(out).toMatch(new RegExp(`^127\\.0\\.0\\.1:${smtp}/smtp +ok: TLSv1\\.3`, 'm'));
  });

  it('says what is wrong in words and exits 1', async () => {
    freshData();
    const leafOnly = await up(startTlsServer(await pki.serve(good)));
    const mismatch = await up(startTlsServer(await pki.serve(elsewhere, pki.intermediate, pki.root)));
    const old = await up(startTlsServer(await pki.serve(expired, pki.intermediate, pki.root)));
    const refusing = await up(startStartTlsServer('imap', fullChain, 'refuse'));
    const closed = await closedPort();
    const c = capture('', '\n');
    const args = [`${leafOnly}`, `${mismatch}`, `${old}`, `${refusing}/imap`, `${closed}`].flatMap((p) => [
      '--endpoint',
      `127.0.0.1:${p}`,
    ]);
    expect(await runCli(['scan', ...args], c.io)).toBe(1);
    const line = (port: number | string) =>
      c
        .out()
        .split('\n')
        .find((l) => l.startsWith(`127.0.0.1:${port} `)) ?? '';
    expect(line(leafOnly)).toMatch(/missing intermediate certificate/);
    expect(line(mismatch)).toMatch(
      /host-name mismatch \(.* is for mail\.other\.example, not 127\.0\.0\.1\)$/,
    );
    expect(line(old)).toMatch(/certificate expired/);
    expect(line(`${refusing}/imap`)).toMatch(
      /unreachable: STARTTLS refused by the server \(IMAP STARTTLS answered: a1 BAD/,
    );
    expect(line(closed)).toMatch(/unreachable: connection refused \(nothing listens on port \d+\)$/);
    expect(c.out()).toMatch(/^expiré /m);
  });

  it('prints the checks in JSON, and rows of this run only: its folders and its endpoints', async () => {
    const dir = freshData();
    const https = await up(startTlsServer(fullChain));
    const leafOnly = await up(startTlsServer(await pki.serve(good)));
    const folder = join(dir, 'certs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'expired.pem'), pemOf(expired.der));

    const first = capture();
    expect(await runCli(['scan', '--json', folder, '--endpoint', `127.0.0.1:${https}`], first.io)).toBe(1);
    const json = JSON.parse(first.out()) as Json;
    expect(json.endpoints).toMatchObject([
      { locator: `127.0.0.1:${https}`, error: null, chain: 'complete', problems: [] },
    ]);
    const goodSha = await sha256Hex(good.der);
    const leaf = json.certificates.find((r) => r.sha256 === goodSha);
    expect(leaf?.locations).toEqual([{ source: 'endpoint', locator: `127.0.0.1:${https}` }]);
    expect(json.certificates.map((r) => r.status)).toEqual(['expired', 'valid', 'valid', 'valid']);

    // Another run, another endpoint: the folder and the first endpoint are not in its report.
    const second = capture();
    expect(await runCli(['scan', '--json', '--endpoint', `127.0.0.1:${leafOnly}`], second.io)).toBe(1);
    const only = JSON.parse(second.out()) as Json;
    expect(only.endpoints.map((e) => [e.chain, e.problems])).toEqual([
      ['missing-intermediate', ['missing-intermediate']],
    ]);
    expect(only.certificates.map((r) => r.locations)).toEqual([
      [{ source: 'endpoint', locator: `127.0.0.1:${leafOnly}` }],
    ]);
  });

  it('refuses a malformed endpoint with exit 2 before scanning anything', async () => {
    freshData();
    for (const spec of ['::1:443', 'host:99999', 'mail.example.org/ftp', '']) {
      const c = capture();
      expect(await runCli(['scan', '--endpoint', spec], c.io)).toBe(2);
      expect(c.err()).toMatch(/^vigie scan: --endpoint ".*": /);
    }
  });
});
