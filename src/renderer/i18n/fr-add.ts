/** "Ajouter un certificat": any file, understood, kept, installed. fr.ts spreads it in. */
export const frAdd = {
  add: {
    title: 'Ajouter un certificat',
    intro:
      'Déposez ici le fichier que la plateforme IGC-Santé vous a remis (.p12), ou tout certificat dont vous voulez suivre l’échéance (.pem, .crt, .cer, .der, .p7b). Vigie vous dit ce qu’il contient, le garde, puis l’installe là où vos logiciels le trouveront.',
    dropZoneLabel: 'Zone de dépôt. Déposez le fichier du certificat, ou appuyez sur Entrée pour le choisir.',
    protectedTitle: 'Fichier protégé par un mot de passe',
    protectedBody:
      'Ce fichier est chiffré : tapez le mot de passe que vous avez choisi en le téléchargeant sur la plateforme pour voir les certificats qu’il contient.',
    keepTitle: 'Garder et installer',
    keepBody:
      'La clé privée sera rangée dans le coffre de Vigie, puis le certificat installé sur cet ordinateur (il vous restera un clic pour confirmer où).',
    keepAction: 'Ajouter et installer',
    watchTitle: 'Suivre ce certificat',
    watchBody:
      'Ce fichier ne contient pas de clé privée : Vigie gardera le certificat dans « Mes certificats » et vous préviendra avant son échéance.',
    watchAction: 'Ajouter à mes certificats',
    revoked: 'Ce certificat est révoqué : il n’y a rien à installer. Commandez-en un nouveau.',
    addFailed: 'Le certificat n’a pas pu être ajouté',
    doneTitle: 'Certificat ajouté',
    doneWatched_one: 'Vigie suit désormais ce certificat et vous préviendra avant son échéance.',
    doneWatched_other:
      'Vigie suit désormais ces {{count}} certificats et vous préviendra avant leur échéance.',
    doneKept: 'Le certificat et sa clé sont gardés par Vigie.',
    installNow: 'Installer maintenant',
    toList: 'Voir dans « Mes certificats »',
    fromInspector: 'Ajouter à mes certificats',
    another: 'Ajouter un autre fichier',
  },
};
