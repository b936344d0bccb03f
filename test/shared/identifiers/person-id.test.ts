import { parsePersonId, splitStructureLocalId } from '../../../src/shared/identifiers/index.js';

describe('parsePersonId (idNat_PS)', () => {
  it.each([
    ['810002727377', 'RPPS', '10002727377', true],
    ['810002727378', 'RPPS', '10002727378', false],
    ['81000272737', 'RPPS', '1000272737', false],
    ['0691234567', 'ADELI', '691234567', true],
    ['069123456', 'ADELI', '69123456', false],
    ['30B0221636/12345', 'STRUCTURE_LOCAL', '0B0221636/12345', true],
    ['3690781810/DR-MARTIN', 'STRUCTURE_LOCAL', '690781810/DR-MARTIN', true],
    ['4187512751/42', 'STRUCTURE_LOCAL', '187512751/42', true],
    ['573282932000074/7', 'STRUCTURE_LOCAL', '73282932000074/7', true],
    ['1691234567/1', 'STRUCTURE_LOCAL', '691234567/1', true],
    ['3690781811/1', 'STRUCTURE_LOCAL', '690781811/1', false],
    ['30B0221636', 'STRUCTURE_LOCAL', '0B0221636', false],
    ['30B0221636/', 'STRUCTURE_LOCAL', '0B0221636/', false],
    ['30B0221636/a/b', 'STRUCTURE_LOCAL', '0B0221636/a/b', false],
  ])('reads %j as %s %s (valid: %s)', (raw, type, value, valid) => {
    expect(parsePersonId(raw)).toEqual({ type, value, raw, valid });
  });

  it('returns null when the first digit is not an idNat_PS type', () => {
    for (const raw of ['2187512751/1', '7123', '9123', 'INSI-MANU', '', '8', '8'.repeat(10_000)])
      expect(parsePersonId(raw)).toBeNull();
  });

  it('splits structure-local identifiers with the idNat_PS digits (not idNat_Struct ones)', () => {
    expect(splitStructureLocalId('30B0221636/12345')).toEqual({
      structureType: 'FINESS',
      structureNumber: '0B0221636',
      localId: '12345',
    });
    expect(splitStructureLocalId('6100027273770/9')?.structureType).toBe('RPPS');
    expect(splitStructureLocalId('2187512751/1')).toBeNull();
    expect(splitStructureLocalId('30B0221636')).toBeNull();
  });
});
