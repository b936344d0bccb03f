import type { DistinguishedName } from '../model/names.js';

/** The name attributes shown apart (holder, structure…) and that reports break out. */
export const NAME_FIELDS = ['C', 'ST', 'L', 'O', 'OU', 'CN'] as const;
export type NameField = (typeof NAME_FIELDS)[number];
export type NameFields = Partial<Record<NameField, string>>;

/** The first value of each of those attributes in a decoded name (they rarely repeat). */
export const nameFields = (dn: DistinguishedName): NameFields => {
  const fields: NameFields = {};
  for (const rdn of dn.rdns)
    for (const a of rdn) {
      const f = NAME_FIELDS.find((n) => n === a.short);
      if (f && fields[f] === undefined) fields[f] = a.value;
    }
  return fields;
};
