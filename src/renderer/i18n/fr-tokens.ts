import type { TokenErrorCode } from '../../shared/model/token.js';

/** "Cartes et jetons": PKCS#11 modules, readers, cards, their contents and the PIN dialog. */
export const frTokens = {
  tokens: {
    /** The navigation entry (nav.* lives with the orders' messages). */
    nav: 'Cartes et jetons',
    title: 'Cartes et jetons',
    intro:
      'Les cartes CPS et les jetons cryptographiques branchés sur ce poste, lus par leurs modules PKCS#11. Vigie lit leur contenu public sans code PIN ; les clés privées ne quittent jamais la carte.',
    loading: 'Recherche des cartes et des lecteurs…',
    viewFailed: 'Les cartes et les lecteurs n’ont pas pu être lus',
    retry: 'Réessayer',
    device: { card: 'la carte', token: 'le jeton' },
    modules: {
      title: 'Modules PKCS#11',
      empty: 'Aucun module PKCS#11 n’a été trouvé sur ce poste.',
      kinds: {
        'cryptolib-cps': 'Cryptolib CPS',
        opensc: 'OpenSC',
        softhsm: 'SoftHSM',
        other: 'Autre module',
      },
      origins: {
        known: 'Emplacement habituel',
        user: 'Ajouté par vous',
        environment: 'Variable d’environnement',
      },
      loaded: 'Chargé',
      missing: 'Absent',
      failed: 'En échec',
      library: 'Bibliothèque : {{library}}',
      remove: 'Retirer',
      removeLabel: 'Retirer le module {{path}}',
      addLabel: 'Chemin d’un autre module PKCS#11',
      addHint: 'Le fichier de la bibliothèque (.so, .dylib ou .dll) fourni avec le jeton.',
      add: 'Ajouter le module',
      cryptolibMissingTitle: 'La Cryptolib CPS n’est pas installée',
      cryptolibMissing:
        'Sans elle, Vigie ne peut pas lire les cartes CPS. Téléchargez la Cryptolib CPS de l’Agence du Numérique en Santé (ANS) sur le site esante.gouv.fr, rubrique des produits de certification, installez-la, puis rebranchez le lecteur.',
      ansSite: 'Site de l’ANS',
    },
    slots: {
      title: 'Lecteurs et emplacements',
      empty: 'Aucun lecteur de carte ni jeton n’est branché.',
      reader: 'Lecteur',
      software: 'Emplacement logiciel',
      noToken: 'Aucune carte insérée',
      module: 'Module : {{module}}',
    },
    token: {
      manufacturer: 'Fabricant',
      model: 'Modèle',
      serial: 'Numéro de série',
      cps: 'Carte CPS',
      writeProtected: 'Lecture seule',
      countLow: 'Essais restants faibles',
      finalTry: 'Dernier essai',
      locked: 'Code PIN bloqué',
      toBeChanged: 'Code PIN à changer',
      notInitialized: 'Code PIN non défini',
      pinPad: 'Lecteur à clavier',
      showContents: 'Voir le contenu',
      hideContents: 'Masquer le contenu',
      loadingContents: 'Lecture du contenu…',
      contentsFailed: 'Le contenu n’a pas pu être lu',
    },
    unblock: {
      card: 'Le code PIN de cette carte est bloqué. Elle se débloque avec son code de déblocage à 8 chiffres (PUK), reçu avec la carte, dans les outils de la Cryptolib CPS ; sans ce code, contactez le support de l’ANS. Vigie ne vous demandera jamais ce code.',
      token:
        'Le code PIN de ce jeton est bloqué. Il se débloque avec son code de déblocage (PUK) dans l’outil de son fabricant ; sans ce code, contactez votre support informatique. Vigie ne vous demandera jamais ce code.',
    },
    contents: {
      title: 'Contenu de « {{label}} »',
      publicOnly:
        'Seuls les objets publics sont affichés. Les clés privées et les objets protégés apparaissent après la saisie du code PIN.',
      privateShown: 'Code PIN vérifié : les objets privés sont aussi affichés.',
      unlock: 'Déverrouiller avec le code PIN',
      holder: 'Titulaire',
      name: 'Nom',
      nationalId: 'Identifiant national',
      profession: 'Profession',
      cardType: 'Type de carte',
      dataObjects: 'Données de la carte',
      certificates: 'Certificats',
      noCertificates: 'Aucun certificat sur {{device}}.',
      keys: 'Clés',
      noKeys: 'Aucune clé visible.',
      roles: {
        authentication: 'Authentification',
        signature: 'Signature',
        encryption: 'Chiffrement',
      },
      expires: 'expire le {{date}}',
      expired: 'a expiré le {{date}}',
      keyLabel: 'Clé associée : {{label}}',
      keyAfterPin: 'clé privée visible après le code PIN',
      noKey: 'aucune clé associée',
      igcGenuine: 'Émis par l’IGC-Santé',
      igcLookAlike: 'Non reconnu par Vigie comme émis par l’IGC-Santé',
      notIgc: 'Hors IGC-Santé',
      issuer: 'Émetteur : {{issuer}}',
      dataObject: '{{label}} : {{text}}',
      keyType: '{{type}} {{bits}} bits',
      nonExtractable: 'non exportable',
      canSign: 'signe',
      unpaired: 'sans certificat',
      keyTypes: { rsa: 'RSA', ec: 'EC', other: 'Autre' },
    },
    pin: {
      title: 'Code PIN de {{device}}',
      for: '« {{label}} »',
      label: 'Code PIN',
      ruleCps: 'Le code PIN d’une carte CPS compte exactement 4 chiffres.',
      ruleLength: 'De {{min}} à {{max}} caractères.',
      notKept: 'Le code n’est ni enregistré ni conservé : il sert à cette seule opération.',
      invalidCps: 'Saisissez exactement 4 chiffres.',
      invalidLength: 'Le code doit compter de {{min}} à {{max}} caractères.',
      countLow:
        'Un code erroné a déjà été saisi depuis le dernier code correct : vérifiez bien avant de valider.',
      finalTry: 'Dernier essai : un code erroné bloquera {{device}}.',
      toBeChanged:
        'Le code PIN doit être changé avant usage, avec l’outil de gestion fourni pour {{device}}.',
      lockedTitle: 'Code PIN bloqué',
      pinPad: 'Saisissez le code sur le clavier du lecteur',
      pinPadIntro:
        'Ce lecteur a son propre clavier : le code s’y saisit, jamais dans Vigie. Cliquez sur « Commencer », puis saisissez le code sur le clavier du lecteur.',
      pinPadCancel: 'Pour annuler, utilisez la touche d’annulation du lecteur.',
      start: 'Commencer',
      submit: 'Valider',
      cancel: 'Annuler',
      close: 'Fermer',
      checking: 'Vérification du code…',
    },
    store: {
      action: 'Enregistrer sur la carte',
      purpose: 'Le code PIN sert à ranger le certificat sur la carte ou le jeton, à côté de sa clé.',
      insert:
        'Insérez la carte ou le jeton n° {{serial}}, qui porte la clé de ce certificat, puis réessayez.',
    },
    errors: {
      'module-missing':
        'Aucun module PKCS#11 n’est disponible : installez la Cryptolib CPS (site de l’ANS) ou le logiciel fourni avec votre jeton, puis réessayez.',
      'module-failed':
        'Le module PKCS#11 n’a pas pu démarrer. Réinstallez-le ou redémarrez l’ordinateur, puis réessayez.',
      'token-absent':
        'La carte ou le jeton n’est plus là. Insérez-le de nouveau dans le lecteur, puis réessayez.',
      'token-not-recognized':
        'Cette carte n’est pas reconnue par le module. Vérifiez qu’elle est insérée dans le bon sens et que le bon logiciel est installé.',
      'pin-incorrect':
        'Code PIN incorrect. Vérifiez-le avant de réessayer : chaque erreur rapproche du blocage.',
      'pin-locked':
        'Le code PIN est bloqué. Débloquez-le avec le code de déblocage (PUK) dans les outils du fabricant (Cryptolib CPS pour une carte CPS) ou auprès du support.',
      'pin-invalid':
        'Ce code n’a pas le format attendu par la carte (longueur, chiffres seulement). Corrigez la saisie.',
      'pin-expired':
        'Le code PIN a expiré : changez-le avec l’outil de gestion de la carte ou du jeton, puis réessayez.',
      'pin-cancelled':
        'La saisie sur le lecteur a été annulée ou a pris trop de temps. Recommencez quand vous êtes prêt.',
      'write-protected':
        'La carte ou le jeton est protégé en écriture : rien ne peut y être ajouté. Utilisez un autre support.',
      'memory-full':
        'La mémoire de la carte ou du jeton est pleine. Libérez de la place avec l’outil du fabricant ou utilisez un autre support.',
      'mechanism-unsupported':
        'La carte ou le jeton ne sait pas faire cette opération (algorithme ou taille de clé). Choisissez un autre support ou un autre type de clé.',
      'key-unusable':
        'Cette clé ne peut pas servir à cette opération. Choisissez une autre clé ou un autre support.',
      'device-error':
        'Le lecteur ou la carte ne répond pas correctement. Retirez la carte, rebranchez le lecteur, puis réessayez.',
      'session-lost':
        'La liaison avec la carte a été perdue (carte retirée ou lecteur débranché). Réinsérez-la, puis réessayez.',
      busy: 'La carte est occupée par une autre opération ou un autre logiciel. Patientez un instant, puis réessayez.',
      'no-dialog':
        'Pas de fenêtre de choix de fichier ici : saisissez le chemin complet de la bibliothèque du module.',
      'dialog-only':
        'Pour votre sécurité, un module se choisit dans la fenêtre de choix de fichier du système, pas en saisissant son chemin.',
      cancelled: 'L’opération a été annulée.',
      failed:
        'L’opération sur la carte ou le jeton a échoué. Réessayez ; si cela se reproduit, transmettez le détail technique à votre support.',
    } satisfies Record<TokenErrorCode, string>,
  },
};
