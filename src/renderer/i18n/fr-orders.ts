/**
 * Ordering screens (navigation, prerequisites, orders list, key vault), kept apart from
 * fr.ts so each file stays readable. fr.ts spreads them in: French is still the reference.
 */
export const frOrders = {
  nav: {
    label: 'Navigation principale',
    toggle: 'Afficher ou masquer la navigation',
    certificates: 'Mes certificats',
    add: 'Ajouter un certificat',
    inspect: 'Examiner un fichier',
    order: 'Commander un certificat',
    orders: 'Mes commandes',
    retrieve: 'Retirer un certificat',
  },
  prereq: {
    title: 'Avant votre première commande',
    intro:
      'Commander un certificat se fait en deux temps : Vigie prépare la clé et la demande sur cet ordinateur, puis vous déposez la demande sur la plateforme de l’IGC-Santé. Vérifiez que vous avez ce qu’il faut.',
    youAre: 'Vous êtes :',
    userTypes: {
      doctor: 'médecin',
      structure: 'structure de santé',
      'it-admin': 'administrateur informatique',
    },
    testOnly: 'TEST seulement',
    continue: 'J’ai ce qu’il faut, continuer',
    review: 'Revoir ce qu’il faut avant de commander',
  },
  orders: {
    draftKey: {
      action: 'Générer la clé',
      title: 'Générer la clé et la demande',
      intro:
        'Vigie crée la nouvelle clé privée et la demande (CSR) de cette commande. La clé ne quitte jamais l’endroit où elle est créée.',
      generate: 'Générer',
      cancel: 'Annuler',
    },
    title: 'Mes commandes',
    intro:
      'Les certificats commandés depuis ce poste, où ils en sont et ce qu’il reste à faire. Les clés privées restent dans le coffre de Vigie sur cet ordinateur.',
    newOrder: 'Commander un certificat',
    loading: 'Chargement des commandes…',
    listFailed: 'La liste des commandes n’a pas pu être lue',
    empty: 'Aucune commande pour le moment.',
    columns: {
      certificate: 'Certificat',
      holder: 'Titulaire',
      state: 'État',
      next: 'Prochaine étape',
      actions: 'Actions',
    },
    created: 'Créée le {{date}}',
    updated: 'Mise à jour le {{date}}',
    states: {
      draft: 'Brouillon',
      'key-ready': 'Clé créée',
      'csr-exported': 'Demande prête',
      submitted: 'Demande déposée',
      issued: 'Certificat reçu',
      installed: 'Installé',
      cancelled: 'Annulée',
    },
    exportCsr: 'Exporter la demande (CSR)',
    exportAgain: 'Revoir la demande (CSR)',
    markSubmitted: 'J’ai déposé la demande',
    received: 'J’ai reçu mon certificat',
    details: 'Détails',
    detailsTitle: 'Détails de la commande',
    createdAt: 'Créée le',
    retrievedAt: 'Certificat retiré le',
    history: 'Historique',
    cancel: 'Annuler',
    cancelTitle: 'Annuler cette commande ?',
    cancelExplain:
      'La commande sera marquée comme annulée et ne pourra pas être reprise. Si vous avez déjà déposé la demande sur la plateforme IGC-Santé, annulez-la aussi là-bas. La clé en attente reste dans le coffre jusqu’à sa suppression.',
    keep: 'Garder la commande',
    cancelConfirm: 'Annuler la commande',
    csrTitle: 'Demande de certificat (CSR)',
    errors: {
      'invalid-holder':
        'Certaines informations sur le titulaire ne conviennent pas à ce certificat : corrigez-les.',
      'not-found': 'Cette commande est introuvable : elle a peut-être été supprimée.',
      'invalid-transition': 'Cette action n’est pas possible dans l’état actuel de la commande.',
      'vault-locked': 'Le coffre des clés est verrouillé : déverrouillez-le puis réessayez.',
      'vault-not-set-up':
        'Le coffre des clés n’est pas encore protégé : choisissez sa protection puis réessayez.',
      'keyring-unavailable':
        'Le trousseau du système ne répond pas. Ouvrez votre session, ou protégez le coffre par une phrase secrète.',
      'key-generation-failed':
        'La clé ou la demande n’a pas pu être créée. Réessayez ; si cela se reproduit, transmettez le détail technique à votre support.',
      'certificate-mismatch':
        'Ce certificat ne correspond pas à la commande (type, environnement, titulaire ou usages) : il n’a pas été conservé.',
      'certificate-revoked':
        'Ce certificat est révoqué par l’autorité de certification : il n’a pas été conservé. Demandez-en un nouveau.',
      'look-alike-unconfirmed':
        'Ce certificat n’est pas reconnu comme émis par l’IGC-Santé : il n’a pas été conservé. Confirmez explicitement pour le conserver quand même.',
      'no-matching-order':
        'Aucune commande en attente sur ce poste ne correspond à ce certificat, et sa clé n’est pas dans le fichier : il n’a pas été conservé.',
      'export-failed':
        'Le fichier n’a pas pu être écrit ou relu. Vérifiez l’emplacement choisi (place, droits) et réessayez.',
      expired:
        'Ce certificat a expiré : l’IGC-Santé ne renouvelle que les certificats encore valides. Il faut passer une nouvelle commande.',
      'not-renewable':
        'Vigie ne peut pas renouveler ce certificat : ce n’est pas un certificat de l’IGC-Santé dont le produit est reconnu.',
      cancelled: 'Opération annulée.',
      unavailable: 'Cette opération n’est pas disponible dans cette version de Vigie.',
      'io-error': 'Les commandes n’ont pas pu être lues ou enregistrées sur ce poste. Réessayez.',
      'token-failed': 'La carte ou le jeton a refusé l’opération.',
    },
  },
  vault: {
    loading: 'Vérification du coffre des clés…',
    failed: 'L’état du coffre des clés n’a pas pu être lu',
    setupTitle: 'Protéger le coffre des clés',
    setupIntro:
      'Les clés privées seront chiffrées dans un coffre sur cet ordinateur. Choisissez ce qui protège ce coffre ; c’est à faire une seule fois.',
    setupKeyring: 'Protéger avec le trousseau du système',
    keyringExplain:
      'Recommandé : le secret du coffre est gardé par le système (Trousseau, Gestionnaire d’identification, trousseau GNOME/KDE), rien à retenir.',
    noKeyring:
      'Aucun trousseau système n’est disponible sur cet ordinateur : protégez le coffre par une phrase secrète.',
    preferPassphrase: 'Utiliser plutôt une phrase secrète',
    passphrase: 'Phrase secrète',
    passphraseHint:
      'Au moins {{min}} caractères. Quelques mots sans rapport entre eux font une bonne phrase.',
    tooShort: 'Trop courte : au moins {{min}} caractères.',
    strength: {
      'too-short': 'Trop courte',
      weak: 'Faible : allongez-la',
      fair: 'Correcte',
      strong: 'Solide',
    },
    passphraseAgain: 'Retapez la phrase secrète',
    mismatch: 'Les deux saisies sont différentes.',
    passphraseWarning:
      'Elle n’est enregistrée nulle part : si vous l’oubliez, les clés en attente sont perdues et il faudra recommencer les commandes.',
    setupPassphrase: 'Protéger avec cette phrase secrète',
    unlockTitle: 'Déverrouiller le coffre des clés',
    unlockIntro: 'Le coffre est protégé par une phrase secrète : saisissez-la pour cette session.',
    unlock: 'Déverrouiller',
    keyringLockedTitle: 'Trousseau du système indisponible',
    keyringLocked:
      'Le coffre est protégé par le trousseau du système, qui ne répond pas. Déverrouillez votre session ou votre trousseau, puis réessayez.',
    retry: 'Réessayer',
    readyKeyring: 'Coffre protégé par le trousseau du système.',
    readyPassphrase: 'Coffre déverrouillé pour cette session.',
    keyCount_one: '{{count}} clé en attente.',
    keyCount_other: '{{count}} clés en attente.',
    errors: {
      'wrong-passphrase':
        'Phrase secrète incorrecte. Vérifiez la saisie (majuscules, disposition du clavier).',
      'weak-passphrase': 'Cette phrase secrète est trop faible : allongez-la.',
      'keyring-unavailable':
        'Le trousseau du système ne répond pas : ouvrez votre session, ou choisissez une phrase secrète.',
      'already-set-up': 'Le coffre est déjà protégé.',
      'not-set-up': 'Le coffre n’est pas encore protégé.',
      locked: 'Le coffre est verrouillé.',
      'not-found': 'La clé demandée est introuvable dans le coffre.',
      corrupt: 'Le coffre des clés est endommagé. Transmettez le détail technique à votre support.',
      'io-error': 'Le coffre des clés n’a pas pu être lu ou écrit sur ce poste.',
    },
  },
};
