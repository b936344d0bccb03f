import { capture as captureWith } from './helpers/capture.js';
import { join } from 'node:path';
import { runCli } from '../../../src/main/cli/vigie-cli.js';
import { IGC, INSI_P12, VECTORS } from '../../helpers/vectors.js';

const capture = (stdin = '') => captureWith(stdin, '\n');

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PKITS = join(VECTORS, 'nist-pkits');
const cert = (name: string) => join(PKITS, 'certs', `${name}.crt`);
const crl = (name: string) => join(PKITS, 'crls', `${name}.crl`);
const AT = '2020-01-01T00:00:00Z';

// Never fetch here: real certificates point at the real IGC-Santé CRL servers, and tests
// only talk to loopback (fetching is covered in verify-fetch.test.ts on a fixture PKI).
const verify = async (...args: string[]) => {
  const c = capture();
  const code = await runCli(['verify', ...args, ...(args.includes('--help') ? [] : ['--no-fetch'])], c.io);
  return { code, out: c.out(), err: c.err() };
};

const json = (out: string) => JSON.parse(out) as { status: string; reason: string | null; chain: string[] };

describe('vigie verify', () => {
  beforeAll(() => {
    process.env['VIGIE_DATA_DIR'] = join(ROOT, 'test-results', 'cli-data');
    // The production anchors, so "--trust igc-sante" has anchors to (fail to) chain to.
    process.env['VIGIE_TRUST_DIRS'] = join(IGC, 'prod');
  });

  const pkits = ['--trust', cert('TrustAnchorRootCertificate'), '--at', AT, '--json'];

  it('validates a PKITS path with its CRLs and prints the chain', async () => {
    const r = await verify(
      cert('ValidCertificatePathTest1EE'),
      '--untrusted',
      cert('GoodCACert'),
      '--crl',
      crl('GoodCACRL'),
      '--crl',
      crl('TrustAnchorRootCRL'),
      ...pkits,
    );
    expect(r.code).toBe(0);
    expect(json(r.out)).toEqual({
      status: 'valid',
      reason: null,
      chain: [
        'CN=Valid EE Certificate Test1,O=Test Certificates 2011,C=US',
        'CN=Good CA,O=Test Certificates 2011,C=US',
        'CN=Trust Anchor,O=Test Certificates 2011,C=US',
      ],
    });
  });

  it('exits 1 for a revoked certificate, with the reason', async () => {
    const r = await verify(
      cert('InvalidRevokedCATest2EE'),
      '--untrusted',
      cert('GoodCACert'),
      '--untrusted',
      cert('RevokedsubCACert'),
      '--crl',
      crl('GoodCACRL'),
      '--crl',
      crl('RevokedsubCACRL'),
      '--crl',
      crl('TrustAnchorRootCRL'),
      ...pkits,
    );
    expect(r.code).toBe(1);
    expect(json(r.out)).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/^revoked: /) });
  });

  it('exits 1 when no path reaches the anchors', async () => {
    const r = await verify(cert('ValidCertificatePathTest1EE'), ...pkits);
    expect(r.code).toBe(1);
    expect(json(r.out)).toMatchObject({ status: 'invalid', reason: expect.stringMatching(/^no-path: /) });
  });

  it('chains the real TEST download to the TEST anchors only', async () => {
    const test = await verify(INSI_P12, '--trust', 'igc-sante-test', '--no-fetch', '--json');
    expect(test.code).toBe(0);
    const chain = json(test.out).chain;
    expect(chain).toHaveLength(3);
    expect(chain[2]).toContain('TEST AC RACINE IGC-SANTE ELEMENTAIRE');
    const prod = await verify(INSI_P12, '--trust', 'igc-sante', '--json');
    expect(prod.code).toBe(1);
    expect(json(prod.out).status).not.toBe('valid');
  });

  it('refuses mixed environments, bad dates and unreadable files with exit 2', async () => {
    expect((await verify(INSI_P12, '--trust', 'igc-sante', '--trust', 'igc-sante-test')).code).toBe(2);
    expect((await verify(INSI_P12, '--at', 'yesterday')).code).toBe(2);
    const missing = await verify(join(PKITS, 'nope.crt'), '--json');
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.out)).toMatchObject({ error: { code: 'io-error' } });
  });

  it('prints help like the other commands', async () => {
    const r = await verify('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: vigie verify LEAF/);
    expect(r.out).toMatch(/--no-fetch +do not download CRLs/);
  });
});
