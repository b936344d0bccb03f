/**
 * The recovery notice: files Vigie could not read at start, set aside (never deleted), and
 * what it did instead. Said plainly: what, where the copy is, what the user may do.
 */
export const frRecovery = {
  recovery: {
    title: 'Des fichiers illisibles ont été mis de côté',
    intro:
      'Au démarrage, Vigie n’a pas pu lire certains de ses fichiers. Elle ne les a pas effacés : elle les a mis de côté et a continué avec des fichiers neufs. Vos clés du coffre ne sont pas concernées.',
    copy: 'Copie conservée :',
    folder: 'Dossier des données de Vigie :',
    advice:
      'Transmettez ces copies à votre support informatique si vous voulez tenter de les récupérer ; sinon, vous pouvez les supprimer.',
    close: 'J’ai compris',
    closeLabel: 'Fermer',
    stores: {
      inventory: 'L’inventaire « Mes certificats »',
      'inventory-settings': 'Le fichier des réglages (rappels, dossiers surveillés)',
      orders: 'La liste de vos commandes',
      'token-settings': 'Le fichier des modules de cartes et jetons ajoutés',
      other: 'Un fichier de données',
    },
    reasons: {
      damaged: {
        inventory:
          'était endommagé. Un inventaire neuf a été créé : vos certificats y reviendront à la prochaine vérification (« Vérifier maintenant »).',
        'inventory-settings':
          'était endommagé. Les réglages par défaut sont rétablis : ajoutez de nouveau les dossiers à surveiller.',
        orders:
          'était endommagée. Vigie repart d’une liste vide ; les clés déjà créées restent dans le coffre.',
        'token-settings': 'était endommagé. Ajoutez de nouveau les modules dont vous avez besoin.',
        other: 'était endommagé. Vigie en a commencé un neuf.',
      },
      'unreadable-entries':
        'contenait des éléments illisibles, qui ont été laissés de côté. Le fichier d’origine est conservé tel quel.',
    },
  },
};
