import { DEPARTEMENTS, getDepartement, parseDepartement } from '../../../src/shared/catalogue/index.js';

describe('départements', () => {
  it('lists 96 metropolitan, 5 overseas départements and Saint-Pierre-et-Miquelon', () => {
    expect(DEPARTEMENTS.filter((d) => d.kind === 'metropole')).toHaveLength(96);
    expect(DEPARTEMENTS.filter((d) => d.kind === 'outre-mer').map((d) => d.code)).toEqual([
      '971',
      '972',
      '973',
      '974',
      '976',
    ]);
    expect(getDepartement('975')?.kind).toBe('collectivite');
    expect(new Set(DEPARTEMENTS.map((d) => d.code)).size).toBe(DEPARTEMENTS.length);
    expect(new Set(DEPARTEMENTS.map((d) => d.name)).size).toBe(DEPARTEMENTS.length);
  });

  it('has Corsica as 2A/2B and no 20', () => {
    expect(getDepartement('2A')?.name).toBe('Corse-du-Sud');
    expect(getDepartement('2b')?.name).toBe('Haute-Corse');
    expect(getDepartement('20')).toBeUndefined();
  });

  it.each([
    ['Rhône (69)', '69', 'Rhône'],
    ['69', '69', 'Rhône'],
    ['Corse-du-Sud (2A)', '2A', 'Corse-du-Sud'],
    ['Haute-Corse (2b)', '2B', 'Haute-Corse'],
    ['2A', '2A', 'Corse-du-Sud'],
    ['Guadeloupe (971)', '971', 'Guadeloupe'],
    ['  Paris (75)  ', '75', 'Paris'],
    ['Ain (01)', '01', 'Ain'],
    ['RHONE', '69', 'Rhône'],
    ['Côtes d’Armor', '22', "Côtes-d'Armor"],
    ['La Réunion', '974', 'La Réunion'],
  ])('reads %j', (st, code, name) => {
    expect(parseDepartement(st)).toMatchObject({ code, name });
  });

  it('trusts the code in parentheses over the name', () => {
    expect(parseDepartement('Paris (69)')?.code).toBe('69');
  });

  it.each([
    ['20'],
    ['(99)'],
    ['Atlantis'],
    ['Rhône (6)'],
    [''],
    ['   '],
    ['x'.repeat(10_000)],
    ['\u202E69'],
    ['६९'],
  ])('refuses %j without throwing', (st) => {
    expect(parseDepartement(st)).toBeUndefined();
  });
});
