import type { Lang, Localized } from '../catalogue/localized.js';
import type { CheckRule, IdKind, IdReason } from './id-result.js';

/** One sentence per refusal reason, in plain words. */
export const ID_REASON_MESSAGES: Readonly<Record<IdReason, Localized>> = {
  empty: { fr: 'Le numéro est vide.', en: 'The number is empty.' },
  length: {
    fr: "Le numéro n'a pas le bon nombre de caractères.",
    en: 'The number does not have the right number of characters.',
  },
  charset: {
    fr: 'Le numéro contient des caractères qui ne sont pas permis ici.',
    en: 'The number contains characters that are not allowed here.',
  },
  checksum: {
    fr: 'Le dernier chiffre (la clé) ne correspond pas au reste : un chiffre a sans doute été mal recopié.',
    en: 'The last digit (the check digit) does not match the rest: a digit was probably mistyped.',
  },
  type: {
    fr: "Le premier chiffre n'indique aucun type d'identifiant connu.",
    en: 'The first digit does not stand for any known kind of identifier.',
  },
  format: {
    fr: 'Les caractères sont permis, mais pas à cet endroit du numéro.',
    en: 'The characters are allowed, but not at this place in the number.',
  },
};

/** What each identifier is and what it should look like, to complete the sentence above. */
export const ID_KIND_TEXTS: Readonly<Record<IdKind, { name: Localized; expected: Localized }>> = {
  SIREN: {
    name: { fr: 'SIREN', en: 'SIREN' },
    expected: { fr: '9 chiffres.', en: '9 digits.' },
  },
  SIRET: {
    name: { fr: 'SIRET', en: 'SIRET' },
    expected: { fr: '14 chiffres (SIREN + 5 chiffres).', en: '14 digits (SIREN + 5 digits).' },
  },
  FINESS: {
    name: { fr: 'FINESS', en: 'FINESS' },
    expected: {
      fr: '9 caractères : le département (2A/2B pour la Corse) puis 7 chiffres.',
      en: '9 characters: the département (2A/2B for Corsica) then 7 digits.',
    },
  },
  RPPS: { name: { fr: 'RPPS', en: 'RPPS' }, expected: { fr: '11 chiffres.', en: '11 digits.' } },
  ADELI: {
    name: { fr: 'ADELI', en: 'ADELI' },
    expected: {
      fr: '9 caractères, en commençant par le département.',
      en: '9 characters, starting with the département.',
    },
  },
  ADELI_CABINET: {
    name: { fr: 'ADELI du cabinet', en: 'Practice ADELI' },
    expected: {
      fr: '9 caractères, en commençant par le département.',
      en: '9 characters, starting with the département.',
    },
  },
  RPPS_CABINET: {
    name: { fr: 'RPPS du cabinet', en: 'Practice RPPS' },
    expected: { fr: 'le numéro RPPS suivi du rang.', en: 'the RPPS number followed by the rank.' },
  },
  ID_NAT_STRUCT: {
    name: { fr: 'Identifiant national de structure', en: 'National structure identifier' },
    expected: {
      fr: 'un chiffre de type (0 ADELI, 1 FINESS, 2 SIREN, 3 SIRET, 4 RPPS) suivi du numéro.',
      en: 'a type digit (0 ADELI, 1 FINESS, 2 SIREN, 3 SIRET, 4 RPPS) followed by the number.',
    },
  },
  ID_NAT_PS: {
    name: { fr: 'Identifiant national de la personne', en: "Person's national identifier" },
    expected: {
      fr: '8 suivi du RPPS, 0 suivi de l’ADELI, ou un chiffre de structure suivi de « identifiant/numéro local ».',
      en: '8 then the RPPS, 0 then the ADELI, or a structure digit then "identifier/local number".',
    },
  },
};

/** Explains how far an accepted number was checked (format-only deserves a word). */
export const CHECK_RULE_MESSAGES: Readonly<Record<CheckRule, Localized>> = {
  luhn: { fr: 'Clé de contrôle vérifiée.', en: 'Check digit verified.' },
  'la-poste': {
    fr: 'Clé vérifiée selon la règle propre aux établissements de La Poste.',
    en: "Check digit verified with La Poste's own rule.",
  },
  'format-only': {
    fr: "Forme vérifiée ; la clé de ce numéro n'est pas contrôlée, faute de règle publiée sûre.",
    en: 'Shape verified; the check digit of this number is not verified, for lack of a reliable published rule.',
  },
};

/** "SIRET : <reason> Attendu : 14 chiffres…" — one full sentence for a refused identifier. */
export const identifierErrorMessage = (kind: IdKind, reason: IdReason, lang: Lang): string => {
  const k = ID_KIND_TEXTS[kind];
  const expected = lang === 'fr' ? 'Attendu :' : 'Expected:';
  const sep = lang === 'fr' ? ' : ' : ': ';
  return `${k.name[lang]}${sep}${ID_REASON_MESSAGES[reason][lang]} ${expected} ${k.expected[lang]}`;
};
