import type { ProductCode } from '../model/igc-sante.js';
import type { Localized } from './localized.js';
import type { Usage } from './product-profiles.js';

export type ProductText = {
  /** A few words for a list or a badge. */
  readonly label: Localized;
  /** What the certificate is for, in words a doctor understands (our own wording). */
  readonly description: Localized;
};

export const USAGE_LABELS: Readonly<Record<Usage, Localized>> = {
  AUTH: { fr: 'Authentification', en: 'Authentication' },
  SSL: { fr: 'Serveur sécurisé (TLS)', en: 'Secure server (TLS)' },
  SIGN: { fr: 'Signature / cachet', en: 'Signature / seal' },
  CONF: { fr: 'Confidentialité (chiffrement)', en: 'Confidentiality (encryption)' },
};

export const PRODUCT_TEXTS: Readonly<Record<ProductCode, ProductText>> = {
  SERV_SSL: {
    label: { fr: 'Serveur sécurisé (TLS)', en: 'Secure server (TLS)' },
    description: {
      fr: "Prouve l'identité d'un serveur de votre structure quand un logiciel, une personne ou un autre serveur s'y connecte, et protège la liaison (HTTPS). Le serveur peut aussi s'en servir pour se présenter à un autre serveur.",
      en: "Proves the identity of one of your structure's servers when software, a person or another server connects to it, and protects the link (HTTPS). The server can also use it to introduce itself to another server.",
    },
  },
  SERV_SIGN: {
    label: { fr: 'Cachet de serveur', en: 'Server seal' },
    description: {
      fr: "Permet à un serveur de votre structure d'apposer un cachet électronique sur des documents ou des messages : on sait d'où ils viennent et qu'ils n'ont pas été modifiés.",
      en: "Lets one of your structure's servers put an electronic seal on documents or messages, so everyone knows where they come from and that nobody changed them.",
    },
  },
  SERV_CONF: {
    label: { fr: 'Chiffrement vers un serveur', en: 'Encryption to a server' },
    description: {
      fr: "Permet à d'autres de chiffrer des données destinées à un serveur de votre structure : seul ce serveur pourra les lire.",
      en: "Lets others encrypt data meant for one of your structure's servers: only that server can read it.",
    },
  },
  ORG_AUTH_CLI: {
    label: { fr: "Authentification d'application", en: 'Application authentication' },
    description: {
      fr: 'Permet à une application de votre structure de prouver qui elle est quand elle se connecte à un service national ou à un autre serveur.',
      en: 'Lets an application of your structure prove who it is when it connects to a national service or another server.',
    },
  },
  ORG_SIGN: {
    label: { fr: 'Cachet de la structure', en: 'Organisation seal' },
    description: {
      fr: "Permet à une application de signer des documents ou des courriels au nom de votre structure : on sait qu'ils viennent d'elle et qu'ils n'ont pas été modifiés.",
      en: 'Lets an application sign documents or e-mails on behalf of your structure, proving they come from it and were not changed.',
    },
  },
  ORG_CONF: {
    label: { fr: 'Chiffrement vers la structure', en: 'Encryption to the organisation' },
    description: {
      fr: "Permet à d'autres de chiffrer des données destinées à votre structure : elle seule pourra les déchiffrer.",
      en: 'Lets others encrypt data meant for your structure: only the structure can decrypt it.',
    },
  },
  PRO_AUTH: {
    label: { fr: 'Authentification du professionnel', en: 'Professional authentication' },
    description: {
      fr: "Permet à une personne travaillant dans votre structure (soignant, personnel d'établissement ou personnel autorisé) de prouver son identité auprès d'un serveur, d'une application ou d'une autre personne.",
      en: 'Lets a person working in your structure (carer, facility staff or authorised staff) prove who they are to a server, an application or another person.',
    },
  },
  PRO_SIGN: {
    label: { fr: 'Signature du professionnel', en: 'Professional signature' },
    description: {
      fr: 'Permet à cette personne de signer électroniquement des documents dans le cadre de la structure qui l’emploie.',
      en: 'Lets this person sign documents electronically as part of the structure that employs them.',
    },
  },
  PRO_CONF: {
    label: { fr: 'Chiffrement vers le professionnel', en: 'Encryption to the professional' },
    description: {
      fr: "Permet à d'autres de chiffrer des données pour cette personne : elle seule pourra les lire.",
      en: 'Lets others encrypt data for this person: only they can read it.',
    },
  },
  PS_AUTH: {
    label: { fr: 'Authentification du professionnel de santé', en: 'Health professional authentication' },
    description: {
      fr: "Permet à un professionnel de santé de prouver son identité auprès d'un serveur, d'une application ou d'une autre personne, par exemple depuis sa tablette.",
      en: 'Lets a health professional prove who they are to a server, an application or another person, for example from a tablet.',
    },
  },
  PS_SIGN: {
    label: { fr: 'Signature du professionnel de santé', en: 'Health professional signature' },
    description: {
      fr: 'Permet à un professionnel de santé de signer électroniquement des documents, par exemple une ordonnance ou un compte rendu.',
      en: 'Lets a health professional sign documents electronically, for example a prescription or a medical report.',
    },
  },
  PS_CONF: {
    label: { fr: 'Chiffrement vers le professionnel de santé', en: 'Encryption to the health professional' },
    description: {
      fr: "Permet à d'autres de chiffrer des données pour un professionnel de santé, par exemple un message sécurisé : lui seul pourra les lire.",
      en: 'Lets others encrypt data for a health professional, for example a secure message: only they can read it.',
    },
  },
};
