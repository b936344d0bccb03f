import type { IgcSanteInfo, StructureIdType } from '../model/igc-sante.js';
import { MAX_ID_INPUT_LENGTH } from './id-result.js';
import type { IdCheck } from './id-result.js';
import { validateAdeli, validateRpps } from './rpps-adeli.js';
import { validateStructureNumber } from './structure-id.js';

export type PersonId = NonNullable<IgcSanteInfo['personId']>;

/**
 * idNat_PS type digits for "structure id / local number" (ANS): 1 ADELI cabinet,
 * 3 FINESS, 4 SIREN, 5 SIRET, 6 RPPS cabinet. Note they differ from idNat_Struct digits.
 */
export const PERSON_STRUCTURE_TYPE_BY_DIGIT: Readonly<Record<string, StructureIdType>> = {
  '1': 'ADELI',
  '3': 'FINESS',
  '4': 'SIREN',
  '5': 'SIRET',
  '6': 'RPPS',
};

export type StructureLocalId = {
  readonly structureType: StructureIdType;
  readonly structureNumber: string;
  readonly localId: string;
};

/** Splits "3" + "0B0221636/12345" style idNat_PS into its parts; null if it is not one. */
export const splitStructureLocalId = (raw: string): StructureLocalId | null => {
  if (typeof raw !== 'string' || raw.length > MAX_ID_INPUT_LENGTH) return null;
  const structureType = PERSON_STRUCTURE_TYPE_BY_DIGIT[raw.charAt(0)];
  if (structureType === undefined) return null;
  const rest = raw.slice(1);
  const slash = rest.indexOf('/');
  if (slash < 0) return null;
  return { structureType, structureNumber: rest.slice(0, slash), localId: rest.slice(slash + 1) };
};

const LOCAL_ID = /^[0-9A-Za-z._-]{1,30}$/;

/** Checks the structure part and the local part of a "structure / local" idNat_PS. */
export const validateStructureLocalId = (parts: StructureLocalId): boolean => {
  const structure: IdCheck = validateStructureNumber(parts.structureType, parts.structureNumber);
  return structure.ok && structure.value.value === parts.structureNumber && LOCAL_ID.test(parts.localId);
};

/**
 * Decodes an idNat_PS (the CN of a person certificate): "8" + RPPS, "0" + ADELI, or
 * 1/3/4/5/6 + structure id + "/" + local number. Returns null when the first digit is
 * not one of those (nothing sensible to show as a person identifier).
 */
export const parsePersonId = (raw: string): PersonId | null => {
  if (typeof raw !== 'string' || raw.length < 2 || raw.length > MAX_ID_INPUT_LENGTH) return null;
  const digit = raw.charAt(0);
  const value = raw.slice(1);
  if (digit === '8') {
    const check = validateRpps(value);
    return { type: 'RPPS', value, raw, valid: check.ok && check.value.value === value };
  }
  if (digit === '0') {
    const check = validateAdeli(value);
    return { type: 'ADELI', value, raw, valid: check.ok && check.value.value === value };
  }
  if (PERSON_STRUCTURE_TYPE_BY_DIGIT[digit] === undefined) return null;
  const parts = splitStructureLocalId(raw);
  return { type: 'STRUCTURE_LOCAL', value, raw, valid: parts !== null && validateStructureLocalId(parts) };
};
