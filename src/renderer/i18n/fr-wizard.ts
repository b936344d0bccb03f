/** The order wizard's four steps; spread into fr.ts (see fr-orders.ts). */
export const frWizard = {
  wizard: {
    title: 'Commander un certificat',
    intro:
      'Vigie crée la clé privée sur cet ordinateur et prépare la demande de certificat (CSR) ; vous la déposez ensuite sur la plateforme de l’IGC-Santé. La clé ne quitte jamais ce poste.',
    loading: 'Chargement…',
    nothingFound: 'Aucun résultat',
    back: 'Retour',
    next: 'Suivant',
    toCsr: 'Voir les demandes',
    steps: {
      service: 'Pour quel service ?',
      serviceHint: 'Services et environnement',
      holder: 'Titulaire',
      holderHint: 'À qui le certificat est délivré',
      keys: 'Clés',
      keysHint: 'Création des clés',
      csr: 'Demande (CSR)',
      csrHint: 'À déposer sur la plateforme',
    },
    service: {
      intro:
        'Cochez les services auxquels votre logiciel ou votre serveur doit se connecter : Vigie en déduit les certificats à commander.',
      modeLabel: 'Choisir par',
      byProject: 'Par service',
      byProduct: 'Par certificat (avancé)',
      projectsLabel: 'Services',
      projectsHint: 'Plusieurs choix possibles.',
      secondarySource: 'Règle tirée d’un guide d’intégration, non confirmée par l’ANS.',
      projectsRequired: 'Cochez au moins un service.',
      productLabel: 'Certificat',
      productPlaceholder: 'Choisissez un certificat',
      productRequired: 'Choisissez un certificat.',
      planTitle_one: 'Vous allez commander {{count}} certificat',
      planTitle_other: 'Vous allez commander {{count}} certificats',
      ownCertificate: 'Certificat dédié',
      why: 'Pour : {{projects}}',
      imposedCn: 'Nom imposé : {{values}}',
      choiceLabel: 'Pour {{projects}}, un seul de ces certificats suffit',
      choiceHint:
        'Choisissez celui qui correspond à votre installation : une application qui se connecte au service, ou un serveur qui le reçoit.',
      choiceRequired: 'Choisissez l’un des deux certificats.',
      severalOrders_one: 'Une commande sera créée.',
      severalOrders_other:
        '{{count}} commandes seront créées, une par certificat : chacune a sa clé et sa demande, à déposer séparément.',
      envLabel: 'Environnement',
      envProduction: 'Production',
      envProductionHint: 'Pour se connecter aux vrais services, avec votre vraie carte CPS ou CPE.',
      envTest: 'TEST',
      envTestHint:
        'Pour les plateformes de test des services (intégration, homologation). Il faut une carte de test (MIE) : un certificat de TEST n’est jamais accepté en production.',
      envRequired: 'Choisissez l’environnement.',
    },
    holder: {
      introStructure:
        'Ces informations figureront dans chaque certificat. Elles doivent correspondre à celles de votre structure sur la plateforme IGC-Santé.',
      introPerson:
        'Ces informations figureront dans le certificat. Elles doivent correspondre à celles du répertoire RPPS.',
      structureLegend: 'La structure',
      personLegend: 'Le professionnel de santé',
      employerLegend: 'La structure où il exerce',
      legalName: 'Raison sociale',
      legalNameHint: 'Le nom officiel de la structure, tel qu’il est enregistré.',
      structureIdType: 'Type d’identifiant',
      structureIdTypes: {
        ADELI: 'ADELI (cabinet)',
        FINESS: 'FINESS (établissement)',
        SIREN: 'SIREN (entreprise)',
        SIRET: 'SIRET (établissement d’entreprise)',
        RPPS: 'RPPS (cabinet)',
      },
      structureId: 'Numéro {{type}}',
      departement: 'Département',
      departementHint: 'Celui de la structure. Tapez son numéro ou son nom.',
      departementPlaceholder: 'Ex. 69 ou Rhône',
      personIdType: 'Type de numéro',
      personId: 'Numéro {{type}}',
      surname: 'Nom de famille',
      givenName: 'Prénom',
      profession: 'Profession',
      cnService: 'Nom de l’application ou du service',
      cnServiceHint:
        'Texte libre qui désigne le logiciel qui utilisera ce certificat (ex. Logiciel de cabinet).',
      cnFqdn: 'Nom DNS complet du serveur',
      cnImposed: 'Nom imposé par INSi :',
      insiHint:
        'INSI-AUTO pour les appels faits automatiquement par le logiciel, INSI-MANU pour les appels lancés par un utilisateur.',
      dnsNames: 'Autres noms du serveur (facultatif)',
      dnsNamesHint: 'Les autres noms DNS sous lesquels ce serveur est joint. Validez chaque nom avec Entrée.',
      previewTitle: 'Sujet exact du certificat',
      previewPending: 'Sujet du certificat (à compléter)',
      previewLabel: 'Aperçu du sujet du certificat',
      previewSan: 'Noms du serveur :',
      previewOrder: 'Dans l’ordre où il est encodé dans la demande, du pays jusqu’au nom.',
    },
    keys: {
      intro:
        'Vigie crée une paire de clés par certificat. La clé privée est chiffrée dans le coffre de cet ordinateur ; seule la demande (qui ne contient que la clé publique) en sortira.',
      sizeLabel: 'Taille de la clé',
      sizeDefault: 'RSA {{bits}} bits (recommandé)',
      size: 'RSA {{bits}} bits',
      vaultTitle: 'Coffre des clés',
      placeLabel: 'Où créer la clé privée ?',
      placeHint:
        'Sur une carte ou un jeton, la clé est créée dedans et ne pourra jamais en être copiée ; la demande y est signée.',
      placeVault: 'Dans le coffre de Vigie, sur cet ordinateur',
      placeCard: 'Sur la carte « {{label}} » (n° {{serial}})',
      placeToken: 'Sur le jeton « {{label}} » (n° {{serial}})',
      placeTokenHint: 'Clé non exportable, utilisable seulement avec le code PIN.',
      pinPurpose_one: 'Le code PIN sert à créer la clé sur la carte ou le jeton et à y signer la demande.',
      pinPurpose_other:
        'Le code PIN sert à créer les {{count}} clés sur la carte ou le jeton et à y signer les demandes.',
      generate_one: 'Générer la clé',
      generate_other: 'Générer les {{count}} clés',
      retry: 'Réessayer',
      vaultFirst: 'Protégez ou déverrouillez d’abord le coffre des clés.',
      fixHolder: 'Corriger le titulaire',
      allDone_one: 'La clé et la demande sont prêtes.',
      allDone_other: 'Les {{count}} clés et demandes sont prêtes.',
      stages: {
        waiting: 'En attente',
        creating: 'Création de la commande…',
        'generating-key': 'Génération de la clé…',
        encrypting: 'Chiffrement de la clé…',
        saving: 'Enregistrement dans le coffre…',
        'building-csr': 'Préparation de la demande…',
        done: 'Prête',
        failed: 'Échec',
      },
    },
    csr: {
      intro_one:
        'Votre demande est prête. Enregistrez-la ou copiez-la, puis déposez-la sur la plateforme IGC-Santé en suivant les étapes ci-dessous.',
      intro_other:
        'Vos {{count}} demandes sont prêtes. Déposez-les une par une sur la plateforme IGC-Santé, en suivant les étapes indiquées pour chacune.',
      loading: 'Préparation de la demande…',
      pemTitle: 'Demande de certificat — {{fileName}}',
      save: 'Enregistrer le fichier…',
      stepsTitle: 'Sur la plateforme IGC-Santé',
      steps: {
        login:
          'Connectez-vous à la plateforme IGC-Santé avec votre carte CPS ou CPE (lecteur branché), ou avec l’e-CPS via Pro Santé Connect.',
        loginTest:
          'Connectez-vous à la plateforme de TEST de l’IGC-Santé avec votre carte de test (MIE) : une vraie carte n’y fonctionne pas.',
        chooseStructure:
          'Choisissez l’offre « {{offer}} », l’usage « {{usage}} » et votre structure : {{structure}}.',
        choosePerson: 'Choisissez l’offre « {{offer}} » et l’usage « {{usage}} ».',
        upload:
          'Indiquez que vous fournissez votre propre demande (CSR), puis déposez le fichier « {{fileName}} » (ou collez son contenu copié ci-dessus).',
        email:
          'Vous recevrez un courriel quand le certificat sera prêt : suivez-le pour retirer le certificat sur la plateforme.',
        revocation:
          'Au retrait, choisissez un code de révocation et conservez-le en lieu sûr : il sert à révoquer le certificat en cas de perte, de vol ou de changement d’usage.',
        keep: 'La clé privée reste dans le coffre de Vigie, sur cet ordinateur : ne la copiez pas ailleurs.',
      },
      openPlatform: 'Ouvrir le site de l’IGC-Santé',
      submitted: 'Demande déposée : attendez le courriel de l’IGC-Santé pour retirer le certificat.',
      markSubmitted: 'C’est fait, j’ai déposé la demande',
      showOrders: 'Voir mes commandes',
      newOrder: 'Commander un autre certificat',
    },
  },
};
