import type { Confidence, Localized } from './localized.js';
import { DN_OID } from './oids.js';

export type DnAttributeName = 'C' | 'ST' | 'O' | 'OU' | 'CN' | 'SN' | 'GN' | 'title';

/** What an attribute holds, so a form can explain and check each field. */
export type DnContent =
  | 'country-fr'
  | 'departement'
  | 'legal-name'
  | 'idnat-struct'
  | 'service-name'
  | 'fqdn'
  | 'profession-label'
  | 'surname'
  | 'idnat-ps'
  | 'given-name';

export type DnAttributeSpec = {
  readonly attr: DnAttributeName;
  readonly oid: string;
  /** C is a PrintableString; every other attribute is UTF-8 with accents kept (H). */
  readonly encoding: 'PrintableString' | 'UTF8String';
  readonly content: DnContent;
  readonly required: boolean;
};

export type DnShapeKind = 'structure' | 'server' | 'person' | 'professional';

export type DnShape = {
  readonly kind: DnShapeKind;
  /** RDNs in DER order; an inner list of several attributes is one multi-valued RDN. */
  readonly rdns: readonly (readonly DnAttributeSpec[])[];
  readonly confidence: Confidence;
};

const attr = (name: DnAttributeName, content: DnContent, required = true): DnAttributeSpec => ({
  attr: name,
  oid: DN_OID[name],
  encoding: name === 'C' ? 'PrintableString' : 'UTF8String',
  content,
  required,
});

/** ORG certificates: C, ST, O, OU, CN in that DER order; CN is free text (H). */
export const STRUCTURE_DN: DnShape = {
  kind: 'structure',
  rdns: [
    [attr('C', 'country-fr')],
    [attr('ST', 'departement')],
    [attr('O', 'legal-name')],
    [attr('OU', 'idnat-struct')],
    [attr('CN', 'service-name')],
  ],
  confidence: 'H',
};

/** SERV certificates: same as ORG, but CN is the server's FQDN (H for SERV_SSL). */
export const SERVER_DN: DnShape = {
  kind: 'server',
  rdns: [
    [attr('C', 'country-fr')],
    [attr('ST', 'departement')],
    [attr('O', 'legal-name')],
    [attr('OU', 'idnat-struct')],
    [attr('CN', 'fqdn')],
  ],
  confidence: 'H',
};

/** PS certificates: C, title, then one multi-valued RDN {SN + CN + GN}; no O/OU (H). */
export const PERSON_DN: DnShape = {
  kind: 'person',
  rdns: [
    [attr('C', 'country-fr')],
    [attr('title', 'profession-label')],
    [attr('SN', 'surname'), attr('CN', 'idnat-ps'), attr('GN', 'given-name')],
  ],
  confidence: 'H',
};

/**
 * PRO certificates were never observed. By analogy with CPE cards we expect the
 * structure's attributes plus the person's multi-valued RDN, CN being
 * `<type digit><structure id>/<local id>`. The title is optional because a PRO holder may
 * be non-medical staff (L).
 */
export const PROFESSIONAL_DN: DnShape = {
  kind: 'professional',
  rdns: [
    [attr('C', 'country-fr')],
    [attr('ST', 'departement', false)],
    [attr('O', 'legal-name')],
    [attr('OU', 'idnat-struct')],
    [attr('title', 'profession-label', false)],
    [attr('SN', 'surname'), attr('CN', 'idnat-ps'), attr('GN', 'given-name')],
  ],
  confidence: 'L',
};

export const DN_CONTENT_LABELS: Readonly<Record<DnContent, Localized>> = {
  'country-fr': { fr: 'Pays (toujours FR)', en: 'Country (always FR)' },
  departement: {
    fr: 'Département, sous la forme « Rhône (69) »',
    en: 'Département, written as "Rhône (69)"',
  },
  'legal-name': { fr: 'Raison sociale de la structure', en: 'Legal name of the structure' },
  'idnat-struct': {
    fr: 'Identifiant national de la structure (chiffre de type + numéro, ex. 1 + FINESS)',
    en: 'National structure identifier (type digit + number, e.g. 1 + FINESS)',
  },
  'service-name': {
    fr: "Nom de l'application ou du service (texte libre)",
    en: 'Name of the application or service (free text)',
  },
  fqdn: { fr: 'Nom DNS complet du serveur', en: "Server's fully qualified DNS name" },
  'profession-label': { fr: 'Profession (ex. Médecin)', en: 'Profession (e.g. Médecin)' },
  surname: { fr: 'Nom de famille', en: 'Surname' },
  'idnat-ps': {
    fr: 'Identifiant national de la personne (ex. 8 + RPPS)',
    en: "Person's national identifier (e.g. 8 + RPPS)",
  },
  'given-name': { fr: 'Prénom', en: 'Given name' },
};
