import { describe, expect, it } from 'vitest';
import type { TokenSummary } from '../../../../src/shared/model/token.js';
import { checkPinBeforeLogin } from '../../../../src/main/services/tokens/pin-rules.js';

const token = (over: Partial<TokenSummary> = {}, pin: Partial<TokenSummary['pin']> = {}): TokenSummary => ({
  label: 'T',
  manufacturer: 'M',
  model: 'X',
  serial: '1',
  writeProtected: false,
  cps: false,
  generation: null,
  ...over,
  pin: {
    countLow: false,
    finalTry: false,
    locked: false,
    toBeChanged: false,
    initialized: true,
    pinPad: false,
    minLength: 4,
    maxLength: 8,
    ...pin,
  },
});

describe('checkPinBeforeLogin: a PIN that cannot be right never reaches the card', () => {
  it('a CPS card takes exactly four digits', () => {
    const cps = token({ cps: true });
    expect(checkPinBeforeLogin(cps, '1234').ok).toBe(true);
    for (const bad of ['123', '12345', '12a4', ' 1234', '١٢٣٤', ''])
      expect(checkPinBeforeLogin(cps, bad)).toMatchObject({ ok: false, error: { code: 'pin-invalid' } });
  });

  it('another token takes its own length range', () => {
    expect(checkPinBeforeLogin(token(), 'abcd').ok).toBe(true);
    expect(checkPinBeforeLogin(token(), 'abcdefgh').ok).toBe(true);
    expect(checkPinBeforeLogin(token(), 'abc')).toMatchObject({ ok: false, error: { code: 'pin-invalid' } });
    expect(checkPinBeforeLogin(token(), 'abcdefghi')).toMatchObject({
      ok: false,
      error: { code: 'pin-invalid' },
    });
    expect(checkPinBeforeLogin(token(), '')).toMatchObject({ ok: false, error: { code: 'pin-invalid' } });
  });

  it('a locked PIN is refused before anything, with the state for the dialog', () => {
    const locked = token({ cps: true }, { locked: true });
    const r = checkPinBeforeLogin(locked, '1234');
    expect(r).toMatchObject({ ok: false, error: { code: 'pin-locked', ckr: null, pin: { locked: true } } });
  });

  it('a reader with its own keypad takes an empty PIN (typed on the reader)', () => {
    expect(checkPinBeforeLogin(token({ cps: true }, { pinPad: true }), '').ok).toBe(true);
    // A PIN typed in Vigie anyway still follows the card's rule.
    expect(checkPinBeforeLogin(token({ cps: true }, { pinPad: true }), '12')).toMatchObject({ ok: false });
  });

  it('never puts the PIN in its message', () => {
    const r = checkPinBeforeLogin(token({ cps: true }), '98765');
    expect(JSON.stringify(r)).not.toContain('98765');
  });
});
