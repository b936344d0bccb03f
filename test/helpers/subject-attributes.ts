import type { SubjectAttribute } from '../../src/shared/csr/subject-spec.js';

// OIDs written out on purpose, not taken from the catalogue: a wrong OID there must fail here.
const OID = {
  C: '2.5.4.6',
  ST: '2.5.4.8',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  CN: '2.5.4.3',
  SN: '2.5.4.4',
  GN: '2.5.4.42',
  title: '2.5.4.12',
} as const;

/** One expected subject attribute: C as a PrintableString, everything else UTF-8. */
export const at = (attr: SubjectAttribute['attr'], value: string): SubjectAttribute => ({
  attr,
  oid: OID[attr],
  value,
  encoding: attr === 'C' ? 'PrintableString' : 'UTF8String',
});
