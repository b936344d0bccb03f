import { PROFESSIONS, getProfession, professionFromLabel } from '../../../src/shared/catalogue/index.js';

describe('professions (TRE_G15 subset)', () => {
  it('knows the codes of the domain brief', () => {
    const expected: Record<string, string> = {
      '10': 'Médecin',
      '21': 'Pharmacien',
      '40': 'Chirurgien-dentiste',
      '50': 'Sage-femme',
      '60': 'Infirmier',
      '70': 'Masseur-kinésithérapeute',
      '80': 'Pédicure-podologue',
      '91': 'Orthophoniste',
      '92': 'Orthoptiste',
    };
    for (const [code, label] of Object.entries(expected)) {
      expect(getProfession(code)?.label.fr).toBe(label);
      expect(getProfession(code)?.confidence).toBe('H');
    }
  });

  it('has unique two-digit codes and English labels', () => {
    expect(new Set(PROFESSIONS.map((p) => p.code)).size).toBe(PROFESSIONS.length);
    for (const p of PROFESSIONS) {
      expect(p.code).toMatch(/^\d{2}$/);
      expect(p.label.en).not.toBe('');
    }
  });

  it('finds a profession from a certificate title, whatever the case and accents', () => {
    expect(professionFromLabel('Médecin')?.code).toBe('10');
    expect(professionFromLabel('MEDECIN')?.code).toBe('10');
    expect(professionFromLabel('  sage femme ')?.code).toBe('50');
    expect(professionFromLabel('Masseur-Kinésithérapeute')?.code).toBe('70');
    expect(professionFromLabel('Physician')?.code).toBe('10');
  });

  it('returns undefined for unknown or hostile labels', () => {
    expect(getProfession('99')).toBeUndefined();
    expect(professionFromLabel('Plombier')).toBeUndefined();
    expect(professionFromLabel('')).toBeUndefined();
    expect(professionFromLabel('é'.repeat(10_000))).toBeUndefined();
    expect(professionFromLabel('\u0000\uFFFF🩺')).toBeUndefined();
  });
});
