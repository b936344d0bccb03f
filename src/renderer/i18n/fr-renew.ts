/** Renewing a certificate, and retiring the one it replaces; fr.ts spreads it in. */
export const frRenew = {
  renew: {
    action: 'Renouveler',
    title: 'Renouveler le certificat',
    intro:
      'L’IGC-Santé renouvelle un certificat tant qu’il est valide : même produit, même titulaire, nouvelle clé. Vigie prépare la commande, liée à ce certificat :',
    steps: {
      key: 'une nouvelle clé est créée (« Générer la clé » dans « Mes commandes »), dans le coffre de Vigie ou sur une carte ou un jeton, avec la demande (CSR) ;',
      platform: 'vous déposez la demande sur la plateforme de l’IGC-Santé ;',
      retrieve: 'vous retirez le nouveau certificat (« Ajouter un certificat ») ;',
      install: 'Vigie l’installe là où se trouve l’ancien, puis propose de retirer l’ancien.',
    },
    deadline: 'À faire avant le {{date}}.',
    start: 'Préparer le renouvellement',
    started: 'La commande de renouvellement est prête : suivez ses étapes dans « Mes commandes ».',
    expiredTitle: 'Ce certificat a expiré',
    expiredBody:
      'Il a expiré le {{date}}. L’IGC-Santé ne renouvelle que les certificats encore valides : il faut une nouvelle commande. Vigie peut la préparer avec les mêmes informations.',
    newOrder: 'Préparer une nouvelle commande',
    close: 'Fermer',
    lineage: 'Renouvelle un certificat existant',
    retireTitle: 'Retirer l’ancien certificat',
    retireBody:
      'Le nouveau certificat est installé et relu. Voulez-vous retirer l’ancien (et sa clé) de tous les magasins où il se trouve encore ?',
    retireAction: 'Retirer l’ancien certificat',
    retired_one: 'Ancien certificat retiré de : {{places}}.',
    retired_other: 'Ancien certificat retiré de : {{places}}.',
    retiredNowhere: 'L’ancien certificat ne se trouvait plus dans aucun magasin.',
    retireFailed: 'Il n’a pas pu être retiré de : {{places}}. Fermez le navigateur concerné puis réessayez.',
  },
};
