/** "Bac à sable": the rehearsal sandbox, a local test CA (never the IGC-Santé). */
export const frSandbox = {
  sandbox: {
    /** The navigation entry. */
    nav: 'Bac à sable',
    title: 'Bac à sable',
    badge: 'bac à sable',
    intro:
      'Répétez tout le parcours — commander, retirer, installer, renouveler, révoquer — sans la plateforme de l’IGC-Santé. Une autorité de test locale, propre à cet ordinateur, signe les demandes (CSR) de Vigie, publie sa liste de révocation et répond en OCSP sur 127.0.0.1.',
    warning:
      'Les certificats du bac à sable ne valent rien ailleurs : ils ne sont pas émis par l’IGC-Santé, aucun service ne les accepte, et Vigie ne les reconnaît jamais comme authentiques. Son autorité n’est pas ajoutée aux autorités IGC-Santé de Vigie.',
    stepsTitle: 'Les étapes',
    steps: {
      order: 'Créez une commande de TEST dans « Commander un certificat » et générez sa clé.',
      issue: 'Choisissez-la ci-dessous, puis « Émettre dans le bac à sable ».',
      retrieve:
        '« Retirer maintenant » l’ouvre dans « Retirer un certificat », comme un téléchargement de la plateforme : Vigie le reconnaît comme un certificat d’essai du bac à sable.',
      install:
        'Installez-le (« Installer », à la fin du retrait), renouvelez-le depuis « Mes certificats », puis révoquez-le ici : « Vérifier maintenant » le montre révoqué.',
    },
    statusTitle: 'Autorité du bac à sable',
    notCreated: 'Pas encore créée : elle le sera à la première émission.',
    created: 'Autorité : {{subject}}',
    server: 'Liste de révocation et OCSP : {{url}}',
    serverStopped: 'Serveur local arrêté (il redémarre à la prochaine émission).',
    counts: '{{issued}} émis, {{revoked}} révoqué(s)',
    issueTitle: 'Émettre un certificat',
    orderLabel: 'Commande en attente de certificat (TEST)',
    orderPlaceholder: 'Choisissez une commande',
    noOrders:
      'Aucune commande de TEST n’attend de certificat. Créez-en une et générez sa clé pour répéter le parcours.',
    issue: 'Émettre dans le bac à sable',
    issuing: 'Émission…',
    issuedTitle: 'Certificat émis dans le bac à sable',
    issuedBody:
      'Retirez-le comme un certificat de la plateforme : « Retirer maintenant » l’ouvre dans « Retirer un certificat ». « Télécharger » en garde une copie.',
    download: 'Télécharger',
    copy: 'Copier',
    copied: 'Copié',
    goRetrieve: 'Retirer maintenant',
    listTitle: 'Certificats émis',
    listEmpty: 'Aucun certificat émis pour l’instant.',
    columns: { subject: 'Titulaire', product: 'Produit', notAfter: 'Fin de validité', check: 'État' },
    check: {
      valid: 'valide dans le bac à sable',
      revoked: 'révoqué',
      expired: 'expiré',
      invalid: 'invalide',
    },
    reasonLabel: 'Motif de révocation',
    reasons: {
      unspecified: 'Non précisé',
      keyCompromise: 'Clé compromise',
      affiliationChanged: 'Changement d’affiliation',
      superseded: 'Remplacé',
      cessationOfOperation: 'Cessation d’activité',
    },
    revoke: 'Révoquer',
    revokeFor: 'Révoquer le certificat de {{subject}}',
    revokedOn: 'Révoqué le {{date}}',
    reset: 'Réinitialiser le bac à sable',
    resetConfirm: 'Confirmer : tout effacer',
    resetHelp:
      'Efface l’autorité de test et la liste des certificats émis. Les certificats déjà retirés restent dans vos commandes.',
    cancel: 'Annuler',
    errors: {
      'order-not-found': 'Cette commande n’existe plus.',
      'order-not-pending': 'Cette commande n’attend plus de certificat.',
      'not-test-order':
        'Le bac à sable n’émet que pour les commandes de TEST : une commande de production reste pour la vraie plateforme.',
      'no-csr': 'Cette commande n’a pas encore de demande (CSR) : générez d’abord sa clé.',
      'bad-csr': 'La demande (CSR) de cette commande est illisible.',
      'not-found': 'Ce certificat n’a pas été émis par le bac à sable.',
      'already-revoked': 'Ce certificat est déjà révoqué.',
      failed: 'Le bac à sable n’a pas pu terminer cette opération.',
    },
  },
};
