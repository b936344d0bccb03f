import type { PersonHolder, StructureHolder } from '../../../src/shared/model/order.js';
import type { SubjectAttribute } from '../../../src/shared/csr/subject-spec.js';

/** The ANS TEST structure seen on real certificates: FINESS 0B0221636, in the Rhône. */
export const structure = (over: Partial<StructureHolder> = {}): StructureHolder => ({
  kind: 'structure',
  legalName: 'Hôpital Exemple',
  structureIdType: 'FINESS',
  structureId: '0B0221636',
  departement: '69',
  commonName: 'Logiciel DMP',
  dnsNames: [],
  ...over,
});

export const server = (over: Partial<StructureHolder> = {}): StructureHolder =>
  structure({ commonName: 'mss.hopital-exemple.fr', ...over });

/** RPPS 10002727377 (Luhn-valid), a physician. */
export const person = (over: Partial<PersonHolder> = {}): PersonHolder => ({
  kind: 'person',
  personIdType: 'RPPS',
  personId: '10002727377',
  surname: 'Dupré',
  givenName: 'Hélène',
  professionCode: '10',
  ...over,
});

export const employer = {
  legalName: 'Clinique Exemple',
  structureIdType: 'SIRET' as const,
  structureId: '73282932000074',
  departement: '2A',
};

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

export const at = (attr: SubjectAttribute['attr'], value: string): SubjectAttribute => ({
  attr,
  oid: OID[attr],
  value,
  encoding: attr === 'C' ? 'PrintableString' : 'UTF8String',
});
