import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readIssuer, readSubject } from '../../../src/main/pki/revocation/index.js';
import { buildOcspRequest, certIdFor } from '../../../src/main/pki/ocsp/index.js';
import { issue } from '../../helpers/fixture-ca.js';
import { answerOcsp, serialKey } from '../../helpers/fixture-ocsp-responder.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { capture as captureWith } from './helpers/capture.js';
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

/** root → intermediate → a TLS server leaf for www.cabinet.example and 192.0.2.7 (files in a temp folder). */
const hostFixture = async () => {
  const root = await issue({ name: 'CN=Host Test Root, O=Vigie Tests, C=FR', ca: true });
  const intermediate = await issue({ name: 'CN=Host Test CA, O=Vigie Tests, C=FR', issuer: root, ca: true });
  const leaf = await issue({
    name: 'CN=www.cabinet.example, O=Vigie Tests, C=FR',
    issuer: intermediate,
    extensions: [
      new x509.SubjectAlternativeNameExtension([
        { type: 'dns', value: 'www.cabinet.example' },
        { type: 'ip', value: '192.0.2.7' },
      ]),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
    ],
  });
  const dir = tempDir('vigie-verify-host-');
  const write = (name: string, der: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, der);
    return path;
  };
  return {
    root: write('root.der', root.der),
    intermediate: write('ca.der', intermediate.der),
    leaf: write('leaf.der', leaf.der),
  };
};

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
    const ee = 'CN=Valid EE Certificate Test1,O=Test Certificates 2011,C=US';
    const ca = 'CN=Good CA,O=Test Certificates 2011,C=US';
    expect(json(r.out)).toEqual({
      status: 'valid',
      reason: null,
      chain: [ee, ca, 'CN=Trust Anchor,O=Test Certificates 2011,C=US'],
      // What was checked, said with the answer: CRLs were given, so revocation was required.
      checked: {
        host: null,
        purpose: 'any',
        maxDepth: null,
        profile: 'rfc5280',
        revocation: 'require',
        at: '2020-01-01T00:00:00.000Z',
      },
      revocation: [
        { subject: ee, sha256: expect.any(String), status: 'good', detail: null },
        { subject: ca, sha256: expect.any(String), status: 'good', detail: null },
      ],
      revocationChecked: true,
    });
  });

  it('says "unknown" and which certificate no CRL covers, unless told to let it through', async () => {
    const args = [
      cert('ValidCertificatePathTest1EE'),
      '--untrusted',
      cert('GoodCACert'),
      '--crl',
      crl('TrustAnchorRootCRL'),
      ...pkits,
    ];
    const strict = await verify(...args);
    expect(strict.code).toBe(1);
    expect(json(strict.out)).toMatchObject({
      status: 'unknown',
      reason: expect.stringMatching(/^revocation-unchecked: CN=Valid EE Certificate Test1/),
      revocationChecked: false,
    });
    const lenient = await verify(...args, '--revocation', 'prefer');
    expect(lenient.code).toBe(0);
    expect(json(lenient.out)).toMatchObject({
      status: 'valid',
      revocation: [{ status: 'not-covered' }, { status: 'good' }],
      revocationChecked: false,
    });
    // No CRL and no download: revocation is off, and the answer says so.
    const none = await verify(
      cert('ValidCertificatePathTest1EE'),
      '--untrusted',
      cert('GoodCACert'),
      ...pkits,
    );
    expect(json(none.out)).toMatchObject({
      status: 'valid',
      checked: { revocation: 'off' },
      revocation: [{ status: 'not-checked' }, { status: 'not-checked' }],
      revocationChecked: false,
    });
    const human = await verify(
      cert('ValidCertificatePathTest1EE'),
      '--untrusted',
      cert('GoodCACert'),
      ...pkits.filter((a) => a !== '--json'),
    );
    expect(human.out).toMatch(/checked: for any host, purpose any, profile rfc5280, revocation off/);
    expect(human.out).toMatch(/revocation: CN=Valid EE Certificate Test1.*: not checked/);
  });

  it('takes OCSP answers from files as revocation evidence', async () => {
    const root = await issue({ name: 'CN=OCSP CLI Root, C=FR', ca: true });
    const ca = await issue({ name: 'CN=OCSP CLI CA, C=FR', issuer: root, ca: true });
    const leaf = await issue({ name: 'CN=ocsp cli leaf, C=FR', issuer: ca });
    const dir = tempDir('vigie-verify-ocsp-');
    const save = (name: string, der: Uint8Array) => {
      writeFileSync(join(dir, name), der);
      return join(dir, name);
    };
    const answerFor = async (cert: typeof leaf, issuer: typeof ca) =>
      answerOcsp(
        {
          ca: issuer,
          delegated: issuer,
          stranger: issuer,
          revoked: new Map(),
          issued: new Set([serialKey(cert.cert.serialNumber)]),
          now: () => new Date(),
          knobs: {},
        },
        buildOcspRequest(certIdFor(readSubject(cert.der), readIssuer(issuer.der)), new Uint8Array(16)),
      );
    const base = [
      save('leaf.der', leaf.der),
      '--untrusted',
      save('ca.der', ca.der),
      '--trust',
      save('root.der', root.der),
      '--json',
    ];
    const both = [
      '--ocsp',
      save('leaf.ocsp', await answerFor(leaf, ca)),
      '--ocsp',
      save('ca.ocsp', await answerFor(ca, root)),
    ];
    expect(json((await verify(...base, ...both)).out)).toMatchObject({
      status: 'valid',
      checked: { revocation: 'require' },
      revocation: [{ status: 'good' }, { status: 'good' }],
      revocationChecked: true,
    });
    expect(json((await verify(...base, ...both.slice(0, 2))).out).status).toBe('unknown');
    expect((await verify(...base, '--ocsp', join(dir, 'absent.ocsp'))).code).toBe(2);
  });

  it('checks the host, purpose and depth it is given', async () => {
    const { root, leaf, intermediate } = await hostFixture();
    const base = [leaf, '--untrusted', intermediate, '--trust', root, '--json'];
    expect(json((await verify(...base, '--host', 'www.cabinet.example')).out)).toMatchObject({
      status: 'valid',
      checked: { host: 'www.cabinet.example' },
    });
    const wrong = await verify(...base, '--host', 'other.example');
    expect(wrong.code).toBe(1);
    expect(json(wrong.out)).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/^host-mismatch: /),
    });
    expect(json((await verify(...base, '--host', '192.0.2.7')).out).status).toBe('valid');
    expect(json((await verify(...base, '--host', '192.0.2.8')).out).status).toBe('invalid');
    expect(json((await verify(...base, '--purpose', 'server')).out).status).toBe('valid');
    expect(json((await verify(...base, '--purpose', 'client')).out)).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/^purpose: /),
    });
    expect(json((await verify(...base, '--max-depth', '0')).out)).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/^max-depth: /),
    });
    expect(json((await verify(...base, '--max-depth', '1')).out).status).toBe('valid');
    for (const bad of [
      ['--purpose', 'sailing'],
      ['--max-depth', '-1'],
      ['--profile', 'x'],
      ['--revocation', 'maybe'],
    ])
      expect((await verify(...base, ...bad)).code).toBe(2);
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
    expect(r.out).toMatch(/--no-fetch +do not download revocation evidence/);
  });
});
