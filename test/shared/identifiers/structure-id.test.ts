import {
  parseIso6523SirenId,
  parseStructureId,
  validateStructureNumber,
} from '../../../src/shared/identifiers/index.js';

describe('parseStructureId (idNat_Struct)', () => {
  it.each([
    ['10B0221636', 'FINESS', '0B0221636', true],
    ['1690781810', 'FINESS', '690781810', true],
    ['1690781811', 'FINESS', '690781811', false],
    ['2187512751', 'SIREN', '187512751', true],
    ['2187512752', 'SIREN', '187512752', false],
    ['373282932000074', 'SIRET', '73282932000074', true],
    ['37328293200007', 'SIRET', '7328293200007', false],
    ['0691234567', 'ADELI', '691234567', true],
    ['41000272737701', 'RPPS', '1000272737701', true],
  ])('reads %j as %s %s (valid: %s)', (raw, type, value, valid) => {
    expect(parseStructureId(raw)).toEqual({ type, value, raw, valid });
  });

  it('keeps an unknown type digit visible, never valid', () => {
    expect(parseStructureId('9123456789')).toEqual({
      type: null,
      value: '123456789',
      raw: '9123456789',
      valid: false,
    });
  });

  it('takes certificate text literally (no silent cleaning)', () => {
    expect(parseStructureId('1 0B0221636')?.valid).toBe(false);
    expect(parseStructureId('10b0221636')?.valid).toBe(false);
    expect(parseStructureId('1０B0221636')?.valid).toBe(false);
  });

  it('returns null for input that cannot be an identifier', () => {
    expect(parseStructureId('')).toBeNull();
    expect(parseStructureId('1')).toBeNull();
    expect(parseStructureId('1'.repeat(10_000))).toBeNull();
  });

  it('exposes the reason for the UI', () => {
    expect(validateStructureNumber('SIRET', '7328293200007')).toEqual({
      ok: false,
      error: { reason: 'length' },
    });
  });
});

describe('parseIso6523SirenId (CA names)', () => {
  it('reads "0002 187512751" as the SIREN of ANS', () => {
    expect(parseIso6523SirenId('0002 187512751')).toEqual({
      type: 'SIREN',
      value: '187512751',
      raw: '0002 187512751',
      valid: true,
    });
    expect(parseIso6523SirenId('0002 187512752')?.valid).toBe(false);
    expect(parseIso6523SirenId('0009 187512751')).toBeNull();
    expect(parseIso6523SirenId('IGC-SANTE')).toBeNull();
  });
});
