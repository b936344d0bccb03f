import { recognizeCertificate } from '../../../src/shared/igc-sante/index.js';
import {
  EKU,
  PROD_FO_PP_CA,
  PROD_ORG_CA,
  PROD_ST_ORG_CA,
  TEST_POLICY,
  caDn,
  categoryExt,
  dn,
  ext,
  makeView,
  personDn,
  structureDn,
} from './fixtures.js';

const SOFTWARE = categoryExt(0x03);
const SIGN_KU = ['digitalSignature', 'nonRepudiation'];

describe('recognizeCertificate: structure certificates', () => {
  it('reads a production ORG_SIGN seal', () => {
    const cert = makeView({
      subject: structureDn('Cachet DMP', '2187512751', 'Paris (75)'),
      issuer: PROD_ORG_CA,
      keyUsage: SIGN_KU,
      eku: [EKU.emailProtection],
      extensions: [SOFTWARE],
    });
    expect(recognizeCertificate(cert)).toMatchObject({
      environment: 'production',
      family: 'ORG',
      product: 'ORG_SIGN',
      issuingCa: 'ACI-EL-ORG',
      structureId: { type: 'SIREN', value: '187512751', valid: true },
      departement: { code: '75', name: 'Paris' },
    });
  });

  it('reads ORG_CONF (keyEncipherment + emailProtection + anyEKU)', () => {
    const cert = makeView({
      subject: structureDn('Boite de reception'),
      issuer: PROD_ORG_CA,
      keyUsage: ['keyEncipherment'],
      eku: [EKU.emailProtection, EKU.anyEku],
    });
    expect(recognizeCertificate(cert)).toMatchObject({ family: 'ORG', product: 'ORG_CONF', medium: null });
  });

  it('reads SERV_SSL from serverAuth + clientAuth and its dNSName', () => {
    const cert = makeView({
      subject: structureDn('mss.example-sante.fr', '373282932000074'),
      issuer: PROD_ORG_CA,
      keyUsage: ['digitalSignature', 'keyEncipherment'],
      eku: [EKU.serverAuth, EKU.clientAuth],
      san: [{ type: 'dns', value: 'mss.example-sante.fr' }],
      extensions: [SOFTWARE],
    });
    expect(recognizeCertificate(cert)).toMatchObject({
      family: 'SERV',
      product: 'SERV_SSL',
      structureId: { type: 'SIRET', value: '73282932000074', valid: true },
    });
  });

  it('tells SERV_SIGN from ORG_SIGN by the dNSName, and refuses to guess without one', () => {
    const base = { issuer: PROD_ORG_CA, keyUsage: SIGN_KU, eku: [EKU.emailProtection] };
    const withDns = makeView({
      ...base,
      subject: structureDn('sign.example-sante.fr'),
      san: [{ type: 'dns', value: 'sign.example-sante.fr' }],
    });
    expect(recognizeCertificate(withDns)).toMatchObject({ family: 'SERV', product: 'SERV_SIGN' });
    const hostnameOnly = makeView({ ...base, subject: structureDn('sign.example-sante.fr') });
    expect(recognizeCertificate(hostnameOnly)).toMatchObject({
      family: 'other',
      product: null,
      issuingCa: 'ACI-EL-ORG',
    });
  });

  it('keeps the family but gives no product when KU/EKU are mixed', () => {
    const cert = makeView({
      subject: structureDn('Appli'),
      issuer: PROD_ORG_CA,
      keyUsage: ['digitalSignature', 'nonRepudiation', 'keyEncipherment'],
      eku: [EKU.clientAuth, EKU.emailProtection],
    });
    expect(recognizeCertificate(cert)).toMatchObject({ family: 'ORG', product: null });
  });

  it('reports an invalid structure identifier as invalid, not as missing', () => {
    const cert = makeView({ subject: structureDn('Appli', '1690781811'), issuer: PROD_ORG_CA });
    expect(recognizeCertificate(cert)?.structureId).toEqual({
      type: 'FINESS',
      value: '690781811',
      raw: '1690781811',
      valid: false,
    });
  });

  it('does not take a person DN from the ORGANISATIONS CA for a structure', () => {
    const cert = makeView({ subject: personDn(), issuer: PROD_ORG_CA, keyUsage: ['nonRepudiation'] });
    expect(recognizeCertificate(cert)).toMatchObject({ family: 'other', product: null });
  });
});

describe('recognizeCertificate: cards and environment', () => {
  it('labels a CPS card certificate from the FORT range', () => {
    const cert = makeView({
      subject: personDn('810002727377'),
      issuer: PROD_FO_PP_CA,
      keyUsage: ['nonRepudiation'],
      eku: [EKU.emailProtection],
      extensions: [categoryExt(0x00), ext('1.2.250.1.71.1.2.2', '020100')],
    });
    expect(recognizeCertificate(cert)).toMatchObject({
      environment: 'production',
      family: 'card',
      product: null,
      issuingCa: 'ACI-FO-PP',
      medium: 'card',
      cardType: 'CPS',
      personId: { type: 'RPPS' },
    });
  });

  it('labels a CPE card from the STANDARD range even without the category extension', () => {
    const cert = makeView({
      subject: personDn('30B0221636/12345', 'Secrétaire'),
      issuer: PROD_ST_ORG_CA,
      keyUsage: ['digitalSignature'],
      eku: [EKU.clientAuth, EKU.smartcardLogon],
      san: [{ type: 'upn', value: '30B0221636/12345@carte-cps.fr' }],
    });
    expect(recognizeCertificate(cert)).toMatchObject({
      family: 'card',
      issuingCa: 'ACI-ST-ORG',
      product: null,
    });
  });

  it('lets any TEST signal win over a production issuer name', () => {
    const base = {
      subject: structureDn('Appli'),
      issuer: PROD_ORG_CA,
      keyUsage: ['digitalSignature'],
      eku: [EKU.clientAuth],
    };
    expect(recognizeCertificate(makeView(base))?.environment).toBe('production');
    expect(recognizeCertificate(makeView({ ...base, extensions: [categoryExt(0x83)] }))?.environment).toBe(
      'test',
    );
    expect(recognizeCertificate(makeView({ ...base, policies: [TEST_POLICY] }))?.environment).toBe('test');
    const testOuOnly = makeView({ ...base, issuer: caDn('AC IGC-SANTE ELEMENTAIRE ORGANISATIONS', true) });
    expect(recognizeCertificate(testOuOnly)?.environment).toBe('test');
  });

  it('still recognises an IGC-Santé issuer whose CN we do not know, from the subject shape', () => {
    const cert = makeView({
      subject: structureDn('Appli'),
      issuer: caDn('AC IGC-SANTE NOUVELLE GAMME'),
      keyUsage: ['digitalSignature'],
      eku: [EKU.clientAuth],
    });
    expect(recognizeCertificate(cert)).toMatchObject({
      family: 'ORG',
      product: 'ORG_AUTH_CLI',
      issuingCa: null,
    });
  });

  it('returns null for a look-alike issuer outside IGC-Santé', () => {
    const fake = dn(
      [['C', 'FR']],
      [['O', 'ASIP-SANTE']],
      [['OU', 'AUTRE']],
      [['CN', 'AC IGC-SANTE ELEMENTAIRE ORGANISATIONS']],
    );
    expect(recognizeCertificate(makeView({ subject: structureDn('x'), issuer: fake }))).toBeNull();
    const other = dn([['C', 'FR']], [['O', 'Example']], [['CN', 'Example CA']]);
    expect(recognizeCertificate(makeView({ subject: structureDn('x'), issuer: other }))).toBeNull();
  });
});
