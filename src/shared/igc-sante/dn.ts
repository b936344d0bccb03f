import type { DistinguishedName, NameAttribute } from '../model/names.js';
import { DN_OID } from '../catalogue/oids.js';

/** All values of one attribute type, in DER order. Matching is by OID only. */
export const attrValues = (dn: DistinguishedName, oid: string): string[] =>
  dn.rdns.flatMap((rdn) => rdn.filter((a) => a.oid === oid).map((a) => a.value));

export const firstAttr = (dn: DistinguishedName, oid: string): string | null =>
  attrValues(dn, oid)[0] ?? null;

/** The (last) CN, which X.509 treats as the most specific name. */
export const commonName = (dn: DistinguishedName): string | null => attrValues(dn, DN_OID.CN).at(-1) ?? null;

/** The multi-valued RDN of person certificates ({SN + CN + GN}), if there is one. */
export const personRdn = (dn: DistinguishedName): readonly NameAttribute[] | null =>
  dn.rdns.find((rdn) => rdn.length > 1 && rdn.some((a) => a.oid === DN_OID.SN || a.oid === DN_OID.GN)) ??
  null;

/** True when the DN names a person (surname or given name, in a multi-valued RDN or not). */
export const namesAPerson = (dn: DistinguishedName): boolean =>
  attrValues(dn, DN_OID.SN).length > 0 || attrValues(dn, DN_OID.GN).length > 0;

const sameText = (a: string, b: string): boolean => a.trim().toUpperCase() === b;

/**
 * IGC-Santé CA names: O=ASIP-SANTE with OU=IGC-SANTE (production) or OU=IGC-SANTE TEST.
 * Returns the environment the OU states, or null when the DN is not an IGC-Santé CA name.
 */
export const igcOuEnvironment = (dn: DistinguishedName): 'production' | 'test' | null => {
  if (!attrValues(dn, DN_OID.O).some((o) => sameText(o, 'ASIP-SANTE'))) return null;
  const ous = attrValues(dn, DN_OID.OU);
  if (ous.some((ou) => sameText(ou, 'IGC-SANTE TEST'))) return 'test';
  if (ous.some((ou) => sameText(ou, 'IGC-SANTE'))) return 'production';
  return null;
};
