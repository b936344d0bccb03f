import { ProductCode } from '../../../src/shared/model/igc-sante.js';
import type { DistinguishedName } from '../../../src/shared/model/names.js';
import { PRODUCT_PROFILES } from '../../../src/shared/catalogue/index.js';
import type { DnShape } from '../../../src/shared/catalogue/index.js';
import { expectedProfile, recognizeCertificate } from '../../../src/shared/igc-sante/index.js';
import type { ExpectedProfile } from '../../../src/shared/igc-sante/index.js';
import { caDn, categoryExt, makeView } from './fixtures.js';

describe('expectedProfile', () => {
  it.each(ProductCode.options)('describes %s for a CSR builder', (code) => {
    const p = expectedProfile(code);
    const source = PRODUCT_PROFILES[code];
    expect(p.keyUsage).toEqual(source.keyUsage);
    expect(p.extKeyUsage.map((e) => e.oid)).toEqual(source.extKeyUsage);
    expect(p.extKeyUsage.every((e) => e.name !== null)).toBe(true);
    expect(p.keyUsageCritical).toBe(true);
    expect(p.key).toEqual({
      algorithm: 'RSA',
      defaultBits: 2048,
      allowedBits: [2048, 3072, 4096],
      largerSizesConfirmed: false,
    });
    expect(p.validityYears).toBe(3);
    expect(p.issuingCa.test).toBe(`${p.issuingCa.production}-TEST`);
    expect(p.confidence.usages).toBe(source.confidence);
  });

  it('names the EKUs and gives SERV_SSL its DNS rule', () => {
    expect(expectedProfile('SERV_SSL').extKeyUsage.map((e) => e.name)).toEqual(['serverAuth', 'clientAuth']);
    expect(expectedProfile('ORG_CONF').extKeyUsage.map((e) => e.name)).toEqual([
      'emailProtection',
      'anyExtendedKeyUsage',
    ]);
    expect(expectedProfile('SERV_SSL').san).toEqual({ kind: 'dns', firstEqualsCn: true });
    expect(expectedProfile('PS_SIGN').subject.kind).toBe('person');
    expect(expectedProfile('PRO_AUTH').confidence.subject).toBe('L');
  });
});

/** Values a real certificate would carry for each kind of DN attribute. */
const sampleValue = (content: string, kind: DnShape['kind']): string =>
  ({
    'country-fr': 'FR',
    departement: 'Rhône (69)',
    'legal-name': 'CENTRE DE SANTE EXEMPLE',
    'idnat-struct': '10B0221636',
    'service-name': 'Logiciel de gestion',
    fqdn: 'api.example-sante.fr',
    'profession-label': 'Infirmier',
    surname: 'MARTIN',
    'idnat-ps': kind === 'professional' ? '30B0221636/42' : '810002727377',
    'given-name': 'CLAIRE',
  })[content] ?? '';

const subjectFrom = (shape: DnShape): DistinguishedName => {
  const rdns = shape.rdns.map((rdn) =>
    rdn.map((a) => ({ oid: a.oid, short: a.attr, value: sampleValue(a.content, shape.kind) })),
  );
  return { text: 'built from the profile', rdns };
};

const certificateFrom = (p: ExpectedProfile, environment: 'production' | 'test') =>
  makeView({
    subject: subjectFrom(p.subject),
    issuer: caDn(
      `${environment === 'test' ? 'TEST ' : ''}AC IGC-SANTE ELEMENTAIRE ${p.issuingCa.production === 'ACI-EL-ORG' ? 'ORGANISATIONS' : 'PERSONNES'}`,
    ),
    keyUsage: [...p.keyUsage],
    eku: p.extKeyUsage.map((e) => e.oid),
    san:
      p.san.kind === 'dns'
        ? [{ type: 'dns', value: 'api.example-sante.fr' }]
        : p.san.kind === 'email'
          ? [{ type: 'email', value: 'claire.martin@example.fr' }]
          : [],
    extensions: [categoryExt(environment === 'test' ? 0x83 : 0x03)],
  });

describe('expectedProfile and recognizeCertificate agree', () => {
  // SERV_SIGN/SERV_CONF look exactly like ORG_SIGN/ORG_CONF apart from a hostname CN, and
  // we know of no dNSName on them: recognition rightly refuses to choose (see below).
  const roundTrip = ProductCode.options.filter((c) => c !== 'SERV_SIGN' && c !== 'SERV_CONF');

  it.each(roundTrip)('recognises a %s built from its own profile, on both PKIs', (code) => {
    for (const environment of ['production', 'test'] as const) {
      const p = expectedProfile(code);
      const info = recognizeCertificate(certificateFrom(p, environment));
      expect(info).toMatchObject({
        environment,
        family: p.offer,
        product: code,
        issuingCa: environment === 'test' ? p.issuingCa.test : p.issuingCa.production,
        medium: 'software',
      });
    }
  });

  it.each(['SERV_SIGN', 'SERV_CONF'] as const)('does not guess %s without a dNSName', (code) => {
    const info = recognizeCertificate(certificateFrom(expectedProfile(code), 'production'));
    expect(info).toMatchObject({ family: 'other', product: null });
  });
});
