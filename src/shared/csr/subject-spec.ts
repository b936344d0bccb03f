/**
 * What a CSR's subject and SAN must contain, attribute by attribute in DER order, built
 * from a product profile (catalogue) and a holder (model/order.ts). The CSR builder in
 * main encodes exactly this — it makes no decision of its own.
 */
export type SubjectAttribute = {
  /** Short name, for display and tests. */
  readonly attr: 'C' | 'ST' | 'O' | 'OU' | 'CN' | 'SN' | 'GN' | 'title';
  readonly oid: string;
  readonly value: string;
  /** C is a PrintableString; everything else UTF8String (accents kept). */
  readonly encoding: 'PrintableString' | 'UTF8String';
};

export type SubjectSpec = {
  /** RDNs in DER order; an inner list of several attributes is one multi-valued RDN. */
  readonly rdns: readonly (readonly SubjectAttribute[])[];
  /** dNSName SANs, first = CN, for SERV_SSL; empty otherwise. */
  readonly dnsNames: readonly string[];
};
