import { finessPrefixKind, validateFiness } from '../../../src/shared/identifiers/index.js';
import { REAL_FINESS } from './real-finess.js';

describe('FINESS', () => {
  it('accepts every real FINESS number with a verified key', () => {
    for (const f of REAL_FINESS)
      expect(validateFiness(f), f).toEqual({ ok: true, value: { value: f, rule: 'luhn' } });
  });

  it('refuses a real number with its key changed', () => {
    for (const f of REAL_FINESS) {
      const changed = f.slice(0, 8) + String((Number(f[8]) + 1) % 10);
      expect(validateFiness(changed)).toEqual({ ok: false, error: { reason: 'checksum' } });
    }
  });

  it('accepts the TEST FINESS 0B0221636 of a real TEST certificate, on its shape only', () => {
    expect(validateFiness('0B0221636')).toEqual({
      ok: true,
      value: { value: '0B0221636', rule: 'format-only' },
    });
  });

  it('checks Corsican numbers on their shape only, and folds case', () => {
    expect(validateFiness('2A0000014')).toEqual({
      ok: true,
      value: { value: '2A0000014', rule: 'format-only' },
    });
    expect(validateFiness('2b0001234')).toEqual({
      ok: true,
      value: { value: '2B0001234', rule: 'format-only' },
    });
  });

  it.each([
    ['', 'empty'],
    ['01000002', 'length'],
    ['0100000245', 'length'],
    ['A10000000', 'format'],
    ['01000002X', 'format'],
    ['0AB000000', 'format'],
    ['01-000002', 'charset'],
    ['01000002é', 'charset'],
  ])('refuses %j with reason %s', (raw, reason) => {
    expect(validateFiness(raw)).toEqual({ ok: false, error: { reason } });
  });

  it('tells where a prefix points', () => {
    expect(finessPrefixKind('690781810')).toBe('departement');
    expect(finessPrefixKind('970100400')).toBe('outre-mer');
    expect(finessPrefixKind('980600027')).toBe('outre-mer');
    expect(finessPrefixKind('2A0000014')).toBe('corse');
    expect(finessPrefixKind('0B0221636')).toBe('non-geographic');
    expect(finessPrefixKind('200000000')).toBe('non-geographic');
    expect(finessPrefixKind('000000000')).toBe('non-geographic');
    expect(finessPrefixKind('')).toBe('non-geographic');
  });
});
