import { accept, precheck, refuse } from './id-result.js';
import type { IdCheck } from './id-result.js';
import { luhnValid } from './luhn.js';

/**
 * Where a FINESS number's two-character prefix points:
 * - 'departement': 01-95 (metropolitan département of the establishment);
 * - 'outre-mer': 97x / 98x (overseas, the 3rd digit tells which);
 * - 'corse': 2A / 2B;
 * - 'non-geographic': any other digit + letter. ANS TEST structures use such prefixes
 *   (a real TEST certificate carries FINESS 0B0221636), so they are legitimate on TEST.
 */
export type FinessPrefixKind = 'departement' | 'outre-mer' | 'corse' | 'non-geographic';

const SHAPE = /^[0-9][0-9A-Z][0-9]{7}$/;
const CHARSET = /^[0-9A-Z]+$/;

export const finessPrefixKind = (finess: string): FinessPrefixKind => {
  const prefix = finess.slice(0, 2).toUpperCase();
  if (prefix === '2A' || prefix === '2B') return 'corse';
  if (/^9[78]$/.test(prefix)) return 'outre-mer';
  if (/^[0-9]{2}$/.test(prefix) && prefix !== '00' && prefix !== '20' && prefix < '96') return 'departement';
  return 'non-geographic';
};

/**
 * FINESS: 9 characters, two for the place, six for the order number, one key.
 *
 * Key rule, all-digit numbers (H): Luhn over the 9 digits. We checked it against 37 real
 * FINESS numbers (metropolitan and overseas, juridique and géographique) from the public
 * FINESS extract; all pass.
 *
 * Letter prefixes: we found no reliable statement of how "2A"/"2B" (Corsica) or TEST
 * prefixes such as "0B" enter the key. Rather than invent a rule that could reject real
 * certificates, we check their shape only (digit, letter, 7 digits) and say so with
 * rule 'format-only'. The ANS TEST FINESS 0B0221636 is therefore accepted (format-only);
 * note it would fail with a "letter counts as 0" rule, which is one reason not to guess.
 */
export const validateFiness = (raw: string): IdCheck => {
  const pre = precheck(raw);
  if (!pre.ok) return pre;
  const v = pre.value;
  if (!CHARSET.test(v)) return refuse('charset');
  if (v.length !== 9) return refuse('length');
  if (!SHAPE.test(v)) return refuse('format');
  if (/^[0-9]{9}$/.test(v)) return luhnValid(v) ? accept(v, 'luhn') : refuse('checksum');
  return accept(v, 'format-only');
};
