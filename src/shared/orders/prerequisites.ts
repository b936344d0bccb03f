import type { Lang, Localized } from '../catalogue/localized.js';
import type { Environment } from '../model/igc-sante.js';

/** Who is about to order: the checklist's wording and order depend on it. */
export type UserType = 'doctor' | 'structure' | 'it-admin';

export type PrerequisiteId = 'habilitation' | 'login-means' | 'test-card' | 'key-custody' | 'single-machine';

export type Prerequisite = {
  readonly id: PrerequisiteId;
  readonly title: Localized;
  readonly detail: Localized;
  /** Set when the item only matters on one platform (the test card: TEST only). */
  readonly onlyFor: Environment | null;
};

type Texts = { readonly title: Localized; readonly detail: Localized };

const HABILITATION: Readonly<Record<UserType, Texts>> = {
  doctor: {
    title: { fr: 'Être administrateur technique', en: 'Be the technical administrator' },
    detail: {
      fr: 'Sur la plateforme IGC-Santé, les commandes passent par un administrateur technique, désigné par le représentant légal du cabinet ou de la structure. Si vous êtes vous-même ce représentant, vous pouvez vous désigner, ou désigner votre éditeur de logiciel.',
      en: 'On the IGC-Santé platform, orders go through a technical administrator appointed by the legal representative of the practice or structure. If you are that representative, you can appoint yourself, or your software vendor.',
    },
  },
  structure: {
    title: { fr: 'Désigner un administrateur technique', en: 'Appoint a technical administrator' },
    detail: {
      fr: 'Le représentant légal de la structure donne le rôle d’administrateur technique à la personne qui commandera les certificats : un salarié, ou votre prestataire ou éditeur.',
      en: 'The legal representative of the structure gives the technical administrator role to the person who will order the certificates: an employee, or your service provider or vendor.',
    },
  },
  'it-admin': {
    title: { fr: 'Obtenir le rôle d’administrateur technique', en: 'Get the technical administrator role' },
    detail: {
      fr: 'Demandez au représentant légal de la structure de vous désigner administrateur technique sur la plateforme IGC-Santé : sans ce rôle, vous ne pourrez ni commander ni retirer de certificat.',
      en: 'Ask the legal representative of the structure to appoint you technical administrator on the IGC-Santé platform: without that role you can neither order nor retrieve a certificate.',
    },
  },
};

const LOGIN: Texts = {
  title: { fr: 'Pouvoir se connecter à la plateforme', en: 'Be able to log in to the platform' },
  detail: {
    fr: 'Il faut une carte CPS ou CPE avec son lecteur (et le code de la carte), ou l’application e-CPS via Pro Santé Connect.',
    en: 'You need a CPS or CPE card with its reader (and the card PIN), or the e-CPS app through Pro Santé Connect.',
  },
};

const TEST_CARD: Texts = {
  title: { fr: 'Une carte de test pour la plateforme de test', en: 'A test card for the test platform' },
  detail: {
    fr: 'La plateforme de TEST ne s’ouvre pas avec une vraie carte : commandez une carte de test (MIE) avec le formulaire F414, avant de commencer.',
    en: 'The TEST platform does not open with a real card: order a test card (MIE) with form F414 before you start.',
  },
};

const KEY_CUSTODY: Texts = {
  title: { fr: 'Un endroit sûr pour la clé privée', en: 'A safe place for the private key' },
  detail: {
    fr: 'La clé privée est créée sur cet ordinateur et rangée dans le coffre chiffré de Vigie. Qui a la clé peut agir au nom du titulaire : limitez qui peut ouvrir le coffre.',
    en: 'The private key is created on this computer and kept in the encrypted Vigie vault. Whoever holds the key can act in the holder’s name: limit who can open the vault.',
  },
};

const SINGLE_MACHINE: Texts = {
  title: { fr: 'Une clé, une seule machine', en: 'One key, one machine' },
  detail: {
    fr: 'Ne copiez pas la clé privée sur plusieurs ordinateurs ou serveurs : chaque machine qui en a besoin reçoit son propre certificat.',
    en: 'Do not copy the private key to several computers or servers: each machine that needs one gets its own certificate.',
  },
};

const item = (id: PrerequisiteId, t: Texts, onlyFor: Environment | null = null): Prerequisite => ({
  id,
  ...t,
  onlyFor,
});

/**
 * The checklist shown before a first order, from the platform's lifecycle (domain brief
 * §4). A doctor meets the login question first; a structure starts by appointing someone.
 * Without `environment`, the TEST-only item is included (marked by `onlyFor`).
 */
export const prerequisitesFor = (userType: UserType, environment?: Environment): readonly Prerequisite[] => {
  const habilitation = item('habilitation', HABILITATION[userType]);
  const login = item('login-means', LOGIN);
  const first = userType === 'doctor' ? [login, habilitation] : [habilitation, login];
  const all = [
    ...first,
    item('test-card', TEST_CARD, 'test'),
    item('key-custody', KEY_CUSTODY),
    item('single-machine', SINGLE_MACHINE),
  ];
  return environment === undefined ? all : all.filter((p) => p.onlyFor === null || p.onlyFor === environment);
};

export const prerequisiteText = (p: Prerequisite, lang: Lang): { title: string; detail: string } => ({
  title: p.title[lang],
  detail: p.detail[lang],
});
