import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/main/cli/vigie-cli.js';
import { CrlReason, startFixturePki, type FixturePki } from '../../helpers/fixture-pki-server.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { capture } from './helpers/capture.js';

const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64')}\n-----END CERTIFICATE-----\n`;

let pki: FixturePki;
const previousDataDir = process.env['VIGIE_DATA_DIR'];
beforeAll(async () => {
  pki = await startFixturePki({ now: () => new Date() });
});
afterAll(async () => {
  await pki.close();
  if (previousDataDir === undefined) delete process.env['VIGIE_DATA_DIR'];
  else process.env['VIGIE_DATA_DIR'] = previousDataDir;
});

/** `vigie scan` checks the CRLs of what it finds (VIGIE_NETWORK=loopback in the tests). */
describe('vigie scan and revocation', () => {
  it('reports a certificate its CA revoked and exits 1, with the CRL fetched once', async () => {
    const dir = tempDir('vigie-scan-revocation-');
    const certs = join(dir, 'certs');
    mkdirSync(certs);
    const revoked = await pki.issueLeaf({ name: 'revoque.example' });
    const kept = await pki.issueLeaf({ name: 'garde.example' });
    pki.revoke(revoked, { reason: CrlReason.keyCompromise });
    writeFileSync(join(certs, 'ca.pem'), pem(pki.ca.der));
    writeFileSync(join(certs, 'revoque.pem'), pem(revoked.der));
    writeFileSync(join(certs, 'garde.pem'), pem(kept.der));
    process.env['VIGIE_DATA_DIR'] = join(dir, 'data');

    const before = pki.count('/crl/ca.crl');
    const c = capture();
    expect(await runCli(['scan', '--json', certs], c.io)).toBe(1);
    const { certificates } = JSON.parse(c.out()) as {
      certificates: { status: string; locations: { locator: string }[] }[];
    };
    const statusOf = (file: string) =>
      certificates.find((r) => r.locations.some((l) => l.locator === join(certs, file)))?.status;
    expect(statusOf('revoque.pem')).toBe('revoked');
    expect(statusOf('garde.pem')).toBe('valid');
    expect(pki.count('/crl/ca.crl') - before).toBe(1);

    // Again (as cron would): the answers stand until the CRL is due, nothing is fetched.
    const again = capture();
    expect(await runCli(['scan', '--prometheus', certs], again.io)).toBe(1);
    expect(pki.count('/crl/ca.crl') - before).toBe(1);
  });
});
