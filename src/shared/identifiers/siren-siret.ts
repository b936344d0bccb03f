import { accept, precheck, refuse } from './id-result.js';
import type { IdCheck } from './id-result.js';
import { luhnValid } from './luhn.js';

const DIGITS = /^[0-9]+$/;

/** La Poste's SIREN: all its establishments share it, too many for Luhn-keyed NICs. */
export const LA_POSTE_SIREN = '356000000';

/** SIREN: 9 digits, the last a Luhn key (INSEE). */
export const validateSiren = (raw: string): IdCheck => {
  const pre = precheck(raw);
  if (!pre.ok) return pre;
  const v = pre.value;
  if (!DIGITS.test(v)) return refuse('charset');
  if (v.length !== 9) return refuse('length');
  return luhnValid(v) ? accept(v, 'luhn') : refuse('checksum');
};

/**
 * SIRET: SIREN + 5-digit NIC, Luhn over the 14 digits. Exception: La Poste establishments
 * (SIREN 356000000) use "sum of the 14 digits is a multiple of 5"; its head office
 * 35600000000048 passes Luhn instead, so both are accepted for that SIREN.
 */
export const validateSiret = (raw: string): IdCheck => {
  const pre = precheck(raw);
  if (!pre.ok) return pre;
  const v = pre.value;
  if (!DIGITS.test(v)) return refuse('charset');
  if (v.length !== 14) return refuse('length');
  if (luhnValid(v)) return accept(v, 'luhn');
  if (v.startsWith(LA_POSTE_SIREN)) {
    let sum = 0;
    for (const c of v) sum += c.charCodeAt(0) - 48;
    if (sum % 5 === 0) return accept(v, 'la-poste');
  }
  return refuse('checksum');
};
