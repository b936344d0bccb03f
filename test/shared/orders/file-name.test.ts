import { csrFileName } from '../../../src/shared/orders/file-name.js';
import { HOSTILE_STRINGS } from '../identifiers/hostile-strings.js';
import { makeOrder } from './order-fixture.js';

const SAFE = /^[A-Za-z0-9._-]+$/;
const structureHolder = makeOrder().holder;
if (structureHolder.kind !== 'structure') throw new Error('fixture');

describe('csrFileName', () => {
  it('product, identifier, platform, creation date', () => {
    expect(csrFileName(makeOrder())).toBe('ORG_AUTH_CLI-0B0221636-TEST-2026-11-22.csr.pem');
    expect(csrFileName(makeOrder({ environment: 'production', product: 'ORG_SIGN' }))).toBe(
      'ORG_SIGN-0B0221636-PROD-2026-11-22.csr.pem',
    );
  });

  it('adds the CN, so INSI-AUTO and INSI-MANU orders of one structure differ', () => {
    const order = (commonName: string) => makeOrder({ holder: { ...structureHolder, commonName } });
    expect(csrFileName(order('INSI-AUTO'))).toBe('ORG_AUTH_CLI-0B0221636-INSI-AUTO-TEST-2026-11-22.csr.pem');
    expect(csrFileName(order('INSI-MANU'))).toBe('ORG_AUTH_CLI-0B0221636-INSI-MANU-TEST-2026-11-22.csr.pem');
    expect(
      csrFileName(
        makeOrder({ product: 'SERV_SSL', holder: { ...structureHolder, commonName: 'mss.exemple.fr' } }),
      ),
    ).toBe('SERV_SSL-0B0221636-mss.exemple.fr-TEST-2026-11-22.csr.pem');
    expect(csrFileName(order('Hôpital — Logiciel DMP / v2'))).toBe(
      'ORG_AUTH_CLI-0B0221636-Hopital_Logiciel_DMP_v2-TEST-2026-11-22.csr.pem',
    );
  });

  it('uses the identifier as typed, normalized (spaces out, upper case)', () => {
    const order = makeOrder({ holder: { ...structureHolder, structureId: '0b0 221 636' } });
    expect(csrFileName(order)).toBe('ORG_AUTH_CLI-0B0221636-TEST-2026-11-22.csr.pem');
  });

  it('persons: product and RPPS', () => {
    const order = makeOrder({
      product: 'PS_SIGN',
      environment: 'production',
      createdAt: '2027-01-05T23:59:59.000Z',
      holder: {
        kind: 'person',
        personIdType: 'RPPS',
        personId: '10002727377',
        surname: 'Dupré',
        givenName: 'Hélène',
        professionCode: '10',
      },
    });
    expect(csrFileName(order)).toBe('PS_SIGN-10002727377-PROD-2027-01-05.csr.pem');
  });

  it.each(HOSTILE_STRINGS.map((s) => [s.slice(0, 20), s]))(
    'hostile holder text %j gives a safe name',
    (_l, hostile) => {
      const order = makeOrder({ holder: { ...structureHolder, structureId: hostile, commonName: hostile } });
      const name = csrFileName(order);
      expect(name).toMatch(SAFE);
      expect(name).toMatch(/^ORG_AUTH_CLI-.+-TEST-2026-11-22\.csr\.pem$/);
      expect(name).not.toContain('..');
      expect(name.length).toBeLessThan(120);
    },
  );

  it('never yields path parts', () => {
    const order = makeOrder({
      holder: { ...structureHolder, structureId: '../../etc', commonName: '..\\..\\x' },
    });
    expect(csrFileName(order)).toBe('ORG_AUTH_CLI-ETC-x-TEST-2026-11-22.csr.pem');
  });
});
