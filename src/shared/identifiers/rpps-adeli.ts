import { accept, precheck, refuse } from './id-result.js';
import type { IdCheck } from './id-result.js';
import { luhnValid } from './luhn.js';

const DIGITS = /^[0-9]+$/;
const ADELI_CHARSET = /^[0-9AB]+$/;
const ADELI_SHAPE = /^(?:[0-9]{2}|2[AB])[0-9]{7}$/;

/** RPPS: 11 digits, the last a Luhn key. */
export const validateRpps = (raw: string): IdCheck => {
  const pre = precheck(raw);
  if (!pre.ok) return pre;
  const v = pre.value;
  if (!DIGITS.test(v)) return refuse('charset');
  if (v.length !== 11) return refuse('length');
  return luhnValid(v) ? accept(v, 'luhn') : refuse('checksum');
};

/**
 * ADELI (and ADELI cabinet numbers): 9 characters starting with the département code
 * (2A/2B allowed). The last digit is described as a key, but we found no dependable
 * statement of its algorithm, so we check the shape only ('format-only') instead of
 * guessing and rejecting real numbers.
 */
export const validateAdeli = (raw: string): IdCheck => {
  const pre = precheck(raw);
  if (!pre.ok) return pre;
  const v = pre.value;
  if (!ADELI_CHARSET.test(v)) return refuse('charset');
  if (v.length !== 9) return refuse('length');
  if (!ADELI_SHAPE.test(v)) return refuse('format');
  return accept(v, 'format-only');
};

/**
 * RPPS cabinet ("N° RPPS-rang", idNat_Struct type 4). ANS documents it as an RPPS number
 * followed by a rank but we have seen no example, so: digits only, at least the 11 of an
 * RPPS number, format-only.
 */
export const validateRppsCabinet = (raw: string): IdCheck => {
  const pre = precheck(raw);
  if (!pre.ok) return pre;
  const v = pre.value;
  if (!DIGITS.test(v)) return refuse('charset');
  if (v.length < 11 || v.length > 20) return refuse('length');
  return accept(v, 'format-only');
};
