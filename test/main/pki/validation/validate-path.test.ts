import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_POLICY,
  pickTarget,
  validatePath,
  type ValidationInput,
} from '../../../../src/main/pki/validation/index.js';
import { VECTORS } from '../../../helpers/vectors.js';
import { issue } from '../../../helpers/fixture-ca.js';
import * as x509 from '@peculiar/x509';

const PKITS = join(VECTORS, 'nist-pkits');
const cert = (name: string) => new Uint8Array(readFileSync(join(PKITS, 'certs', `${name}.crt`)));
const crl = (name: string) => new Uint8Array(readFileSync(join(PKITS, 'crls', `${name}.crl`)));
const POLICY_1 = '2.16.840.1.101.3.2.1.48.1';
const POLICY_3 = '2.16.840.1.101.3.2.1.48.3';

const input = (overrides: Partial<ValidationInput> = {}): ValidationInput => ({
  target: cert('ValidCertificatePathTest1EE'),
  untrusted: [cert('GoodCACert')],
  anchors: [cert('TrustAnchorRootCertificate')],
  crls: [crl('GoodCACRL'), crl('TrustAnchorRootCRL')],
  at: new Date('2020-01-01T00:00:00Z'),
  revocation: 'require',
  ...overrides,
});

const revokedCa = {
  target: cert('InvalidRevokedCATest2EE'),
  untrusted: [cert('GoodCACert'), cert('RevokedsubCACert')],
  crls: [crl('GoodCACRL'), crl('RevokedsubCACRL'), crl('TrustAnchorRootCRL')],
};

describe('validatePath', () => {
  it('reports the path target first, anchor last', async () => {
    const r = await validatePath(input());
    expect(r.status).toBe('valid');
    expect(r.path.map((l) => l.subject.split(',')[0])).toEqual([
      'CN=Valid EE Certificate Test1',
      'CN=Good CA',
      'CN=Trust Anchor',
    ]);
    expect(r.path[0]?.sha256).toMatch(/^[0-9A-F]{64}$/);
  });

  it('applies the user-initial-policy-set and initial-explicit-policy', async () => {
    const withPolicy = (initialPolicySet: string[]) =>
      validatePath(input({ policy: { ...DEFAULT_POLICY, initialPolicySet, explicitPolicy: true } }));
    expect((await withPolicy([POLICY_1])).status).toBe('valid');
    const other = await withPolicy([POLICY_3]);
    expect(other.status).toBe('invalid');
    expect(other.reason).toMatch(/^policy: /);
  });

  it('checks revocation as asked: require, prefer, off', async () => {
    expect((await validatePath(input({ ...revokedCa }))).reason).toMatch(/^revoked: /);
    expect((await validatePath(input({ ...revokedCa, revocation: 'off' }))).status).toBe('valid');
    const none = await validatePath(input({ crls: [] }));
    expect(none.status).toBe('unknown');
    expect(none.reason).toMatch(/^revocation-unchecked: /);
    // Said per certificate, target first: checked from the anchor down, the CA under the
    // anchor is not covered, and the target below it is not reached.
    expect(none.revocation.map((r) => r.status)).toEqual(['not-checked', 'not-covered']);
    expect(none.revocationChecked).toBe(false);
    const revoked = await validatePath(input({ ...revokedCa }));
    // EE ← revoked sub-CA ← good CA ← anchor: the good CA checked, the sub-CA revoked, the EE not reached.
    expect(revoked.revocation.map((r) => r.status)).toEqual(['not-checked', 'revoked', 'good']);
    const off = await validatePath(input({ ...revokedCa, revocation: 'off' }));
    expect(off).toMatchObject({ revocationChecked: false });
    expect(off.revocation.every((r) => r.status === 'not-checked')).toBe(true);
    expect((await validatePath(input({ crls: [], revocation: 'prefer' }))).status).toBe('valid');
  });

  it('fails cleanly on unreadable input, missing anchors and a wrong time', async () => {
    expect(await validatePath(input({ target: new Uint8Array([1, 2, 3]) }))).toMatchObject({
      status: 'invalid',
      reason: expect.stringMatching(/^bad-certificate: /),
    });
    expect((await validatePath(input({ anchors: [] }))).reason).toMatch(/^no-path: /);
    const late = await validatePath(input({ at: new Date('2040-01-01T00:00:00Z') }));
    expect(late.reason).toMatch(/^expired: /);
  });

  it('takes candidates from a shared list as from its own, duplicates included', async () => {
    const shared = [cert('GoodCACert'), cert('RevokedsubCACert')];
    const viaShared = await validatePath(input({ untrusted: [], sharedUntrusted: shared }));
    expect(viaShared.status).toBe('valid');
    expect(viaShared.path).toEqual((await validatePath(input())).path);
    // The CRL signer is found in the shared list too (revocation reads the whole pool).
    const revoked = await validatePath(
      input({ ...revokedCa, untrusted: [cert('RevokedsubCACert')], sharedUntrusted: shared }),
    );
    expect(revoked.reason).toMatch(/^revoked: /);
    // The same list again, and a shared list that holds nothing useful.
    expect((await validatePath(input({ untrusted: [], sharedUntrusted: shared }))).status).toBe('valid');
    const none = await validatePath(input({ untrusted: [], sharedUntrusted: [cert('RevokedsubCACert')] }));
    expect(none.reason).toMatch(/^no-path: /);
  });

  it('accepts an anchor as its own target', async () => {
    const anchor = cert('TrustAnchorRootCertificate');
    expect((await validatePath(input({ target: anchor }))).status).toBe('valid');
  });

  it('holds a CA with a non-critical policyConstraints to §4 only when a named peer is trusted', async () => {
    // NIST PKITS's valid paths (checked without a peer) go through CAs that mark their
    // policyConstraints non-critical; a path checked for a peer is refused for it.
    const root = await issue({ name: 'CN=PC Root', ca: true });
    // PolicyConstraints ::= SEQUENCE { inhibitPolicyMapping [1] 0 }, not critical.
    const pc = new x509.Extension('2.5.29.36', false, new Uint8Array([0x30, 0x03, 0x81, 0x01, 0x00]));
    const ica = await issue({ name: 'CN=PC Intermediate', issuer: root, ca: true, extensions: [pc] });
    const leaf = await issue({
      name: 'CN=host.example',
      issuer: ica,
      extensions: [new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'host.example' }])],
    });
    const path = {
      target: leaf.der,
      untrusted: [ica.der],
      anchors: [root.der],
      crls: [],
      at: new Date(),
      revocation: 'off' as const,
    };
    expect((await validatePath(path)).status).toBe('valid');
    const forPeer = await validatePath({ ...path, peer: { kind: 'dns', value: 'host.example' } });
    expect(forPeer.status).toBe('invalid');
    expect(forPeer.reason).toMatch(/CN=PC Intermediate: policyConstraints not marked critical/);
  });

  it('picks the end-entity certificate of a bundle', () => {
    const ee = cert('ValidCertificatePathTest1EE');
    const bundle = [cert('TrustAnchorRootCertificate'), cert('GoodCACert'), ee];
    expect(pickTarget(bundle)).toBe(ee);
    expect(pickTarget([])).toBeUndefined();
  });
});
