import { z } from 'zod';

/** One attribute of a distinguished name, read from ASN.1 (never by splitting strings). */
export const NameAttribute = z.object({
  oid: z.string(),
  /** Short name when known (C, ST, O, OU, CN, SN, GN, title, …). */
  short: z.string().nullable(),
  value: z.string(),
});
export type NameAttribute = z.infer<typeof NameAttribute>;

export const DistinguishedName = z.object({
  /** RFC 4514-style display text, most significant RDN last (as openssl -nameopt RFC2253). */
  text: z.string(),
  /** RDNs in DER order; a multi-valued RDN (PS certificates) has several attributes. */
  rdns: z.array(z.array(NameAttribute)),
});
export type DistinguishedName = z.infer<typeof DistinguishedName>;

export const GeneralName = z.object({
  type: z.enum(['dns', 'email', 'ip', 'uri', 'dn', 'upn', 'other']),
  value: z.string(),
});
export type GeneralName = z.infer<typeof GeneralName>;
