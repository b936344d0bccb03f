import {
  luhnCheckDigit,
  validateAdeli,
  validateRpps,
  validateRppsCabinet,
} from '../../../src/shared/identifiers/index.js';

describe('RPPS', () => {
  const valid = `1000272737${luhnCheckDigit('1000272737')}`;

  it('accepts 11 digits with a Luhn key', () => {
    expect(valid).toBe('10002727377');
    expect(validateRpps(valid)).toEqual({ ok: true, value: { value: valid, rule: 'luhn' } });
  });

  it.each([
    ['10002727378', 'checksum'],
    ['1000272737', 'length'],
    ['100027273770', 'length'],
    ['1000272737O', 'charset'],
    ['', 'empty'],
  ])('refuses %j with reason %s', (raw, reason) => {
    expect(validateRpps(raw)).toEqual({ ok: false, error: { reason } });
  });
});

describe('ADELI', () => {
  it('accepts 9 characters starting with a département, on their shape only', () => {
    expect(validateAdeli('691234567')).toEqual({
      ok: true,
      value: { value: '691234567', rule: 'format-only' },
    });
    expect(validateAdeli('2a1234567')).toEqual({
      ok: true,
      value: { value: '2A1234567', rule: 'format-only' },
    });
  });

  it.each([
    ['69123456', 'length'],
    ['2C1234567', 'charset'],
    ['A91234567', 'format'],
    ['69123456B', 'format'],
    ['', 'empty'],
  ])('refuses %j with reason %s', (raw, reason) => {
    expect(validateAdeli(raw)).toEqual({ ok: false, error: { reason } });
  });
});

describe('RPPS cabinet', () => {
  it('accepts an RPPS-length-or-longer digit string, on its shape only', () => {
    expect(validateRppsCabinet('1000272737701')).toEqual({
      ok: true,
      value: { value: '1000272737701', rule: 'format-only' },
    });
    expect(validateRppsCabinet('1000272737')).toEqual({ ok: false, error: { reason: 'length' } });
    expect(validateRppsCabinet('1000272737A')).toEqual({ ok: false, error: { reason: 'charset' } });
  });
});
