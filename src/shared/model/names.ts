import { z } from 'zod';

/** One attribute of a distinguished name, read from ASN.1 (never by splitting strings). */
export const NameAttribute = z.object({
  oid: z.string(),
  /** Short name when known (C, ST, O, OU, CN, SN, GN, title, …). */
  short: z.string().nullable(),
  /** At most MAX_TEXT_CHARS characters (src/shared/text-cap.ts). */
  value: z.string(),
  /** Set only when `value` was cut: the original length in characters. */
  truncatedFrom: z.number().int().optional(),
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
  /** A cut value ends with the truncation mark (src/shared/text-cap.ts). */
  value: z.string(),
  /** Set only when `value` was cut: the original length in characters. */
  truncatedFrom: z.number().int().optional(),
});
export type GeneralName = z.infer<typeof GeneralName>;
