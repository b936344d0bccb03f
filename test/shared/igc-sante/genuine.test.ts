import { isGenuine, PINNED_CAS, withChain } from '../../../src/shared/igc-sante/index.js';
import type { ChainReport } from '../../../src/shared/model/chain.js';
import type { IgcSanteInfo } from '../../../src/shared/model/igc-sante.js';

const LEAF = 'AB'.repeat(32);
const pinned = (short: string) => {
  const ca = PINNED_CAS.find((c) => c.short === short);
  if (!ca) throw new Error(short);
  return ca;
};
const TEST_ROOT = pinned('ACR-EL-TEST');
const PROD_ROOT = pinned('ACR-EL');

const validTo = (anchor: {
  name: string;
  sha256: string;
  environment: 'production' | 'test';
}): ChainReport => ({
  status: 'valid',
  reason: null,
  anchor,
  path: [
    { subject: 'CN=leaf', sha256: LEAF, source: 'file' },
    { subject: anchor.name, sha256: anchor.sha256, source: 'trust-store' },
  ],
});

const info: IgcSanteInfo = {
  environment: 'test',
  family: 'PS',
  product: 'PS_AUTH',
  issuingCa: 'ACI-EL-PP-TEST',
  medium: 'software',
  structureId: null,
  personId: null,
  profession: null,
  departement: null,
  cardType: null,
  genuine: false,
};

describe('isGenuine', () => {
  it('is true for a pinned CA itself, in its own environment only', () => {
    expect(isGenuine(TEST_ROOT.sha256, 'test', null)).toBe(true);
    expect(isGenuine(TEST_ROOT.sha256.toLowerCase(), 'test', null)).toBe(true);
    expect(isGenuine(TEST_ROOT.sha256, 'production', null)).toBe(false);
  });

  it('is true for a valid chain to a pinned anchor of the same environment', () => {
    expect(isGenuine(LEAF, 'test', validTo(TEST_ROOT))).toBe(true);
    expect(isGenuine(LEAF, 'production', validTo(PROD_ROOT))).toBe(true);
  });

  it('is false across environments, whatever the report says', () => {
    expect(isGenuine(LEAF, 'production', validTo(TEST_ROOT))).toBe(false);
    expect(isGenuine(LEAF, 'test', validTo({ ...PROD_ROOT, environment: 'test' }))).toBe(false);
  });

  it('is false for an extra anchor (dev session, fixture root) even with a valid chain', () => {
    const dev = { name: TEST_ROOT.name, sha256: 'CD'.repeat(32), environment: 'test' as const };
    expect(isGenuine(LEAF, 'test', validTo(dev))).toBe(false);
  });

  it('is false when the chain is unknown, invalid, missing, or about another certificate', () => {
    const unknown: ChainReport = {
      status: 'unknown-anchor',
      reason: 'issuer-missing',
      anchor: null,
      path: [],
    };
    expect(isGenuine(LEAF, 'test', unknown)).toBe(false);
    expect(isGenuine(LEAF, 'test', { ...validTo(TEST_ROOT), status: 'invalid', reason: 'expired' })).toBe(
      false,
    );
    expect(isGenuine(LEAF, 'test', null)).toBe(false);
    expect(isGenuine(LEAF, null, validTo(TEST_ROOT))).toBe(false);
    expect(isGenuine('EF'.repeat(32), 'test', validTo(TEST_ROOT))).toBe(false);
  });
});

describe('withChain', () => {
  it('names the issuing CA only for a genuine certificate, and keeps the shape either way', () => {
    expect(withChain(info, LEAF, validTo(TEST_ROOT))).toEqual({ ...info, genuine: true });
    const lookAlike = withChain(info, LEAF, null);
    expect(lookAlike).toEqual({ ...info, genuine: false, issuingCa: null });
    expect(lookAlike).toMatchObject({ family: 'PS', product: 'PS_AUTH' });
  });
});
