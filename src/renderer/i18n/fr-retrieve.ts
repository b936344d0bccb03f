/**
 * Retrieval ("retrait") and key custody screens, kept apart from fr.ts so each file stays
 * readable. fr.ts spreads them in: French is still the reference.
 */
export const frRetrieve = {
  retrieve: {
    title: 'Retirer un certificat',
    intro:
      'Vous avez reçu le courriel de l’ANS et téléchargé votre certificat sur la plateforme IGC-Santé ? Ouvrez ici le fichier reçu : Vigie vérifie qu’il correspond à votre commande et le range avec sa clé.',
    dropZoneLabel:
      'Zone de dépôt du certificat reçu. Déposez le fichier téléchargé sur la plateforme IGC-Santé, ou appuyez sur Entrée pour le choisir.',
    reading: 'Analyse de « {{name}} »…',
    analyzed: 'Analyse de « {{name}} » terminée.',
    failed: 'Le fichier « {{name}} » n’a pas pu être lu',
    another: 'Choisir un autre fichier',
    empty: 'Ce fichier ne contient aucun certificat.',
    certificates: 'Votre certificat',
    authorities: 'Autorités de certification présentes dans le fichier',
    authoritiesCount_one: '{{count}} certificat d’autorité',
    authoritiesCount_other: '{{count}} certificats d’autorité',
    productUnknown: 'Produit IGC-Santé non reconnu',
    notIgcSante: 'Ce n’est pas un certificat de l’IGC-Santé',
    sandbox: {
      title: 'Certificat d’essai du bac à sable',
      originTitle: 'Émis par le bac à sable de Vigie',
      origin:
        'L’autorité de test locale de Vigie l’a émis pour répéter le parcours. C’est un certificat d’essai : il ne vaut rien en dehors de Vigie, aucun service ne l’accepte, et ce n’est pas un certificat de l’IGC-Santé.',
      chain: 'Autorité du bac à sable de Vigie (test local, pas l’IGC-Santé)',
      authority: 'bac à sable de Vigie',
      acceptInstall: 'J’installe ce certificat d’essai dans les magasins choisis, pour répéter le parcours.',
    },
    validUntil: 'Valable jusqu’au',
    chain: 'Chaîne de confiance',
    order: 'Commande',
    matchedOrder: '{{product}}, commande créée le {{date}}',
    matchedOrderUnknown: 'Une commande en attente sur ce poste',
    noMatchingOrder: 'Aucune commande en attente pour cette clé.',
    noMatchingOrderHint:
      'Ce certificat n’a pas été demandé depuis ce poste avec une clé du coffre de Vigie : il ne peut pas être rangé ici. Vérifiez que vous avez téléchargé le bon certificat.',
    keyInFile: 'Clé incluse dans le fichier',
    keyInFileHint:
      'La plateforme a créé la clé avec le certificat : Vigie la rangera dans son coffre. Gardez le fichier d’origine en lieu sûr, ou supprimez-le une fois le certificat conservé.',
    matchesExactly: 'Conforme à la commande.',
    mismatchesTitle: 'Différences avec la commande',
    mismatches: {
      product: 'Ce n’est pas le type de certificat commandé.',
      environment:
        'Il ne vient pas du même environnement que la commande (production au lieu de test, ou l’inverse).',
      subject: 'Le nom ou l’identifiant inscrit dans le certificat n’est pas celui de la commande.',
      'key-usage': 'Ses usages (signature, authentification, chiffrement) ne sont pas ceux commandés.',
      expired: 'Ce certificat a déjà expiré.',
      'not-igc-sante': 'Ce certificat n’a pas été délivré par l’IGC-Santé.',
    },
    pick: 'Certificat à conserver',
    codeTitle: 'Le code de révocation',
    codeExplain:
      'Sur la plateforme IGC-Santé, au moment du retrait, vous avez choisi un code de révocation. C’est lui qui permet de révoquer le certificat si la clé est perdue ou volée, ou si le certificat ne doit plus servir. Sans lui, la révocation est bien plus compliquée.',
    codeKeep:
      'Vigie peut le garder pour vous dans le trousseau du système de cet ordinateur. C’est facultatif : vous pouvez aussi le noter et le ranger en lieu sûr.',
    codeLabel: 'Code de révocation (facultatif)',
    codeShow: 'Afficher le code de révocation',
    confirm: 'Conserver ce certificat',
    confirmBlockedPassword: 'Saisissez d’abord le mot de passe du fichier.',
    confirmBlockedOrder: 'Aucune commande de ce poste ne correspond à ce certificat.',
    confirmFailed: 'Le certificat n’a pas été conservé',
    doneTitle: 'Certificat conservé',
    doneBody: 'Le certificat est rangé avec sa clé dans Vigie : {{product}}.',
    doneCode: 'Le code de révocation est gardé dans le trousseau du système.',
    doneNoCode: 'Aucun code de révocation n’a été enregistré : notez-le et rangez-le en lieu sûr.',
    nextTitle: 'Et maintenant ?',
    nextInstall:
      'Installez le certificat avec sa clé là où il servira : « Installer » le met dans les navigateurs et le magasin de cet ordinateur ; pour un autre poste ou un logiciel, exportez-le en PKCS#12 (.p12), pour un serveur web en PEM.',
    toOrders: 'Voir mes commandes',
    again: 'Retirer un autre certificat',
  },
  custody: {
    rule: 'Une clé privée ne doit pas être copiée sur plusieurs machines. N’exportez que pour la déplacer vers l’ordinateur ou le serveur qui s’en servira, et n’en gardez qu’un seul exemplaire.',
    exportP12: 'Exporter (PKCS#12)…',
    exportPem: 'Exporter pour un serveur (PEM)…',
    revealCode: 'Afficher le code de révocation',
    p12Title: 'Exporter le certificat et sa clé (PKCS#12)',
    p12Intro: 'Vigie enregistre un fichier .p12 protégé par un mot de passe, à l’endroit que vous choisirez.',
    profileLabel: 'Où ce fichier sera-t-il installé ?',
    profileRequired: 'Indiquez où le fichier sera installé.',
    profiles: {
      modern: 'Ordinateur récent (Windows 10/11 à jour, macOS 15+, Linux)',
      compatible:
        'Ancien système ou logiciel (Windows Server 2016 ou antérieur, macOS 14 ou antérieur, ancien Java/Android)',
    },
    profileHints: {
      modern: 'Chiffrement actuel (AES-256) : le meilleur choix quand le système est à jour.',
      compatible: 'Chiffrement plus ancien (3DES), lu partout. Supprimez le fichier une fois installé.',
    },
    password: 'Mot de passe du fichier',
    passwordAgain: 'Retapez le mot de passe',
    passwordHint:
      'Il sera demandé à l’installation. Au moins 10 caractères conseillés ; il n’est enregistré nulle part.',
    passwordRequired: 'Choisissez un mot de passe.',
    passwordShort: 'Moins de 10 caractères : un mot de passe plus long protège mieux la clé.',
    passwordMismatch: 'Les deux saisies sont différentes.',
    export: 'Exporter',
    close: 'Fermer',
    saved: 'Fichier enregistré : {{path}}',
    savedPath: 'chemin du fichier',
    exportFailed: 'L’export n’a pas abouti',
    pemTitle: 'Exporter pour un serveur (PEM)',
    pemIntro:
      'Pour un serveur web (nginx, Apache…) : Vigie écrit dans un dossier que vous choisirez la clé privée, le certificat, la chaîne complète et les autorités, au format PEM.',
    passphrase: 'Phrase secrète de la clé',
    passphraseAgain: 'Retapez la phrase secrète',
    passphraseHint:
      'Au moins 10 caractères. Le serveur en aura besoin pour lire la clé ; elle n’est enregistrée nulle part.',
    passphraseShort: 'Au moins 10 caractères.',
    plainKey: 'Enregistrer la clé sans chiffrement',
    plainKeyWarning:
      'La clé sera lisible par quiconque accède au fichier. Ne le faites que si le serveur ne peut pas lire une clé chiffrée, et protégez le fichier (droits réservés au service web).',
    pemSaved: 'Fichiers enregistrés dans {{folder}} :',
    hintsTitle: 'Configuration du serveur',
    hintsIntro: 'À adapter dans la configuration de votre site (bloc 443) :',
    hintPassFile:
      'La clé est chiffrée : nginx lit la phrase secrète dans privkey.pass (ssl_password_file), un fichier que vous créez vous-même à côté de la clé : une ligne, lisible par le seul service.',
    hintPassApache:
      'La clé est chiffrée : Apache demande la phrase secrète au démarrage, ou la lit via SSLPassPhraseDialog.',
    copySnippet: 'la configuration {{server}}',
    revealTitle: 'Afficher le code de révocation',
    revealAsk: 'Quelqu’un voit-il votre écran ?',
    revealExplain:
      'Le code de révocation permet de révoquer ce certificat. Affichez-le seulement si personne ne regarde votre écran et qu’il n’est pas partagé (visio, prise en main à distance).',
    revealConfirm: 'Personne ne voit mon écran, afficher',
    revealed: 'Code de révocation',
    revealedHint: 'Il sera masqué à la fermeture de cette fenêtre.',
    revealNone:
      'Aucun code de révocation n’est gardé pour ce certificat dans le trousseau de cet ordinateur.',
    revealFailed: 'Le code n’a pas pu être lu',
  },
};
