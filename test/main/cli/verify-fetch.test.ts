import { capture as captureWith } from './helpers/capture.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCli } from '../../../src/main/cli/vigie-cli.js';
import { startFixturePki, type FixturePki } from '../../helpers/fixture-pki-server.js';
import { tempDir } from '../../helpers/temp-dir.js';

const capture = (stdin = '') => captureWith(stdin, '\n');

const toPem = (der: Uint8Array, label = 'CERTIFICATE') =>
  `-----BEGIN ${label}-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')}\n-----END ${label}-----\n`;

describe('vigie verify fetches CRLs from the distribution points (loopback fixture PKI)', () => {
  let pki: FixturePki;
  let dir: string;
  beforeAll(async () => {
    pki = await startFixturePki();
    dir = tempDir('vigie-verify-fetch-');
    process.env['VIGIE_DATA_DIR'] = join(dir, 'data');
    await writeFile(join(dir, 'root.pem'), toPem(pki.ca.der));
  });
  afterAll(async () => pki.close());

  it('valid while not revoked, revoked once the CA lists it, and --no-fetch checks only the CRLs given', async () => {
    const leaf = await pki.issueLeaf({ ocsp: false });
    const leafPath = join(dir, 'leaf.pem');
    await writeFile(leafPath, toPem(leaf.der));
    const args = ['verify', leafPath, '--trust', join(dir, 'root.pem'), '--json'];

    const good = capture();
    expect(await runCli(args, good.io), good.err()).toBe(0);
    expect(JSON.parse(good.out())).toMatchObject({ status: 'valid' });
    expect(pki.count(new URL(pki.crlUrl).pathname)).toBeGreaterThan(0);

    pki.revoke(leaf);
    // The cached CRL is still fresh: a new one is only fetched when the cache goes stale, so
    // use a fresh data folder to see the revocation now (as a new machine would).
    process.env['VIGIE_DATA_DIR'] = join(dir, 'data-2');
    const revoked = capture();
    expect(await runCli(args, revoked.io)).toBe(1);
    expect(JSON.parse(revoked.out())).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/^revoked/),
    });

    const offline = capture();
    expect(await runCli([...args, '--no-fetch'], offline.io)).toBe(0);
    expect(JSON.parse(offline.out())).toMatchObject({ status: 'valid' });
  });

  it('asks the OCSP responder too: its answer covers a certificate that names no CRL', async () => {
    const leaf = await pki.issueLeaf({ crlUrls: [] });
    const leafPath = join(dir, 'leaf-ocsp.pem');
    await writeFile(leafPath, toPem(leaf.der));
    const args = ['verify', leafPath, '--trust', join(dir, 'root.pem'), '--json'];
    process.env['VIGIE_DATA_DIR'] = join(dir, 'data-ocsp');
    const good = capture();
    expect(await runCli(args, good.io), `${good.out()} ${good.err()}`).toBe(0);
    expect(JSON.parse(good.out())).toMatchObject({
      status: 'valid',
      revocation: [{ status: 'good' }],
      revocationChecked: true,
    });
    expect(pki.count('/ocsp')).toBeGreaterThan(0);
    pki.revoke(leaf);
    const revoked = capture();
    expect(await runCli(args, revoked.io)).toBe(1);
    expect(JSON.parse(revoked.out())).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/^revoked: .*per OCSP/),
    });
    // Without downloads nothing covers it: unknown, and the answer says which certificate.
    const offline = capture();
    expect(await runCli([...args, '--no-fetch', '--revocation', 'require'], offline.io)).toBe(1);
    expect(JSON.parse(offline.out())).toMatchObject({ status: 'unknown', revocationChecked: false });
  });
});
