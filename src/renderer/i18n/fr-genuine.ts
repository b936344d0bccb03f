/**
 * Genuine or look-alike: a certificate with IGC-Santé names that is not shown to be issued
 * by the IGC-Santé (pinned anchors). Said plainly, and confirmed before keeping or installing.
 */
export const frGenuine = {
  genuine: {
    lookAlikeTitle: 'Ressemble à un certificat IGC-Santé, mais n’a pas été émis par l’IGC-Santé',
    lookAlike:
      'Ses noms imitent ceux de l’IGC-Santé, mais sa chaîne ne remonte à aucune autorité officielle de l’IGC-Santé (empreintes connues de Vigie). Ne le traitez pas comme un certificat IGC-Santé.',
    unverifiedTitle:
      'Ressemble à un certificat IGC-Santé, mais rien ne prouve qu’il a été émis par l’IGC-Santé',
    unverified:
      'Vigie n’a pas pu relier ce certificat à une autorité officielle de l’IGC-Santé (chaîne absente ou incomplète). Importez la chaîne de certification officielle pour le vérifier ; d’ici là, traitez-le comme non reconnu.',
    caLookAlike: 'Autorité au nom de l’IGC-Santé, non reconnue',
    acceptKeep:
      'Je comprends que ce certificat n’est pas reconnu comme émis par l’IGC-Santé, et je veux quand même le conserver.',
    acceptInstall:
      'Je comprends que ce certificat n’est pas reconnu comme émis par l’IGC-Santé, et je veux quand même l’installer.',
    acceptNeeded: 'Cochez la case pour confirmer, ou abandonnez.',
  },
};
