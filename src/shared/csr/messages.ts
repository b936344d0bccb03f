import type { Lang, Localized } from '../catalogue/localized.js';
import type { IdReason } from '../identifiers/id-result.js';
import { ID_REASON_MESSAGES } from '../identifiers/messages.js';
import type { FqdnErrorCode } from './fqdn.js';

/** Every code buildSubjectSpec can put in a FieldError. Identifier refusals keep their IdReason. */
export type SubjectFieldErrorCode =
  | FqdnErrorCode
  | IdReason
  | 'kind-mismatch'
  | 'unknown-departement'
  | 'unknown-structure-id-type'
  | 'unknown-person-id-type'
  | 'unknown-profession'
  | 'employer-required'
  | 'too-many-dns-names'
  | 'insi-cn'
  | 'cn-imposed-value';

/** Advice shown next to an order, never blocking. */
export type SubjectWarning =
  | 'conf-cannot-authenticate'
  | 'serv-ssl-needs-fqdn'
  | 'insi-own-certificate'
  | 'insi-shared-with-other-projects'
  | 'larger-keys-unconfirmed'
  | 'subject-unconfirmed';

const OWN: Readonly<Record<Exclude<SubjectFieldErrorCode, IdReason>, Localized>> = {
  required: { fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
  'too-long': {
    fr: 'Trop long : un certificat accepte au plus 64 caractères ici.',
    en: 'Too long: a certificate accepts at most 64 characters here.',
  },
  'control-character': {
    fr: 'Contient un retour à la ligne, une tabulation ou un autre caractère de commande : retirez-le.',
    en: 'Contains a line break, a tab or another control character: remove it.',
  },
  'invisible-character': {
    fr: "Contient un caractère invisible (par exemple un caractère qui inverse le sens d'écriture) : retapez le texte au clavier plutôt que de le coller.",
    en: 'Contains an invisible character (for example one that reverses the writing direction): type the text rather than pasting it.',
  },
  'unsupported-character': {
    fr: 'Contient un caractère qui ne peut pas figurer dans un certificat : retapez le texte au clavier.',
    en: 'Contains a character that cannot appear in a certificate: type the text again.',
  },
  'fqdn-too-long': {
    fr: 'Nom de serveur trop long (253 caractères au plus).',
    en: 'Server name too long (253 characters at most).',
  },
  'fqdn-wildcard': {
    fr: "Les noms avec « * » ne sont pas proposés : on ne sait pas si l'IGC-Santé les accepte. Indiquez le nom exact de chaque serveur.",
    en: 'Names with "*" are not offered: whether IGC-Santé accepts them is not known. Give the exact name of each server.',
  },
  'fqdn-character': {
    fr: 'Un nom de serveur ne contient que des lettres sans accent, des chiffres, des tirets et des points (ex. mss.hopital-exemple.fr). Pour un nom accentué, utilisez sa forme « xn-- ».',
    en: 'A server name holds only unaccented letters, digits, hyphens and dots (e.g. mss.example-hospital.fr). For an accented name, use its "xn--" form.',
  },
  'fqdn-label-empty': {
    fr: 'Le nom ne doit pas commencer ni finir par un point, ni contenir deux points de suite.',
    en: 'The name must not start or end with a dot, nor contain two dots in a row.',
  },
  'fqdn-label-too-long': {
    fr: 'Chaque partie du nom, entre deux points, fait au plus 63 caractères.',
    en: 'Each part of the name, between two dots, has at most 63 characters.',
  },
  'fqdn-label-hyphen': {
    fr: 'Une partie du nom ne peut pas commencer ni finir par un tiret.',
    en: 'A part of the name cannot start or end with a hyphen.',
  },
  'fqdn-single-label': {
    fr: 'Indiquez le nom complet du serveur, avec son domaine (ex. serveur.exemple.fr).',
    en: "Give the server's full name, with its domain (e.g. server.example.fr).",
  },
  'fqdn-numeric-tld': {
    fr: "Une adresse IP n'est pas acceptée : indiquez le nom DNS du serveur.",
    en: "An IP address is not accepted: give the server's DNS name.",
  },
  'kind-mismatch': {
    fr: 'Ce certificat est destiné à une structure ou à une personne, pas aux deux : le titulaire choisi ne correspond pas au produit.',
    en: 'This certificate is for either a structure or a person: the chosen holder does not match the product.',
  },
  'unknown-departement': {
    fr: 'Département inconnu : indiquez son numéro (ex. 69, 2A, 971).',
    en: 'Unknown département: give its number (e.g. 69, 2A, 971).',
  },
  'unknown-structure-id-type': {
    fr: "Choisissez le type d'identifiant de la structure (FINESS, SIRET, SIREN, ADELI ou RPPS).",
    en: "Choose the structure's identifier type (FINESS, SIRET, SIREN, ADELI or RPPS).",
  },
  'unknown-person-id-type': {
    fr: 'Choisissez le type de numéro de la personne (RPPS ou ADELI).',
    en: "Choose the kind of the person's number (RPPS or ADELI).",
  },
  'unknown-profession': {
    fr: "Profession inconnue de Vigie : choisissez-la dans la liste. Si elle n'y est pas, signalez-le-nous.",
    en: 'Profession unknown to Vigie: pick it from the list. If it is missing, tell us.',
  },
  'employer-required': {
    fr: 'Pour ce certificat, indiquez aussi la structure où la personne travaille (raison sociale et identifiant).',
    en: 'For this certificate, also give the structure the person works in (legal name and identifier).',
  },
  'too-many-dns-names': {
    fr: 'Trop de noms de serveur (50 au plus).',
    en: 'Too many server names (50 at most).',
  },
  'insi-cn': {
    fr: 'Pour INSi, le nom du certificat doit être exactement INSI-AUTO ou INSI-MANU.',
    en: 'For INSi, the certificate name must be exactly INSI-AUTO or INSI-MANU.',
  },
  'cn-imposed-value': {
    fr: 'Un des services choisis impose un nom précis pour ce certificat.',
    en: 'One of the chosen services requires a given name for this certificate.',
  },
};

export const FIELD_ERROR_MESSAGES: Readonly<Record<SubjectFieldErrorCode, Localized>> = {
  ...ID_REASON_MESSAGES,
  ...OWN,
};

export const SUBJECT_WARNING_MESSAGES: Readonly<Record<SubjectWarning, Localized>> = {
  'conf-cannot-authenticate': {
    fr: 'Ce certificat sert seulement à recevoir des données chiffrées : il ne permet pas de se connecter à un service. Pour cela, commandez un certificat d’authentification.',
    en: 'This certificate only lets others encrypt data for you: it cannot be used to log in to a service. For that, order an authentication certificate.',
  },
  'serv-ssl-needs-fqdn': {
    fr: 'Le nom du certificat doit être le nom DNS complet du serveur (ex. mss.hopital-exemple.fr), tel que les autres machines l’appellent.',
    en: "The certificate name must be the server's full DNS name (e.g. mss.example-hospital.fr), as other machines call it.",
  },
  'insi-own-certificate': {
    fr: 'INSi demande un certificat à lui seul, nommé INSI-AUTO ou INSI-MANU : ne le réutilisez pas pour un autre service.',
    en: 'INSi needs a certificate of its own, named INSI-AUTO or INSI-MANU: do not reuse it for another service.',
  },
  'insi-shared-with-other-projects': {
    fr: 'Cette commande sert aussi à d’autres services que INSi : commandez un certificat séparé pour eux.',
    en: 'This order also serves services other than INSi: order a separate certificate for them.',
  },
  'larger-keys-unconfirmed': {
    fr: 'Tous les certificats IGC-Santé connus utilisent des clés de 2048 bits ; rien ne confirme que la plateforme accepte une clé plus grande.',
    en: 'Every known IGC-Santé certificate uses a 2048-bit key; nothing confirms that the platform accepts a larger one.',
  },
  'subject-unconfirmed': {
    fr: 'Aucun certificat de ce type n’a pu être examiné : son contenu est déduit par analogie et la plateforme pourrait le refuser.',
    en: 'No certificate of this kind could be examined: its content is inferred by analogy and the platform may refuse it.',
  },
};

const FALLBACK: Localized = { fr: 'Cette valeur n’est pas acceptée.', en: 'This value is not accepted.' };

const isKnown = <K extends string>(table: Readonly<Record<K, Localized>>, code: string): code is K =>
  Object.prototype.hasOwnProperty.call(table, code);

/** Plain sentence for a FieldError code; codes from elsewhere get a generic sentence. */
export const fieldErrorMessage = (code: string, lang: Lang): string =>
  (isKnown(FIELD_ERROR_MESSAGES, code) ? FIELD_ERROR_MESSAGES[code] : FALLBACK)[lang];

export const subjectWarningMessage = (code: SubjectWarning, lang: Lang): string =>
  SUBJECT_WARNING_MESSAGES[code][lang];
