import type { PersonHolder, StructureHolder } from '../../../src/shared/model/order.js';

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

export { at } from '../../helpers/subject-attributes.js';
