/** Notification thresholds ("Rappels") and certificates in the making on "Mes certificats"; fr.ts spreads it in. */
export const frReminders = {
  inProgress: {
    title_one: '{{count}} certificat en préparation',
    title_other: '{{count}} certificats en préparation',
    next: 'Étape suivante',
  },
  reminders: {
    open: 'Rappels',
    title: 'Quand Vigie vous prévient',
    intro:
      'Vigie envoie une notification du système à chacun de ces délais avant l’échéance (« renouveler avant le »), puis à l’échéance.',
    thresholds: 'Délais des rappels (en jours, séparés par des virgules)',
    renewNow: 'Statut « à renouveler maintenant » à partir de (jours)',
    invalid: 'Écrivez des nombres entiers de jours (0 à 3650), séparés par des virgules.',
    cancel: 'Annuler',
    save: 'Enregistrer',
    /** The drawer's section: one certificate's own settings (drawer-reminders.tsx). */
    certificate: {
      title: 'Rappels',
      own: 'Propres à ce certificat',
      global: 'Réglages généraux',
      thresholdsLine: 'Rappels (jours avant l’échéance) : {{days}}',
      noThreshold: 'aucun',
      renewNowLine: 'Statut « à renouveler maintenant » à partir de (jours) : {{days}}',
      edit: 'Modifier pour ce certificat',
      useGlobal: 'Revenir aux réglages généraux',
      hint: 'Un délai déjà passé et plus proche que le dernier rappel reçu sera notifié une fois ; les autres ne le seront pas de nouveau.',
    },
  },
};
