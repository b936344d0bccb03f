/** "Révoquer…" in a certificate's drawer: when to revoke, and how (Vigie does not revoke). */
export const frRevoke = {
  revokeGuide: {
    open: 'Révoquer…',
    title: 'Révocation',
    intro:
      'Révoquer met fin à ce certificat avant son expiration : les services qui le vérifient le refusent ensuite. Vigie ne révoque pas lui-même ; voici quand le faire et comment.',
    whenTitle: 'Quand révoquer ?',
    when: {
      key: 'La clé privée est compromise ou perdue : poste volé, fichier .p12 envoyé par erreur, mot de passe divulgué, disque effacé sans sauvegarde.',
      card: 'La carte qui porte ce certificat est perdue ou volée.',
      wrong:
        'Les informations du certificat sont fausses ou ne sont plus à jour (nom de la structure, nom du service ou du serveur).',
      leaving:
        'Son titulaire quitte la structure, ou le certificat ne doit plus servir (service arrêté, changement d’usage).',
    },
    howTitle: 'Comment faire',
    igc: {
      platform:
        'Connectez-vous à la plateforme IGC-Santé de l’ANS comme pour une commande : carte CPS ou CPE, ou e-CPS via Pro Santé Connect.',
      platformTest:
        'C’est un certificat de TEST : passez par la plateforme de TEST de l’IGC-Santé, avec votre carte de test.',
      find: 'Retrouvez ce certificat (numéro de série {{serial}}) et demandez sa révocation.',
      code: 'Saisissez le code de révocation choisi lors du retrait du certificat, à la fin de la commande.',
      final:
        'La révocation est définitive : un certificat révoqué ne peut pas être rétabli. Si le service doit continuer, commandez et installez d’abord son remplaçant — sauf si la clé est compromise : révoquez alors sans attendre.',
      openSite: 'Ouvrir le site de l’IGC-Santé',
      after:
        'Une fois la révocation faite, Vigie affichera « Révoqué » pour ce certificat dès que la liste de révocation (CRL) de l’IGC-Santé le mentionnera.',
    },
    other: {
      how: 'Ce certificat n’a pas été émis par l’IGC-Santé (autorité : {{issuer}}). Demandez sa révocation à cette autorité, ou au prestataire qui vous l’a fourni, en suivant sa procédure.',
      final: 'Une révocation est en général définitive : le certificat ne pourra plus servir.',
      after:
        'Une fois la révocation faite, Vigie affichera « Révoqué » dès que la liste de révocation (CRL) de cette autorité le mentionnera, si Vigie peut la consulter.',
    },
    codeTitle: 'Le code de révocation',
    codeKept:
      'Ce certificat vient d’une commande faite avec Vigie : son code de révocation a pu être gardé dans le trousseau de cet ordinateur.',
    showCode: 'Afficher le code de révocation',
    codeElsewhere:
      'Vigie ne connaît pas le code de ce certificat : reprenez-le là où il a été rangé lors du retrait.',
  },
};
