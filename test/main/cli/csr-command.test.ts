import { capture as captureWith } from './helpers/capture.js';
import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../../src/main/cli/vigie-cli.js';
import { csrSubject, opensslVerifiesCsr } from '../../helpers/openssl.js';
import { tempDir } from '../../helpers/temp-dir.js';

const capture = (stdin = '') => captureWith(stdin, '\n');

const PASSPHRASE = 'un mot de passe assez long';

const INSI = [
  '--product',
  'ORG_AUTH_CLI',
  '--structure',
  '10B0221636',
  '--org',
  'CENTRE DE SANTE RPPS22163',
  '--departement',
  '69',
  '--cn',
  'INSI-AUTO',
  '--project',
  'INSi',
];

describe('vigie csr', () => {
  let dir: string;
  beforeEach(async () => {
    dir = tempDir('vigie-csr-');
    process.env['VIGIE_DATA_DIR'] = join(dir, 'data');
  });

  it('creates an encrypted key file and a CSR on the server itself', async () => {
    const c = capture(`${PASSPHRASE}\n`);
    const code = await runCli(
      [
        'csr',
        ...INSI,
        '--env',
        'test',
        '--key-out',
        join(dir, 'insi.key'),
        '--passphrase-stdin',
        '--out',
        join(dir, 'insi.csr'),
        '--json',
      ],
      c.io,
    );
    expect(code, c.err()).toBe(0);
    const summary = JSON.parse(c.out());
    const pem = await readFile(join(dir, 'insi.csr'), 'utf8');
    expect(opensslVerifiesCsr(pem)).toBe(true);
    expect(csrSubject(pem)).toBe('CN=INSI-AUTO,OU=10B0221636,O=CENTRE DE SANTE RPPS22163,ST=Rhône (69),C=FR');

    const keyFile = join(dir, 'insi.key');
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    const keyText = await readFile(keyFile, 'utf8');
    expect(keyText).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----/);
    // OpenSSL opens it with the passphrase, and its public key is the CSR's.
    const pub = execFileSync('openssl', [
      'pkey',
      '-in',
      keyFile,
      '-passin',
      `pass:${PASSPHRASE}`,
      '-pubout',
      '-outform',
      'DER',
    ]);
    const csrPub = execFileSync('openssl', ['req', '-in', join(dir, 'insi.csr'), '-pubkey', '-noout']);
    const csrPubDer = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'DER'], { input: csrPub });
    expect(Buffer.compare(pub, csrPubDer)).toBe(0);
    const params = execFileSync('openssl', ['asn1parse', '-in', keyFile], { encoding: 'utf8' });
    expect(params).toMatch(/PBES2/);
    expect(params).toMatch(/hmacWithSHA256/);
    expect(params).toMatch(/aes-256-cbc/);
    expect(params).toMatch(/INTEGER\s+:0?927C0/); // 600000 iterations
    expect(summary).toMatchObject({ key: keyFile, orderId: null });
  });

  it('keeps the key in the vault and records the order when no key file is named', async () => {
    const c = capture(`${PASSPHRASE}\n`);
    const code = await runCli(
      ['csr', ...INSI, '--passphrase-stdin', '--out', join(dir, 'vault.csr'), '--json'],
      c.io,
    );
    expect(code, c.err()).toBe(0);
    const summary = JSON.parse(c.out());
    expect(summary.orderId).toMatch(/^[0-9a-f-]{36}$/);
    expect(opensslVerifiesCsr(await readFile(join(dir, 'vault.csr'), 'utf8'))).toBe(true);
    const orders = JSON.parse(await readFile(join(dir, 'data', 'orders.json'), 'utf8'));
    expect(orders.document.orders[0]).toMatchObject({
      id: summary.orderId,
      state: 'csr-exported',
      product: 'ORG_AUTH_CLI',
    });
  });

  it('exits 2 and lists every problem, writing nothing', async () => {
    const c = capture();
    const code = await runCli(
      [
        'csr',
        '--product',
        'SERV_SSL',
        '--structure',
        '312345678901234',
        '--org',
        '',
        '--departement',
        '99',
        '--cn',
        'not a host',
        '--out',
        join(dir, 'x.csr'),
      ],
      c.io,
    );
    expect(code).toBe(2);
    expect(c.err()).toMatch(/structureId/);
    expect(c.err()).toMatch(/commonName/);
    expect(c.err()).toMatch(/legalName/);
    expect(c.err()).toMatch(/departement/);
    await expect(stat(join(dir, 'x.csr'))).rejects.toThrow();

    const usage = capture();
    expect(await runCli(['csr', '--product', 'NOPE', '--key-out', 'k'], usage.io)).toBe(2);
    expect(usage.err()).toMatch(/--product/);
    expect(usage.err()).toMatch(/--out/);
    expect(usage.err()).toMatch(/--passphrase-stdin/);
  });

  it('refuses to overwrite files unless told to', async () => {
    const out = join(dir, 'again.csr');
    const first = capture(`${PASSPHRASE}\n`);
    expect(
      await runCli(
        ['csr', ...INSI, '--key-out', join(dir, 'k1'), '--passphrase-stdin', '--out', out],
        first.io,
      ),
    ).toBe(0);
    const second = capture(`${PASSPHRASE}\n`);
    expect(
      await runCli(
        ['csr', ...INSI, '--key-out', join(dir, 'k2'), '--passphrase-stdin', '--out', out],
        second.io,
      ),
    ).toBe(2);
    expect(second.err()).toMatch(/exists/);
  });
});
