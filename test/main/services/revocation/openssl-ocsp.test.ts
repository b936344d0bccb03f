import { execFile, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIssuer, readSubject } from '../../../../src/main/pki/revocation/cert-info.js';
import { buildOcspRequest, certIdFor } from '../../../../src/main/pki/ocsp/ocsp-request.js';
import { CrlReason } from '../../../helpers/fixture-pki-server.js';
import { startWorld, type World } from './setup.js';
import { tempDir } from '../../../helpers/temp-dir.js';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

let w: World;
let dir = '';
beforeAll(async () => {
  w = await startWorld();
  dir = tempDir('vigie-ocsp-openssl-');
});
afterAll(async () => w.dispose());

const pem = (der: Uint8Array) =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;

const openssl = (args: string[]) => {
  const run = spawnSync('openssl', args, { encoding: 'utf8', timeout: 10_000 });
  return `${run.stdout}${run.stderr}`;
};

/** Async: the fixture server lives in this process and must keep answering meanwhile. */
const opensslAsync = (args: string[]) =>
  new Promise<string>((resolve) => {
    execFile('openssl', args, { encoding: 'utf8', timeout: 10_000 }, (_e, stdout, stderr) =>
      resolve(`${stdout}${stderr}`),
    );
  });

describe.skipIf(!hasOpenssl)('OCSP wire format against OpenSSL', () => {
  it('our request carries the same CertID as OpenSSL builds, and a nonce', async () => {
    const leaf = await w.pki.issueLeaf();
    writeFileSync(join(dir, 'ca.pem'), pem(w.pki.ca.der));
    writeFileSync(join(dir, 'leaf.pem'), pem(leaf.der));
    const ours = buildOcspRequest(
      certIdFor(readSubject(leaf.der), readIssuer(w.pki.ca.der)),
      new Uint8Array(16).fill(9),
    );
    writeFileSync(join(dir, 'ours.der'), ours);
    const theirs = join(dir, 'theirs.der');
    openssl([
      'ocsp',
      '-issuer',
      join(dir, 'ca.pem'),
      '-cert',
      join(dir, 'leaf.pem'),
      '-no_nonce',
      '-reqout',
      theirs,
    ]);
    const certIdLines = (text: string) =>
      text.split('\n').filter((l) => /Hash Algorithm|Issuer (Name|Key) Hash|Serial Number/.test(l));
    const oursText = openssl(['ocsp', '-reqin', join(dir, 'ours.der'), '-req_text']);
    expect(certIdLines(oursText)).toEqual(certIdLines(openssl(['ocsp', '-reqin', theirs, '-req_text'])));
    expect(certIdLines(oursText)).toHaveLength(4);
    expect(oursText).toContain('OCSP Nonce');
    expect(readFileSync(theirs).length).toBeGreaterThan(0);
  });

  it('OpenSSL accepts the fixture responder (so our client is tested against a sane server)', async () => {
    const leaf = await w.pki.issueLeaf();
    w.pki.revoke(leaf, { reason: CrlReason.superseded });
    writeFileSync(join(dir, 'ca.pem'), pem(w.pki.ca.der));
    writeFileSync(join(dir, 'leaf2.pem'), pem(leaf.der));
    const out = await opensslAsync([
      'ocsp',
      '-issuer',
      join(dir, 'ca.pem'),
      '-cert',
      join(dir, 'leaf2.pem'),
      '-CAfile',
      join(dir, 'ca.pem'),
      '-url',
      w.pki.ocspUrl,
      '-timeout',
      '5',
    ]);
    expect(out).toContain('Response verify OK');
    expect(out).toMatch(/leaf2\.pem: revoked/);
    expect(out).toContain('Reason: superseded');
  });
});
