import { recognizeCertificate } from '../../../src/shared/igc-sante/index.js';
import {
  EKU,
  PROD_PP_CA,
  TEST_POLICY,
  TEST_PP_CA,
  categoryExt,
  dn,
  ext,
  makeView,
  personDn,
} from './fixtures.js';

describe('recognizeCertificate: person certificates', () => {
  it('reads a TEST PS signature certificate with its RPPS and profession', () => {
    const cert = makeView({
      subject: personDn('810002727377', 'Médecin'),
      issuer: TEST_PP_CA,
      keyUsage: ['nonRepudiation'],
      eku: [EKU.emailProtection],
      san: [{ type: 'email', value: 'claire.martin@example.fr' }],
      policies: [TEST_POLICY],
      extensions: [categoryExt(0x83)],
    });
    expect(recognizeCertificate(cert)).toEqual({
      environment: 'test',
      family: 'PS',
      product: 'PS_SIGN',
      issuingCa: 'ACI-EL-PP-TEST',
      medium: 'software',
      structureId: null,
      personId: { type: 'RPPS', value: '10002727377', raw: '810002727377', valid: true },
      profession: { code: '10', label: 'Médecin' },
      departement: null,
      cardType: null,
      genuine: false,
    });
  });

  it('reads PS_AUTH and PS_CONF by analogy', () => {
    const auth = makeView({
      subject: personDn(),
      issuer: PROD_PP_CA,
      keyUsage: ['digitalSignature'],
      eku: [EKU.clientAuth],
    });
    expect(recognizeCertificate(auth)?.product).toBe('PS_AUTH');
    const conf = makeView({
      subject: personDn(),
      issuer: PROD_PP_CA,
      keyUsage: ['keyEncipherment'],
      eku: [EKU.emailProtection],
    });
    expect(recognizeCertificate(conf)?.product).toBe('PS_CONF');
  });

  it('reads a PRO certificate from the structure attributes next to the person', () => {
    const subject = dn(
      [['C', 'FR']],
      [['ST', 'Corse-du-Sud (2A)']],
      [['O', 'CH EXEMPLE']],
      [['OU', '12A0000014']],
      [
        ['SN', 'DUPONT'],
        ['CN', '32A0000014/00042'],
        ['GN', 'JEAN'],
      ],
    );
    const cert = makeView({
      subject,
      issuer: PROD_PP_CA,
      keyUsage: ['digitalSignature'],
      eku: [EKU.clientAuth],
    });
    expect(recognizeCertificate(cert)).toMatchObject({
      family: 'PRO',
      product: 'PRO_AUTH',
      structureId: { type: 'FINESS', value: '2A0000014', valid: true },
      personId: { type: 'STRUCTURE_LOCAL', value: '2A0000014/00042', valid: true },
      departement: { code: '2A', name: 'Corse-du-Sud' },
      profession: null,
    });
  });

  it('takes the profession code from the ANS extension when present', () => {
    const coded = makeView({
      subject: personDn('810002727377', 'Pharmacien'),
      issuer: PROD_PP_CA,
      extensions: [ext('1.2.250.1.71.1.2.7', '0C023231')],
    });
    expect(recognizeCertificate(coded)?.profession).toEqual({ code: '21', label: 'Pharmacien' });
    const unknownTitle = makeView({ subject: personDn('810002727377', 'Ostéopathe'), issuer: PROD_PP_CA });
    expect(recognizeCertificate(unknownTitle)?.profession).toEqual({ code: null, label: 'Ostéopathe' });
  });
});
