import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import { fixedClock } from '../../../../src/main/adapters/system-clock.js';
import type { CrlSet } from '../../../../src/main/pki/revocation/index.js';
import { validatePath } from '../../../../src/main/pki/validation/index.js';
import { createRevocationService } from '../../../../src/main/services/revocation/index.js';
import { tempDir } from '../../../helpers/temp-dir.js';
import { VECTORS } from '../../../helpers/vectors.js';

/**
 * One CRL semantics: the revocation service (the inventory's sweep, the retrieve screen)
 * fetches and caches CRLs, and asks the path validation engine what one means. The same
 * PKITS CRL therefore gets the same answer from the service as from `vigie verify`, scope
 * and critical extensions included, where a serial lookup of its own would say "not listed".
 */
const PKITS = join(VECTORS, 'nist-pkits');
const read = (dir: 'certs' | 'crls', name: string) =>
  new Uint8Array(readFileSync(join(PKITS, dir, `${name}.${dir === 'certs' ? 'crt' : 'crl'}`)));
const AT = new Date('2020-01-01T00:00:00Z');

const service = () =>
  createRevocationService({
    http: {
      get: async () => ({ ok: false, error: { code: 'not-allowed', message: 'no network in this test' } }),
    } as never,
    fs: nodeFileSystem,
    clock: fixedClock(AT),
    cacheDir: tempDir('vigie-crl-semantics-'),
  });

const setOf = (crl: Uint8Array): CrlSet => ({
  base: {
    url: 'http://crl.example/ca.crl',
    der: crl,
    thisUpdate: '2010-01-01T08:30:00.000Z',
    nextUpdate: '2030-12-31T08:30:00.000Z',
    crlNumber: '1',
    deltaBase: null,
    delta: false,
    fromCache: false,
  },
  delta: null,
  notes: [],
});

/** The engine's answer for the same leaf, its CA and the CRL, through a whole path. */
const engine = (leaf: string, ca: string, crl: string) =>
  validatePath({
    target: read('certs', leaf),
    untrusted: [read('certs', ca)],
    anchors: [read('certs', 'TrustAnchorRootCertificate')],
    crls: [read('crls', crl), read('crls', 'TrustAnchorRootCRL')],
    at: AT,
    revocation: 'require',
  });

describe('the revocation service reads a CRL as the validation engine does', () => {
  it.each([
    // [leaf, its CA, the CA's CRL, the service's status]
    ['RevokedsubCACert', 'GoodCACert', 'GoodCACRL', 'revoked'],
    ['ValidCertificatePathTest1EE', 'GoodCACert', 'GoodCACRL', 'good'],
    // A CRL scoped to CA certificates does not cover an end entity: not "not listed".
    [
      'InvalidonlyContainsCACertsTest12EE',
      'onlyContainsCACertsCACert',
      'onlyContainsCACertsCACRL',
      'unknown',
    ],
    // An unknown critical CRL extension: the CRL cannot be used.
    ['InvalidUnknownCRLExtensionTest9EE', 'UnknownCRLExtensionCACert', 'UnknownCRLExtensionCACRL', 'unknown'],
  ] as const)('%s: %s', async (leaf, ca, crl, status) => {
    const answer = await service().statusIn(setOf(read('crls', crl)), read('certs', leaf), read('certs', ca));
    expect(answer.status).toBe(status);
    const path = await engine(leaf, ca, crl);
    const leafFinding = path.revocation[0]?.status;
    expect({ good: 'good', revoked: 'revoked', unknown: 'not-covered' }[status]).toBe(leafFinding);
    if (status === 'revoked') {
      expect(answer.revokedAt).toMatch(/^20\d\d-/);
      expect(answer.reason).toBe('keyCompromise');
    }
  });
});
