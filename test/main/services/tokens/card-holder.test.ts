import {
  cardHolder,
  dataObjectText,
  type HolderCertificate,
} from '../../../../src/main/services/tokens/card-holder.js';
import { recognizeCertificate } from '../../../../src/shared/igc-sante/recognize.js';
import type { TokenDataObject } from '../../../../src/main/ports/token-provider.js';
import {
  EKU,
  TEST_PP_CA,
  caDn,
  categoryExt,
  dn,
  ext,
  makeView,
  personDn,
  structureDn,
} from '../../../shared/igc-sante/fixtures.js';

const FORT_PP_TEST = caDn('TEST AC IGC-SANTE FORT PERSONNES');
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const data = (label: string, value: Uint8Array | null, application = 'CPS'): TokenDataObject => ({
  label,
  application,
  value,
});

/** A CPS card certificate as the inspector would give it: view + IGC-Santé recognition. */
const cardCert = (
  role: 'auth' | 'sign',
  subject = personDn('810002727377', 'Médecin'),
  extra: { profession?: string; cardType?: string } = {},
): HolderCertificate => {
  const certificate = makeView({
    subject,
    issuer: FORT_PP_TEST,
    keyUsage: role === 'auth' ? ['digitalSignature'] : ['nonRepudiation'],
    eku: role === 'auth' ? [EKU.clientAuth] : [EKU.emailProtection],
    extensions: [
      categoryExt(0x80),
      ext('1.2.250.1.71.1.2.2', extra.cardType ?? '020100'),
      ext('1.2.250.1.71.1.2.7', extra.profession ?? '0C023130'),
    ],
  });
  return { certificate, igc: recognizeCertificate(certificate) };
};

describe('cardHolder', () => {
  it('reads the holder of a CPS card from its person certificate', () => {
    const holder = cardHolder(
      [cardCert('sign'), cardCert('auth')],
      [data('CPS_NAME_PS', utf8('MARTIN CLAIRE'))],
    );
    expect(holder).toEqual({
      name: 'CLAIRE MARTIN',
      nationalId: { type: 'RPPS', value: '10002727377', raw: '810002727377' },
      profession: { code: '10', label: 'Médecin' },
      cardType: 'CPS',
      dataObjects: [{ label: 'CPS_NAME_PS', text: 'MARTIN CLAIRE' }],
    });
  });

  it('takes the name from the parsed attributes, never from the DN text', () => {
    // A surname holding a comma and "GN=": splitting the text would make other names.
    const subject = dn(
      [['C', 'FR']],
      [['title', 'Médecin']],
      [
        ['SN', 'MARTIN, GN=EVE'],
        ['CN', '810002727377'],
        ['GN', 'CLAIRE'],
      ],
    );
    expect(cardHolder([cardCert('auth', subject)], []).name).toBe('CLAIRE MARTIN, GN=EVE');
    // A lone SN (no multi-valued RDN) still names the person.
    const surnameOnly = dn([['C', 'FR']], [['SN', 'DURAND']], [['CN', '010001234567']]);
    expect(cardHolder([cardCert('auth', surnameOnly)], []).name).toBe('DURAND');
  });

  it('falls back on a readable CPS_NAME_PS when no certificate names the holder', () => {
    expect(cardHolder([], [data('CPS_NAME_PS', latin1('HÉLÈNE DUPONT'))]).name).toBe('HÉLÈNE DUPONT');
    expect(cardHolder([], [data('CPS_NAME_PS', new Uint8Array([1, 2, 0xff, 7]))]).name).toBeNull();
    expect(cardHolder([], [data('CPS_NAME_PS', null)]).name).toBeNull();
  });

  it('maps ADELI and structure-local ids, and says null without an IGC-Santé certificate', () => {
    const adeli = cardCert('auth', personDn('0751234567', 'Infirmier'));
    expect(cardHolder([adeli], []).nationalId?.type).toBe('ADELI');
    const local = cardCert('auth', personDn('3010000024/123', 'Infirmier'));
    expect(cardHolder([local], []).nationalId).toMatchObject({ type: 'other', raw: '3010000024/123' });

    const other = makeView({
      subject: dn([
        ['SN', 'DOE'],
        ['GN', 'JANE'],
      ]),
      issuer: dn([['CN', 'Some CA']]),
      keyUsage: ['digitalSignature'],
    });
    expect(cardHolder([{ certificate: other, igc: recognizeCertificate(other) }], [])).toEqual({
      name: 'JANE DOE',
      nationalId: null,
      profession: null,
      cardType: null,
      dataObjects: [],
    });
  });

  it('prefers the recognised authentication certificate, and never mixes two people', () => {
    const claire = cardCert('sign');
    const paul = cardCert('auth', personDn('810100123453', 'Pharmacien'), { profession: '0C023231' });
    const holder = cardHolder([claire, paul], []);
    expect(holder.nationalId?.raw).toBe('810100123453');
    expect(holder.profession).toEqual({ code: '21', label: 'Pharmacien' });

    // The same person's other certificate fills a field the first one lacks.
    const noType = cardCert('auth', personDn('810002727377', 'Médecin'), { cardType: '0500' });
    expect(noType.igc?.cardType).toBeNull();
    expect(cardHolder([noType, cardCert('sign')], []).cardType).toBe('CPS');
    const otherPerson = cardCert('sign', personDn('810100123453', 'Médecin'));
    expect(cardHolder([noType, otherPerson], []).cardType).toBeNull();

    // A structure certificate on the token names nobody.
    const structure = makeView({ subject: structureDn('Cabinet'), issuer: TEST_PP_CA });
    const onlyStructure = [{ certificate: structure, igc: recognizeCertificate(structure) }];
    expect(cardHolder(onlyStructure, []).name).toBeNull();
  });

  it('keeps only the public data objects that read as text, capped', () => {
    const holder = cardHolder(
      [],
      [
        data('CPS_ID_CARD', new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00])),
        data('CPS_NAME_PS', utf8('  DUPONT Hélène \0\0\0')),
        data('CPS_INFO_PS', latin1('Médecin généraliste')),
        data('CPS_ACTIVITY_01_PS', null),
        data('TAB', utf8('a\tb')),
        data('RLO', utf8('abc\u202Efdp.exe')),
        data('ZERO', new Uint8Array(64)),
        data('C1', latin1('abc\x85def')),
        data('LONG', utf8('é'.repeat(1000))),
        data('HUGE', utf8('A'.repeat(5000))),
        data('BAD\nLABEL', utf8('text')),
        data('', utf8('no label')),
      ],
    );
    const long = holder.dataObjects.find((o) => o.label === 'LONG')?.text ?? '';
    expect(long).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
    expect(holder.dataObjects.map((o) => o.label)).toEqual(['CPS_NAME_PS', 'CPS_INFO_PS', 'LONG']);
    expect(holder.dataObjects.slice(0, 2)).toEqual([
      { label: 'CPS_NAME_PS', text: 'DUPONT Hélène' },
      { label: 'CPS_INFO_PS', text: 'Médecin généraliste' },
    ]);
  });

  it('reads a bounded number of data objects', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => data(`D${i}`, utf8(`value ${i}`)));
    expect(cardHolder([], many).dataObjects).toHaveLength(16);
  });
});

describe('dataObjectText', () => {
  it('decodes UTF-8 first, Latin-1 otherwise', () => {
    expect(dataObjectText(utf8('Hélène'))).toBe('Hélène');
    expect(dataObjectText(latin1('Hélène'))).toBe('Hélène');
  });

  it('refuses binary, empty, oversized and control-bearing values', () => {
    expect(dataObjectText(null)).toBeNull();
    expect(dataObjectText(new Uint8Array())).toBeNull();
    expect(dataObjectText(utf8('   '))).toBeNull();
    expect(dataObjectText(utf8('---'))).toBeNull();
    expect(dataObjectText(new Uint8Array([0x04, 0x01, 0x83]))).toBeNull();
    expect(dataObjectText(new Uint8Array(Array.from({ length: 256 }, (_, i) => i)))).toBeNull();
    expect(dataObjectText(utf8('line\nbreak'))).toBeNull();
    expect(dataObjectText(utf8('zero\u200Bwidth'))).toBeNull();
    expect(dataObjectText(new Uint8Array(10 * 2 ** 20).fill(0x41))).toBeNull();
    expect(dataObjectText('text' as unknown as Uint8Array)).toBeNull();
  });
});
