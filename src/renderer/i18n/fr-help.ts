/** The help page, the "pourquoi ?" hints and the reader's warnings, translated by code. */
export const frHelp = {
  help: {
    nav: 'Aide',
    title: 'Aide',
    intro:
      'L’essentiel pour lire sa carte, passer par la plateforme de l’IGC-Santé et choisir le bon certificat.',
    why: 'Pourquoi ?',
    cps: {
      title: 'Installer la Cryptolib CPS et lire sa carte',
      intro:
        'Une carte CPS (ou CPE, CPA) se lit avec un lecteur de cartes et la Cryptolib CPS, le logiciel de l’ANS qui fait le lien entre la carte et les applications. Vigie s’en sert pour lister vos cartes, lire leurs certificats et y créer des clés.',
      install:
        'Téléchargez la Cryptolib CPS sur le site de l’ANS et installez-la avec un compte administrateur du poste.',
      plug: 'Branchez le lecteur, insérez la carte, puis ouvrez « Cartes et jetons » dans Vigie : la carte y apparaît avec ses certificats.',
      module:
        'Si aucune carte n’apparaît, indiquez à Vigie le module de la Cryptolib (bouton « Ajouter le module » de « Cartes et jetons ») :',
      windows:
        'Windows : cps3_pkcs11_w64.dll (cps3_pkcs11_w32.dll pour une application 32 bits), dans le dossier système.',
      linux: 'Linux : libcps3_pkcs11_lux.so, dans /opt/santesocial/CPS/lib/ ou /usr/lib64/.',
      macos: 'macOS : /usr/local/lib/libcps3_pkcs11_osx.dylib.',
      pin: 'Le code porteur compte 4 chiffres. Après 3 codes erronés la carte se bloque ; seul le code de déblocage à 8 chiffres, reçu avec la carte, la débloque. Vigie vous prévient avant le dernier essai et ne garde jamais votre code.',
      trust:
        'La Cryptolib installe aussi les autorités de l’IGC-Santé : Vigie les reconnaît et les affiche dans « Autorités IGC-Santé ».',
    },
    platform: {
      title: 'Les étapes sur la plateforme IGC-Santé',
      intro:
        'Les demandes se font sur la plateforme de l’IGC-Santé, par un administrateur technique de la structure connecté avec sa carte CPx ou Pro Santé Connect (e-CPS). C’est le représentant légal de la structure qui lui confie ce rôle.',
      order:
        'La commande : choisissez l’offre (ORG, SERV, PRO ou PS), l’usage et la structure. « Commander un certificat » vous dit quoi demander selon le service auquel vous vous connectez.',
      request:
        'Le dépôt de la demande : déposez la demande de certificat (CSR) préparée par Vigie. La clé privée reste sur ce poste ou sur votre carte ; elle n’est jamais envoyée.',
      retrieve:
        'Le retrait : un courriel vous annonce que le certificat est prêt. En le téléchargeant, vous choisissez un code de révocation : notez-le en lieu sûr, sans lui vous ne pourrez pas révoquer. « Retirer un certificat » associe le certificat à sa clé.',
      renew:
        'Le renouvellement : possible uniquement tant que le certificat est encore valide. Une fois expiré, il faut repasser une commande complète ; c’est pourquoi Vigie vous prévient bien avant l’échéance.',
      revoke:
        'La révocation : en cas de perte, de clé compromise ou de changement d’usage, révoquez le certificat sur la plateforme avec son code de révocation.',
      test: 'La plateforme de TEST sert aux essais d’intégration. Ses certificats sont refusés en production ; pour y travailler, il faut une carte de test, commandée avec le formulaire F414.',
    },
    types: {
      title: 'Les types de certificats',
      intro:
        'L’IGC-Santé range ses certificats en quatre offres selon leur titulaire ; dans chaque offre, un produit par usage.',
      org: 'ORG — une application d’une structure (personne morale). ORG_AUTH_CLI pour se connecter à un service national (DMP, INSi, Dossier Pharmaceutique, ROR…), ORG_SIGN pour sceller des documents, ORG_CONF pour recevoir des données chiffrées.',
      serv: 'SERV — un serveur d’une structure. SERV_SSL pour un serveur web ou de messagerie en TLS (opérateurs MSSanté, ROR…) ; SERV_SIGN et SERV_CONF, vendus ensemble sous le nom « SERV S/MIME ».',
      pro: 'PRO — un professionnel (de santé, du social ou administratif) qui exerce dans une structure, commandé par un mandataire de celle-ci : PRO_AUTH, PRO_SIGN, PRO_CONF.',
      ps: 'PS — un professionnel de santé, qui le commande lui-même : PS_AUTH, PS_SIGN, PS_CONF.',
      uses: 'Les usages : AUTH vous authentifie auprès d’un service ; SSL authentifie un serveur ; SIGN signe ou scelle documents et courriels ; CONF permet aux autres de vous chiffrer des données que vous seul lisez.',
      validity:
        'Les certificats logiciels de l’IGC-Santé sont valables 3 ans, avec une clé RSA de 2048 bits.',
    },
    links: 'Sur les sites de l’ANS',
    linkHome: 'Le site de l’IGC-Santé',
    linkPolicies: 'Les politiques de certification',
    linkAns: 'L’Agence du Numérique en Santé',
    profile: {
      title: 'Modifier mon profil',
      intro:
        'Votre profil choisit la page d’accueil, l’ordre du menu, les dates des rappels et la plateforme proposée dans les commandes.',
    },
    wizard: {
      service:
        'L’IGC-Santé délivre un produit par usage : le service auquel vous vous connectez décide des certificats à commander. Production et TEST sont deux plateformes séparées : un certificat de l’une est refusé par l’autre.',
      holder:
        'Ces informations deviennent le nom inscrit dans le certificat. La plateforme refuse une demande dont le nom ne correspond pas à la structure ou au professionnel qu’elle connaît.',
      keys: 'La clé privée est créée ici, sur ce poste ou sur votre carte, et n’en sort jamais : seule sa partie publique part dans la demande. Une clé perdue ne se récupère pas, il faut commander à nouveau.',
      csr: 'La demande (CSR) prouve à la plateforme que vous détenez la clé, sans la dévoiler. Elle en a besoin pour émettre le certificat.',
    },
  },
  readerWarning: {
    'pkcs12-encrypted-content':
      'Une partie de ce fichier est chiffrée (le plus souvent les certificats) : saisissez le mot de passe pour la lire.',
    'pkcs12-unsupported-container':
      'Une partie de ce fichier PKCS#12 n’a pas pu être lue. Les autres objets sont affichés ; si l’un manque, demandez un fichier exporté avec des réglages standard.',
    'pkcs12-unsupported-key':
      'La clé privée est chiffrée avec un procédé que Vigie ne sait pas lire. Demandez un fichier exporté avec des réglages standard (AES-256).',
    'pkcs12-key-password':
      'La clé privée est protégée par un autre mot de passe que le fichier : elle reste verrouillée. Demandez le mot de passe de la clé à la personne qui a exporté le fichier.',
    'pkcs12-skipped':
      'Certains éléments de ce fichier ne sont pas affichés : ils ne sont ni des certificats ni des clés.',
    'pkcs12-extra': 'Ce fichier contient plusieurs magasins PKCS#12 : seul le premier est affiché.',
    'trailing-data': 'Des octets en trop suivent le contenu du fichier : ils ont été ignorés.',
    'pem-ignored-block': 'Des blocs PEM d’un autre type (ni certificat, ni demande, ni clé) ont été ignorés.',
    'pkcs7-skipped': 'Des éléments d’un autre type que les certificats X.509 ont été ignorés.',
    'pkcs7-signed-content':
      'Ce fichier PKCS#7 est un message signé : seuls ses certificats et ses listes de révocation sont affichés.',
    'pkcs7-empty': 'Ce paquet PKCS#7 ne contient ni certificat ni liste de révocation.',
    'public-key-only':
      'Ce fichier ne contient qu’une clé publique : il n’y a ni certificat, ni demande, ni clé privée à afficher.',
    other: 'Vigie a relevé une particularité dans ce fichier ; le détail technique ci-dessous la décrit.',
  },
};
