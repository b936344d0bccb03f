import type { DistinguishedName } from '../model/names.js';

/** The name attributes that reports break out (x509-certificate-exporter's label set). */
export const NAME_FIELDS = ['C', 'ST', 'L', 'O', 'OU', 'CN'] as const;
/**
 * Kept too: a person's given name and surname (PS certificates, CPS cards), whose CN is a
 * national identifier, so the list can name the person rather than a number.
 */
export const PERSON_FIELDS = ['GN', 'SN'] as const;
export type NameField = (typeof NAME_FIELDS)[number] | (typeof PERSON_FIELDS)[number];
export type NameFields = Partial<Record<NameField, string>>;
const KEPT: readonly NameField[] = [...NAME_FIELDS, ...PERSON_FIELDS];

/** The first value of each of those attributes in a decoded name (they rarely repeat). */
export const nameFields = (dn: DistinguishedName): NameFields => {
  const fields: NameFields = {};
  for (const rdn of dn.rdns)
    for (const a of rdn) {
      const f = KEPT.find((n) => n === a.short);
      if (f && fields[f] === undefined) fields[f] = a.value;
    }
  return fields;
};
