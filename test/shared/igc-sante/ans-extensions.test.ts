import {
  decodeCardType,
  decodeProductCategory,
  decodeProfessionCode,
} from '../../../src/shared/igc-sante/index.js';

describe('ANS product category (1.2.250.1.71.1.2.5)', () => {
  it.each([
    ['040183', true, 'software'], // real TEST software certificate
    ['040103', false, 'software'],
    ['040100', false, 'card'],
    ['040180', true, 'card'],
    ['040102', false, 'security-module'],
    ['040182', true, 'security-module'],
    ['04017F', false, null],
  ])('decodes %s', (hex, test, medium) => {
    expect(decodeProductCategory(hex)).toMatchObject({ test, medium });
  });

  it.each(['', '04', '0400', '04028301', '040283', '020183', '0401', '0G0183', '04018', 'x'.repeat(10_001)])(
    'refuses %j',
    (hex) => {
      expect(decodeProductCategory(hex)).toBeNull();
    },
  );

  // Framing the decoder has always allowed (length fields of one or two bytes) and refused
  // (longer length fields, long-form tags, indefinite or constructed values).
  it.each(['04810183', '0482000183'])('accepts the long-form length in %s', (hex) => {
    expect(decodeProductCategory(hex)).toMatchObject({ test: true, medium: 'software' });
  });

  it.each(['048300000183', '1F040183', '5F200183', '2403040183', '048004018300000000'])(
    'refuses the framing of %s',
    (hex) => {
      expect(decodeProductCategory(hex)).toBeNull();
    },
  );
});

describe('ANS card type (1.2.250.1.71.1.2.2)', () => {
  it.each([
    ['020100', 'CPS'],
    ['020101', 'CPF'],
    ['0A0102', 'CPE'],
    ['020103', 'CPA'],
    ['040101', 'CPF'],
    ['040132', 'CPE'],
    ['0C0133', 'CPA'],
    ['130130', 'CPS'],
  ])('decodes %s as %s', (hex, type) => {
    expect(decodeCardType(hex)).toBe(type);
  });

  it.each(['020104', '0201FF', '0C0134', '0C023130', '', '3000', '0281800000'])('refuses %j', (hex) => {
    expect(decodeCardType(hex)).toBeNull();
  });
});

describe('ANS profession code (1.2.250.1.71.1.2.7)', () => {
  it.each([
    ['0C023130', '10'],
    ['13023231', '21'],
    ['020115', '21'],
    ['16023430', '40'],
  ])('decodes %s as %s', (hex, code) => {
    expect(decodeProfessionCode(hex)).toBe(code);
  });

  it.each(['0C0200FF', '0C00', '300100', 'nothex'])('refuses %j', (hex) => {
    expect(decodeProfessionCode(hex)).toBeNull();
  });
});
