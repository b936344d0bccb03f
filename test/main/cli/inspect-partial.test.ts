import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/main/cli/vigie-cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { makeWorkdir, type Workdir, selfSigned } from '../pki/reader/openssl.js';
import { capture } from './helpers/capture.js';

/** Reader robustness as the CLI reports it: partial PEM files, PKCS#12 that need a password. */

let w: Workdir;
let dir: string;
let previousDataDir: string | undefined;

beforeAll(() => {
  previousDataDir = process.env['VIGIE_DATA_DIR'];
  process.env['VIGIE_DATA_DIR'] = tempDir('vigie-cli-partial-data-');
  dir = tempDir('vigie-cli-partial-');
  w = makeWorkdir();
  selfSigned(w, 'Vigie CLI partial');
  const keyLines = Buffer.from(w.read('key.pem')).toString().trim().split('\n');
  const cutKey = [keyLines[0], keyLines[1]?.slice(0, 30), keyLines.at(-1)].join('\n');
  writeFileSync(join(dir, 'partial.pem'), `${Buffer.from(w.read('cert.pem')).toString()}${cutKey}\n`);
  w.openssl(
    'pkcs12',
    '-export',
    '-in',
    'cert.pem',
    '-inkey',
    'key.pem',
    '-out',
    'locked.p12',
    '-passout',
    'pass:secret',
  );
  writeFileSync(join(dir, 'locked.p12'), w.read('locked.p12'));
});

afterAll(() => {
  w.remove();
  if (previousDataDir === undefined) delete process.env['VIGIE_DATA_DIR'];
  else process.env['VIGIE_DATA_DIR'] = previousDataDir;
});

describe('vigie inspect on a file with a broken block', () => {
  it('shows the good certificate, exits 0 and names the broken block in JSON', async () => {
    const c = capture();
    expect(await runCli(['inspect', '--json', join(dir, 'partial.pem')], c.io)).toBe(0);
    const rows = JSON.parse(c.out()) as { kind: string; warnings: { code: string; detail?: unknown }[] }[];
    expect(rows.map((r) => r.kind)).toEqual(['certificate']);
    expect(rows[0]?.warnings).toContainEqual(
      expect.objectContaining({
        code: 'pem-broken-block',
        detail: expect.objectContaining({ label: 'PRIVATE KEY', ordinal: 2 }),
      }),
    );
  });

  it('prints exactly the layout of JSON.stringify(rows, null, 2), nested warnings included', async () => {
    const c = capture();
    const files = [join(dir, 'partial.pem'), join(dir, 'partial.pem')];
    expect(await runCli(['inspect', '--json', ...files], c.io)).toBe(0);
    // The rows are written as text a row at a time: the result must still be the one layout.
    expect(c.out().trimEnd()).toBe(JSON.stringify(JSON.parse(c.out()), null, 2));
  });

  it('prints the warning in text output too', async () => {
    const c = capture();
    expect(await runCli(['inspect', join(dir, 'partial.pem')], c.io)).toBe(0);
    expect(c.out()).toMatch(/Warning: PEM block "PRIVATE KEY" #2 \(line \d+\) is unreadable/);
  });
});

describe('vigie inspect on a PKCS#12 whose certificates are all encrypted', () => {
  it('without a password: exit 2 and a typed password-required error', async () => {
    const c = capture();
    expect(await runCli(['inspect', '--json', join(dir, 'locked.p12')], c.io)).toBe(2);
    expect(JSON.parse(c.out())).toMatchObject({ error: { code: 'password-required' } });
  });
});
