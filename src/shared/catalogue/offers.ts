import type { ProductCode } from '../model/igc-sante.js';
import type { Localized } from './localized.js';

export type OfferCode = 'SERV' | 'ORG' | 'PRO' | 'PS';

export type Offer = {
  readonly code: OfferCode;
  /** A legal person (a structure's server or application) or a natural person. */
  readonly holderKind: 'legal-person' | 'natural-person';
  readonly name: Localized;
  /** Who or what the certificate identifies. */
  readonly holder: Localized;
  readonly products: readonly ProductCode[];
};

export const OFFERS: readonly Offer[] = [
  {
    code: 'SERV',
    holderKind: 'legal-person',
    name: { fr: 'Personne morale — Serveur', en: 'Legal person — Server' },
    holder: {
      fr: 'Un serveur appartenant à une structure (établissement, éditeur, hébergeur…), identifié par son nom DNS.',
      en: 'A server belonging to a structure (care facility, software vendor, host…), identified by its DNS name.',
    },
    products: ['SERV_SSL', 'SERV_SIGN', 'SERV_CONF'],
  },
  {
    code: 'ORG',
    holderKind: 'legal-person',
    name: { fr: 'Personne morale — Organisation', en: 'Legal person — Organisation' },
    holder: {
      fr: "Une application d'une structure, qui agit au nom de celle-ci.",
      en: 'An application of a structure, acting on its behalf.',
    },
    products: ['ORG_AUTH_CLI', 'ORG_SIGN', 'ORG_CONF'],
  },
  {
    code: 'PRO',
    holderKind: 'natural-person',
    name: { fr: 'Personne physique — Professionnel', en: 'Natural person — Professional' },
    holder: {
      fr: "Une personne qui travaille dans une structure (professionnel de santé, personnel d'établissement ou personnel autorisé) ; la demande est faite par un mandataire de la structure.",
      en: 'A person working in a structure (health professional, facility staff or authorised staff); a representative of the structure places the order.',
    },
    products: ['PRO_AUTH', 'PRO_SIGN', 'PRO_CONF'],
  },
  {
    code: 'PS',
    holderKind: 'natural-person',
    name: { fr: 'Personne physique — Professionnel de santé', en: 'Natural person — Health professional' },
    holder: {
      fr: 'Un professionnel de santé, qui commande lui-même son certificat.',
      en: 'A health professional, who orders the certificate personally.',
    },
    products: ['PS_AUTH', 'PS_SIGN', 'PS_CONF'],
  },
];

export const getOffer = (code: OfferCode): Offer | undefined => OFFERS.find((o) => o.code === code);
