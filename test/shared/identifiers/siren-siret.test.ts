import { luhnValid, validateSiren, validateSiret } from '../../../src/shared/identifiers/index.js';

describe('SIREN', () => {
  it("accepts ANS's own SIREN, with or without spaces", () => {
    expect(validateSiren('187512751')).toEqual({ ok: true, value: { value: '187512751', rule: 'luhn' } });
    expect(validateSiren(' 187 512 751 ')).toEqual({ ok: true, value: { value: '187512751', rule: 'luhn' } });
    expect(validateSiren('732829320').ok).toBe(true);
    expect(validateSiren('356000000').ok).toBe(true); // La Poste
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['187512752', 'checksum'],
    ['18751275', 'length'],
    ['1875127510', 'length'],
    ['18751275A', 'charset'],
    ['187-512-751', 'charset'],
  ])('refuses %j with reason %s', (raw, reason) => {
    expect(validateSiren(raw)).toEqual({ ok: false, error: { reason } });
  });
});

describe('SIRET', () => {
  it('accepts Luhn-valid SIRETs', () => {
    expect(validateSiret('73282932000074')).toEqual({
      ok: true,
      value: { value: '73282932000074', rule: 'luhn' },
    });
    expect(validateSiret('732 829 320 00074').ok).toBe(true);
  });

  it("applies La Poste's digit-sum rule only to SIREN 356000000", () => {
    // Head office: passes Luhn (digit sum 26, not a multiple of 5).
    expect(validateSiret('35600000000048')).toEqual({
      ok: true,
      value: { value: '35600000000048', rule: 'luhn' },
    });
    // An establishment whose digits sum to 15 but which fails Luhn.
    expect(luhnValid('35600000000001')).toBe(false);
    expect(validateSiret('35600000000001')).toEqual({
      ok: true,
      value: { value: '35600000000001', rule: 'la-poste' },
    });
    expect(validateSiret('35600000000002')).toEqual({ ok: false, error: { reason: 'checksum' } });
    // The same digit-sum trick does not help any other company.
    expect(luhnValid('73282932000011')).toBe(false);
    expect(validateSiret('73282932000011')).toEqual({ ok: false, error: { reason: 'checksum' } });
  });

  it.each([
    ['73282932000075', 'checksum'],
    ['7328293200007', 'length'],
    ['7328293200007X', 'charset'],
    ['', 'empty'],
  ])('refuses %j with reason %s', (raw, reason) => {
    expect(validateSiret(raw)).toEqual({ ok: false, error: { reason } });
  });
});
