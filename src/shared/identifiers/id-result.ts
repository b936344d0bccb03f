import type { Result } from '../result.js';

/**
 * Why an identifier was refused. The UI turns these into plain sentences
 * (see messages.ts), so each code names one thing the user can fix.
 */
export type IdReason = 'empty' | 'length' | 'charset' | 'checksum' | 'type' | 'format';

/**
 * How far an accepted identifier was checked: 'luhn' and 'la-poste' verify the key;
 * 'format-only' means length and characters are right but we know no reliable key rule.
 */
export type CheckRule = 'luhn' | 'la-poste' | 'format-only';

export type ValidId = { readonly value: string; readonly rule: CheckRule };
export type IdError = { readonly reason: IdReason };
export type IdCheck = Result<ValidId, IdError>;

export type IdKind =
  | 'SIREN'
  | 'SIRET'
  | 'FINESS'
  | 'RPPS'
  | 'ADELI'
  | 'ADELI_CABINET'
  | 'RPPS_CABINET'
  | 'ID_NAT_STRUCT'
  | 'ID_NAT_PS';

/** Longer input is refused before any other work: no identifier we know is near this long. */
export const MAX_ID_INPUT_LENGTH = 64;

/**
 * What a person typed → what we compare: spaces (also no-break ones) removed, upper case.
 * Certificates never contain spaces in these values, so this only helps typed input.
 */
export const normalizeIdInput = (raw: string): string => raw.replace(/[\s\u00a0\u202f]+/g, '').toUpperCase();

/** Common pre-checks: returns the normalized string, or the reason it cannot be one. */
export const precheck = (raw: unknown): { ok: true; value: string } | { ok: false; error: IdError } => {
  if (typeof raw !== 'string') return { ok: false, error: { reason: 'empty' } };
  if (raw.length > MAX_ID_INPUT_LENGTH * 4) return { ok: false, error: { reason: 'length' } };
  const value = normalizeIdInput(raw);
  if (value.length === 0) return { ok: false, error: { reason: 'empty' } };
  if (value.length > MAX_ID_INPUT_LENGTH) return { ok: false, error: { reason: 'length' } };
  return { ok: true, value };
};

export const accept = (value: string, rule: CheckRule): IdCheck => ({ ok: true, value: { value, rule } });
export const refuse = (reason: IdReason): IdCheck => ({ ok: false, error: { reason } });
