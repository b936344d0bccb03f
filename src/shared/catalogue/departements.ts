import { DEPARTEMENTS } from './departements-data.js';
import type { Departement } from './departements-data.js';
import { foldLabel } from './text-normalize.js';

const BY_CODE: ReadonlyMap<string, Departement> = new Map(DEPARTEMENTS.map((d) => [d.code, d]));
const BY_NAME: ReadonlyMap<string, Departement> = new Map(DEPARTEMENTS.map((d) => [foldLabel(d.name), d]));

const CODE = /^(?:\d{2,3}|2[AB])$/;
const TRAILING_CODE = /\(\s*(\d{2,3}|2[AaBb])\s*\)\s*$/;

export const getDepartement = (code: string): Departement | undefined =>
  typeof code === 'string' ? BY_CODE.get(code.trim().toUpperCase()) : undefined;

/**
 * Reads the ST attribute of a structure DN: "Rhône (69)", "Corse-du-Sud (2A)", a bare
 * code ("69") or a bare name ("Rhône"). When a code is in parentheses it wins over the
 * name, because the code is the part software compares; the name we return is always our
 * own spelling. Anything else gives undefined.
 */
export const parseDepartement = (st: string): Departement | undefined => {
  if (typeof st !== 'string' || st.length === 0 || st.length > 200) return undefined;
  const text = st.trim();
  const trailing = TRAILING_CODE.exec(text);
  if (trailing?.[1] !== undefined) return BY_CODE.get(trailing[1].toUpperCase());
  const upper = text.toUpperCase();
  if (CODE.test(upper)) return BY_CODE.get(upper);
  return BY_NAME.get(foldLabel(text));
};

export { DEPARTEMENTS };
export type { Departement };
