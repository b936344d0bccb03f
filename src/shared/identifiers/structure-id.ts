import type { IgcSanteInfo, StructureIdType } from '../model/igc-sante.js';
import { MAX_ID_INPUT_LENGTH, refuse } from './id-result.js';
import type { IdCheck } from './id-result.js';
import { validateFiness } from './finess.js';
import { validateAdeli, validateRppsCabinet } from './rpps-adeli.js';
import { validateSiren, validateSiret } from './siren-siret.js';

export type StructureId = NonNullable<IgcSanteInfo['structureId']>;

/** idNat_Struct type digit → identifier (ANS): 0 ADELI cabinet, 1 FINESS, 2 SIREN, 3 SIRET, 4 RPPS cabinet. */
export const STRUCTURE_TYPE_BY_DIGIT: Readonly<Record<string, StructureIdType>> = {
  '0': 'ADELI',
  '1': 'FINESS',
  '2': 'SIREN',
  '3': 'SIRET',
  '4': 'RPPS',
};

export const STRUCTURE_DIGIT_BY_TYPE: Readonly<Record<StructureIdType, string>> = {
  ADELI: '0',
  FINESS: '1',
  SIREN: '2',
  SIRET: '3',
  RPPS: '4',
};

/** Checks the number part of an idNat_Struct (without its type digit). */
export const validateStructureNumber = (type: StructureIdType, value: string): IdCheck => {
  switch (type) {
    case 'ADELI':
      return validateAdeli(value);
    case 'FINESS':
      return validateFiness(value);
    case 'SIREN':
      return validateSiren(value);
    case 'SIRET':
      return validateSiret(value);
    case 'RPPS':
      return validateRppsCabinet(value);
  }
};

/**
 * Decodes an idNat_Struct as written in a certificate's OU (e.g. "10B0221636" → FINESS
 * 0B0221636). The text is taken literally: a certificate never holds spaces here, so one
 * that does is reported invalid rather than silently cleaned. Returns null only for input
 * that cannot be an identifier at all (empty, absurdly long); an unknown type digit gives
 * type null and valid false so the UI can still show the raw value.
 */
export const parseStructureId = (raw: string): StructureId | null => {
  if (typeof raw !== 'string' || raw.length < 2 || raw.length > MAX_ID_INPUT_LENGTH) return null;
  const type = STRUCTURE_TYPE_BY_DIGIT[raw.charAt(0)] ?? null;
  const value = raw.slice(1);
  if (type === null) return { type: null, value, raw, valid: false };
  const check =
    value === value.trim() && !/\s/.test(value) ? validateStructureNumber(type, value) : refuse('charset');
  return { type, value, raw, valid: check.ok && check.value.value === value };
};

/**
 * CA certificates name ANS as "0002 187512751": ISO 6523 code 0002 (SIRENE) + SIREN. That is
 * not an idNat_Struct; we read it as a SIREN so the UI can show who runs the CA.
 */
export const parseIso6523SirenId = (raw: string): StructureId | null => {
  if (typeof raw !== 'string') return null;
  const m = /^0002 ([0-9]{9})$/.exec(raw);
  if (m?.[1] === undefined) return null;
  return { type: 'SIREN', value: m[1], raw, valid: validateSiren(m[1]).ok };
};
