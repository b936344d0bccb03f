import { buildSubjectSpec } from '../../../src/shared/csr/build-subject.js';
import { fieldErrorMessage } from '../../../src/shared/csr/messages.js';
import type { FieldError, Holder, StructureHolder } from '../../../src/shared/model/order.js';
import { employer, person, server, structure } from './holders.js';

/** [field, code] pairs, in the order they are reported. */
const errorsOf = (...args: Parameters<typeof buildSubjectSpec>): [string, string][] => {
  const r = buildSubjectSpec(...args);
  if (r.ok) throw new Error('expected field errors');
  return r.error.map((e: FieldError) => [e.field, e.code]);
};

describe('buildSubjectSpec: holder kind', () => {
  it.each(['ORG_AUTH_CLI', 'SERV_SSL'] as const)('%s refuses a person', (product) => {
    expect(errorsOf(product, person())).toEqual([['kind', 'kind-mismatch']]);
  });
  it.each(['PS_AUTH', 'PRO_SIGN'] as const)('%s refuses a structure', (product) => {
    expect(errorsOf(product, structure())).toEqual([['kind', 'kind-mismatch']]);
  });
  it('refuses a holder that is not an object', () => {
    expect(errorsOf('ORG_SIGN', null as unknown as Holder)).toEqual([['kind', 'kind-mismatch']]);
  });
});

describe('buildSubjectSpec: every field error at once', () => {
  it('reports all structure problems in one pass, in DN order, with English messages', () => {
    const r = buildSubjectSpec(
      'SERV_SSL',
      server({
        departement: '20',
        legalName: '   ',
        structureId: '0B02216',
        commonName: 'mss_hopital.fr',
        dnsNames: ['ok.example.fr', '*.example.fr', 'localhost'],
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => [e.field, e.code])).toEqual([
      ['departement', 'unknown-departement'],
      ['legalName', 'required'],
      ['structureId', 'length'],
      ['commonName', 'fqdn-character'],
      ['dnsNames.1', 'fqdn-wildcard'],
      ['dnsNames.2', 'fqdn-single-label'],
    ]);
    for (const e of r.error) expect(e.message).toBe(fieldErrorMessage(e.code, 'en'));
  });

  it('reports all person problems in one pass', () => {
    expect(
      errorsOf(
        'PS_AUTH',
        person({ professionCode: '999', surname: '', personId: '10002727378', givenName: 'A\u202Eb' }),
      ),
    ).toEqual([
      ['professionCode', 'unknown-profession'],
      ['surname', 'required'],
      ['personId', 'checksum'],
      ['givenName', 'invisible-character'],
    ]);
  });

  it('an empty département, structure id and CN are "required"/"empty"', () => {
    expect(errorsOf('ORG_AUTH_CLI', structure({ departement: '', structureId: '', commonName: '' }))).toEqual(
      [
        ['departement', 'required'],
        ['structureId', 'empty'],
        ['commonName', 'required'],
      ],
    );
  });
});

describe('buildSubjectSpec: identifiers keep the validators’ reason codes', () => {
  it.each([
    ['FINESS', '690781811', 'checksum'],
    ['FINESS', 'AB0221636', 'format'],
    ['FINESS', '0B022163', 'length'],
    ['SIREN', '187512752', 'checksum'],
    ['SIRET', '7328293200007', 'length'],
    ['SIRET', '73282932000011', 'checksum'],
    ['ADELI', 'A91234567', 'format'],
    ['RPPS', '1000-2727377', 'charset'],
  ] as const)('%s %j → %s', (structureIdType, structureId, code) => {
    expect(errorsOf('ORG_AUTH_CLI', structure({ structureIdType, structureId }))).toEqual([
      ['structureId', code],
    ]);
  });

  it('an unknown structure id type is reported on structureIdType', () => {
    const holder = structure({ structureIdType: 'NIR' as StructureHolder['structureIdType'] });
    expect(errorsOf('ORG_AUTH_CLI', holder)).toEqual([['structureIdType', 'unknown-structure-id-type']]);
  });

  it.each([
    ['RPPS', '1000272737', 'length'],
    ['RPPS', '', 'empty'],
    ['ADELI', '6912345678', 'length'],
  ] as const)('person %s %j → %s', (personIdType, personId, code) => {
    expect(errorsOf('PS_SIGN', person({ personIdType, personId }))).toEqual([['personId', code]]);
  });

  it('an unknown person id type is reported on personIdType', () => {
    const holder = person({ personIdType: 'NIR' as 'RPPS' });
    expect(errorsOf('PS_SIGN', holder)).toEqual([['personIdType', 'unknown-person-id-type']]);
  });
});

describe('buildSubjectSpec: lengths', () => {
  it('legal name and CN: 64 characters pass, 65 do not', () => {
    expect(
      buildSubjectSpec('ORG_SIGN', structure({ legalName: 'a'.repeat(64), commonName: 'b'.repeat(64) })).ok,
    ).toBe(true);
    expect(
      errorsOf('ORG_SIGN', structure({ legalName: 'a'.repeat(65), commonName: 'é'.repeat(65) })),
    ).toEqual([
      ['legalName', 'too-long'],
      ['commonName', 'too-long'],
    ]);
  });

  it('a SERV CN over 64 characters is too long even though a DNS name may be longer', () => {
    const cn = `${'a'.repeat(60)}.example.fr`;
    expect(errorsOf('SERV_SSL', server({ commonName: cn }))).toEqual([['commonName', 'too-long']]);
    // The same name is fine as an extra SAN (dNSName allows 253).
    expect(buildSubjectSpec('SERV_SSL', server({ dnsNames: [cn] })).ok).toBe(true);
  });

  it('a SAN over 253 characters, and more than 50 SANs, are refused', () => {
    const long = `${Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.')}.fr`;
    expect(errorsOf('SERV_SSL', server({ dnsNames: [long] }))).toEqual([['dnsNames.0', 'fqdn-too-long']]);
    const many = Array.from({ length: 51 }, (_, i) => `s${i}.example.fr`);
    expect(errorsOf('SERV_SSL', server({ dnsNames: many }))).toEqual([['dnsNames', 'too-many-dns-names']]);
  });

  it('surname and given name are bounded too', () => {
    expect(errorsOf('PS_AUTH', person({ surname: 'x'.repeat(65), givenName: 'y'.repeat(65) }))).toEqual([
      ['surname', 'too-long'],
      ['givenName', 'too-long'],
    ]);
  });
});

describe('buildSubjectSpec: FQDN syntax (SERV CN and SANs)', () => {
  it.each([
    ['*.example.fr', 'fqdn-wildcard'],
    ['mss.*.fr', 'fqdn-wildcard'],
    ['hôpital.fr', 'fqdn-character'],
    ['mss example.fr', 'fqdn-character'],
    ['https://mss.example.fr', 'fqdn-character'],
    ['mss.example.fr.', 'fqdn-label-empty'],
    ['.example.fr', 'fqdn-label-empty'],
    ['mss..example.fr', 'fqdn-label-empty'],
    ['localhost', 'fqdn-single-label'],
    ['-mss.example.fr', 'fqdn-label-hyphen'],
    ['mss-.example.fr', 'fqdn-label-hyphen'],
    ['10.0.0.1', 'fqdn-numeric-tld'],
    ['', 'required'],
  ])('%j → %s', (name, code) => {
    expect(errorsOf('SERV_SSL', server({ commonName: name }))).toEqual([['commonName', code]]);
    expect(errorsOf('SERV_SSL', server({ dnsNames: ['ok.example.fr', name] }))).toEqual([
      ['dnsNames.1', code],
    ]);
  });

  it.each(['a.fr', 'xn--hpital-fya.fr', '0b0221636.test.example.fr', 'a-b.c-d.fr'])('accepts %j', (name) => {
    expect(buildSubjectSpec('SERV_SSL', server({ commonName: name })).ok).toBe(true);
    expect(buildSubjectSpec('SERV_SSL', server({ dnsNames: [name] })).ok).toBe(true);
  });

  it('labels: 63 characters pass, 64 do not (checked on SANs: such a CN passes 64 anyway)', () => {
    expect(buildSubjectSpec('SERV_SSL', server({ dnsNames: [`${'a'.repeat(63)}.fr`] })).ok).toBe(true);
    expect(errorsOf('SERV_SSL', server({ dnsNames: [`${'a'.repeat(64)}.fr`] }))).toEqual([
      ['dnsNames.0', 'fqdn-label-too-long'],
    ]);
  });
});

describe('buildSubjectSpec: PRO needs the employer (inferred shape)', () => {
  it('without employer: one error on "employer"', () => {
    expect(errorsOf('PRO_AUTH', person())).toEqual([['employer', 'employer-required']]);
  });

  it('employer fields are reported under "employer."', () => {
    const bad = { ...employer, legalName: '', structureId: '73282932000011', departement: '99' };
    expect(errorsOf('PRO_CONF', person(), { employer: bad })).toEqual([
      ['employer.departement', 'unknown-departement'],
      ['employer.legalName', 'required'],
      ['employer.structureId', 'checksum'],
    ]);
  });

  it('PS ignores the employer (its shape has no structure attribute)', () => {
    expect(buildSubjectSpec('PS_AUTH', person(), { employer: { ...employer, legalName: '' } }).ok).toBe(true);
  });

  it('a PS title is required, unlike PRO', () => {
    expect(errorsOf('PS_AUTH', person({ professionCode: ' ' }))).toEqual([['professionCode', 'required']]);
  });
});
