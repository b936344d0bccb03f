import type { TokenSummary } from '../../../shared/model/token.js';

/** The contract's ceiling for a PIN (TokenPin); some tokens report far larger maxima. */
const PIN_MAX = 64;

export type PinRule = { digitsOnly: boolean; min: number; max: number };

/**
 * What a PIN must look like before it is sent: a CPS card's is exactly 4 digits (a wrong
 * length would only spend a try); other tokens give their own lengths, kept within sense.
 */
export const pinRuleOf = (token: Pick<TokenSummary, 'cps' | 'pin'>): PinRule => {
  if (token.cps) return { digitsOnly: true, min: 4, max: 4 };
  const min = Math.min(Math.max(token.pin.minLength, 1), PIN_MAX);
  const max = token.pin.maxLength >= min ? Math.min(token.pin.maxLength, PIN_MAX) : PIN_MAX;
  return { digitsOnly: false, min, max };
};

/** Whether `pin` fits the rule (no trimming: a PIN is taken exactly as typed). */
export const pinFits = (pin: string, rule: PinRule): boolean =>
  pin.length >= rule.min && pin.length <= rule.max && (!rule.digitsOnly || /^[0-9]+$/.test(pin));
