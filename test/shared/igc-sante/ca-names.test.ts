import { parseIgcCaName } from '../../../src/shared/igc-sante/index.js';

describe('parseIgcCaName', () => {
  it.each([
    ['AC RACINE IGC-SANTE ELEMENTAIRE', 'ACR-EL', 'root', null, false],
    ['AC IGC-SANTE ELEMENTAIRE ORGANISATIONS', 'ACI-EL-ORG', 'intermediate', 'ORGANISATIONS', false],
    ['AC IGC-SANTE FORT PERSONNES', 'ACI-FO-PP', 'intermediate', 'PERSONNES', false],
    ['TEST AC IGC-SANTE STANDARD PERSONNES', 'ACI-ST-PP-TEST', 'intermediate', 'PERSONNES', true],
    ['TEST AC RACINE IGC-SANTE FORT', 'ACR-FO-TEST', 'root', null, true],
    [
      '  test ac igc-sante elementaire  organisations ',
      'ACI-EL-ORG-TEST',
      'intermediate',
      'ORGANISATIONS',
      true,
    ],
  ])('reads %j', (cn, short, role, population, test) => {
    expect(parseIgcCaName(cn)).toMatchObject({ short, role, population, test });
  });

  it.each([
    'AC RACINE IGC-SANTE FORT PERSONNES',
    'AC IGC-SANTE ELEMENTAIRE',
    'AC IGC-SANTE MOYEN ORGANISATIONS',
    'PROD AC IGC-SANTE FORT PERSONNES',
    'AC IGC-SANTE FORT PERSONNES EXTRA',
    'INSI-MANU',
    '',
    'A'.repeat(10_000),
  ])('refuses %j', (cn) => {
    expect(parseIgcCaName(cn)).toBeNull();
  });
});
