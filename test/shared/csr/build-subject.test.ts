import { buildSubjectSpec } from '../../../src/shared/csr/build-subject.js';
import type { SubjectSpec } from '../../../src/shared/csr/subject-spec.js';
import { ProductCode } from '../../../src/shared/model/igc-sante.js';
import type { Holder } from '../../../src/shared/model/order.js';
import { at, employer, person, server, structure } from './holders.js';

const built = (...args: Parameters<typeof buildSubjectSpec>): SubjectSpec => {
  const r = buildSubjectSpec(...args);
  if (!r.ok) throw new Error(`unexpected errors: ${JSON.stringify(r.error)}`);
  return r.value;
};

const structureRdns = (cn: string) => [
  [at('C', 'FR')],
  [at('ST', 'Rhône (69)')],
  [at('O', 'Hôpital Exemple')],
  [at('OU', '10B0221636')],
  [at('CN', cn)],
];

const psRdns = [
  [at('C', 'FR')],
  [at('title', 'Médecin')],
  [at('SN', 'Dupré'), at('CN', '810002727377'), at('GN', 'Hélène')],
];

describe('buildSubjectSpec: structures (ORG, SERV)', () => {
  it.each(['ORG_AUTH_CLI', 'ORG_SIGN', 'ORG_CONF'] as const)(
    '%s: C, ST, O, OU, CN in DER order',
    (product) => {
      expect(built(product, structure())).toEqual({ rdns: structureRdns('Logiciel DMP'), dnsNames: [] });
    },
  );

  it('SERV_SSL: CN is the FQDN and the first dNSName', () => {
    expect(built('SERV_SSL', server())).toEqual({
      rdns: structureRdns('mss.hopital-exemple.fr'),
      dnsNames: ['mss.hopital-exemple.fr'],
    });
  });

  it.each(['SERV_SIGN', 'SERV_CONF'] as const)('%s: FQDN CN, no SAN', (product) => {
    expect(built(product, server({ dnsNames: ['other.example.fr'] }))).toEqual({
      rdns: structureRdns('mss.hopital-exemple.fr'),
      dnsNames: [],
    });
  });

  it('SERV_SSL: extra SANs lower-cased, deduplicated, CN first', () => {
    const spec = built(
      'SERV_SSL',
      server({
        commonName: 'MSS.Hopital-Exemple.FR',
        dnsNames: ['api.example.fr', 'mss.hopital-exemple.fr', 'API.example.fr', 'b.example.fr'],
      }),
    );
    expect(spec.dnsNames).toEqual(['mss.hopital-exemple.fr', 'api.example.fr', 'b.example.fr']);
    expect(spec.rdns[4]).toEqual([at('CN', 'mss.hopital-exemple.fr')]);
  });

  it.each([
    ['ADELI', '691234567', '0691234567'],
    ['FINESS', '0b0 221 636', '10B0221636'],
    ['FINESS', '690781810', '1690781810'],
    ['SIREN', '187 512 751', '2187512751'],
    ['SIRET', '73282932000074', '373282932000074'],
    ['RPPS', '100027273770', '4100027273770'],
  ] as const)('OU for %s %j is %s (type digit + normalized number)', (structureIdType, structureId, ou) => {
    expect(built('ORG_AUTH_CLI', structure({ structureIdType, structureId })).rdns[3]).toEqual([
      at('OU', ou),
    ]);
  });

  it.each([
    ['69', 'Rhône (69)'],
    [' 2a ', 'Corse-du-Sud (2A)'],
    ['2B', 'Haute-Corse (2B)'],
    ['971', 'Guadeloupe (971)'],
    ['01', 'Ain (01)'],
  ])('ST for département %j is %j (our spelling, accents kept)', (departement, st) => {
    expect(built('ORG_SIGN', structure({ departement })).rdns[1]).toEqual([at('ST', st)]);
  });

  it('trims and NFC-normalizes free text (decomposed accents give the composed bytes)', () => {
    const spec = built(
      'ORG_AUTH_CLI',
      structure({ legalName: '  Ho\u0302pital Exemple ', commonName: ' Logiciel DMP' }),
    );
    expect(spec.rdns[2]).toEqual([at('O', 'Hôpital Exemple')]);
    expect(spec.rdns[4]).toEqual([at('CN', 'Logiciel DMP')]);
  });

  it('accepts exactly 64 characters (code points, not UTF-16 units)', () => {
    const name = '🩺'.repeat(64);
    expect(built('ORG_AUTH_CLI', structure({ legalName: name })).rdns[2]).toEqual([at('O', name)]);
  });
});

describe('buildSubjectSpec: persons (PS, PRO)', () => {
  it.each(['PS_AUTH', 'PS_SIGN', 'PS_CONF'] as const)(
    '%s: C, title, then {SN + CN + GN} as ONE RDN',
    (product) => {
      const spec = built(product, person());
      expect(spec).toEqual({ rdns: psRdns, dnsNames: [] });
      expect(spec.rdns).toHaveLength(3);
      expect(spec.rdns[2]).toHaveLength(3);
    },
  );

  it('ADELI holders get CN = 0 + ADELI', () => {
    const spec = built(
      'PS_SIGN',
      person({ personIdType: 'ADELI', personId: '2a1234567', professionCode: '60' }),
    );
    expect(spec.rdns[1]).toEqual([at('title', 'Infirmier')]);
    expect(spec.rdns[2]).toEqual([at('SN', 'Dupré'), at('CN', '02A1234567'), at('GN', 'Hélène')]);
  });

  it.each(['PRO_AUTH', 'PRO_SIGN', 'PRO_CONF'] as const)(
    '%s: the (low-confidence) professional shape, structure attributes from the employer',
    (product) => {
      expect(built(product, person(), { employer })).toEqual({
        rdns: [
          [at('C', 'FR')],
          [at('ST', 'Corse-du-Sud (2A)')],
          [at('O', 'Clinique Exemple')],
          [at('OU', '373282932000074')],
          [at('title', 'Médecin')],
          [at('SN', 'Dupré'), at('CN', '810002727377'), at('GN', 'Hélène')],
        ],
        dnsNames: [],
      });
    },
  );

  it('PRO: optional ST and title are left out (whole RDNs), not emitted empty', () => {
    const spec = built('PRO_AUTH', person({ professionCode: '' }), {
      employer: { ...employer, departement: ' ' },
    });
    expect(spec.rdns.map((rdn) => rdn.map((a) => a.attr))).toEqual([
      ['C'],
      ['O'],
      ['OU'],
      ['SN', 'CN', 'GN'],
    ]);
  });
});

describe('buildSubjectSpec: every product with a valid holder', () => {
  const holderFor = (product: ProductCode): Holder =>
    product.startsWith('SERV') ? server() : product.startsWith('ORG') ? structure() : person();

  it.each(ProductCode.options)('%s: C first as PrintableString, everything else UTF8String', (product) => {
    const spec = built(product, holderFor(product), { employer });
    const all = spec.rdns.flat();
    expect(spec.rdns[0]).toEqual([at('C', 'FR')]);
    expect(all.filter((a) => a.encoding === 'PrintableString').map((a) => a.attr)).toEqual(['C']);
    expect(all.every((a) => a.value.length > 0)).toBe(true);
    expect(spec.dnsNames.length > 0).toBe(product === 'SERV_SSL');
  });
});
