/** Installing a certificate with its key into the browsers and the system, then the vault copy. */
export const frInstall = {
  install: {
    action: 'Installer',
    title: 'Installer le certificat sur cet ordinateur',
    intro:
      'Vigie installe le certificat avec sa clé privée dans les magasins choisis, ajoute les autorités IGC-Santé de son environnement, puis relit chaque magasin pour vérifier.',
    loading: 'Recherche des magasins de certificats…',
    targetsLabel: 'Où l’installer ?',
    noTargets: 'Aucun magasin de certificats n’a été trouvé sur cet ordinateur.',
    kinds: {
      nss: 'Firefox / Chromium',
      'windows-store': 'Magasin de certificats Windows',
      'macos-keychain': 'Trousseau macOS',
    },
    inUse: 'en cours d’utilisation : fermez Firefox pour installer ici',
    needsAdmin: 'réservé à l’administrateur : lancez Vigie en tant qu’administrateur pour installer ici',
    notCreated: 'sera créé à l’installation',
    alreadyThere: 'Cette clé est déjà présente dans : {{places}}.',
    alreadyThereHint:
      'La règle de l’IGC-Santé : une clé privée ne doit pas être dupliquée ni installée sur plusieurs postes. N’ajoutez un magasin que sur le poste qui utilise ce certificat.',
    unreadable: 'Certains magasins n’ont pas pu être lus : {{places}}.',
    chooseOne: 'Choisissez au moins un magasin.',
    run: 'Installer',
    resultTitle: 'Résultat, magasin par magasin',
    certificate: 'certificat',
    key: 'clé',
    authorities: 'autorités',
    authoritiesUnchecked: 'autorités : non relues ici (magasin racine Windows)',
    authoritiesNone: 'aucune autorité IGC-Santé connue pour cet environnement',
    verified: 'Installé et vérifié',
    notVerified: 'Non vérifié',
    nonExportable:
      'Ce magasin ne sait pas interdire l’export de la clé : protégez la session de cet ordinateur.',
    keystoreErrors: {
      'tool-missing': 'L’outil nécessaire n’est pas installé (certutil / pk12util de NSS).',
      'wrong-password': 'Le magasin a refusé le fichier (mot de passe).',
      'db-locked': 'Le magasin est utilisé par une application ouverte : fermez-la puis réessayez.',
      'db-protected':
        'Ce magasin est protégé par un mot de passe principal : ce cas n’est pas encore pris en charge.',
      'access-denied':
        'Ce magasin demande les droits d’administrateur : lancez Vigie en tant qu’administrateur.',
      'not-found': 'Ce magasin n’existe pas (encore) : lancez le navigateur une première fois.',
      failed: 'L’installation a échoué.',
    },
    errors: {
      'not-found': 'Cette demande n’existe plus.',
      'not-issued': 'Ce certificat n’est pas encore délivré.',
      'no-vault-key': 'La clé privée de ce certificat n’est plus dans le coffre de Vigie.',
      'no-target': 'Choisissez au moins un magasin.',
      'not-installed':
        'Aucune installation vérifiée ne contient ce certificat avec sa clé : la copie du coffre est gardée.',
      'look-alike-unconfirmed':
        'Ce certificat n’est pas reconnu comme émis par l’IGC-Santé : confirmez explicitement pour l’installer quand même.',
      'vault-locked': 'Le coffre est verrouillé : déverrouillez-le puis réessayez.',
      'vault-not-set-up': 'Le coffre n’est pas encore configuré.',
      'keyring-unavailable': 'Le trousseau du système ne répond pas.',
      'export-failed': 'Le fichier d’installation n’a pas pu être préparé.',
      'backup-failed': 'La sauvegarde n’a pas pu être relue : la copie du coffre est gardée.',
      cancelled: 'Aucun emplacement choisi.',
      unavailable: 'Cette action n’est pas disponible ici.',
      'io-error': 'Une erreur inattendue est survenue.',
    },
    failed: 'L’installation n’a pas abouti',
    custodyTitle: 'Et la copie de la clé dans le coffre ?',
    custodyIntro:
      'La clé vit maintenant dans le magasin installé. Garder une seconde copie dans le coffre de Vigie va contre la règle de l’IGC-Santé.',
    destroy: 'Supprimer la copie du coffre (recommandé)',
    withBackup: 'Garder une sauvegarde chiffrée d’abord',
    later: 'Décider plus tard',
    backupIntro:
      'Vigie enregistre un fichier PKCS#12 chiffré à l’endroit de votre choix, le relit, puis supprime la copie du coffre. Rangez ce fichier hors de l’ordinateur.',
    backupPassword: 'Mot de passe de la sauvegarde',
    backupPasswordAgain: 'Le même mot de passe, encore une fois',
    backupHint: 'Au moins 10 caractères ; il sera demandé pour restaurer la clé.',
    backupShort: 'Au moins 10 caractères.',
    backupConfirm: 'Sauvegarder puis supprimer',
    destroyed: 'La copie du coffre est supprimée. La clé vit désormais dans : {{places}}.',
    backupSaved: 'Sauvegarde chiffrée enregistrée et relue : {{path}}',
    destroyFailed: 'La copie du coffre n’a pas été supprimée',
    close: 'Fermer',
  },
};
