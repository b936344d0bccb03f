/** First start ("Qui êtes-vous ?") and the profile form the help page reuses. */
export const frWelcome = {
  welcome: {
    title: 'Qui êtes-vous ?',
    intro:
      'Trois questions de départ pour que Vigie s’ouvre sur ce qui vous concerne. Rien n’est envoyé : ces réponses restent sur ce poste.',
    why: 'Un professionnel de santé suit sa carte et quelques certificats ; une structure commande et renouvelle ceux de ses services ; une équipe informatique surveille des centaines de certificats. Votre réponse choisit la page d’accueil, l’ordre du menu, les dates des rappels et la plateforme proposée par défaut.',
    roleLabel: 'Vous utilisez Vigie en tant que…',
    roleRequired: 'Choisissez l’une des trois réponses pour continuer.',
    roles: {
      ps: {
        label: 'Professionnel de santé',
        hint: 'Vos certificats et votre carte CPS en premier. Rappels à partir de 60 jours avant l’échéance.',
      },
      structure: {
        label: 'Structure (cabinet, centre de santé, établissement)',
        hint: 'Les certificats de la structure et vos commandes en cours en premier. Rappels à partir de 60 jours.',
      },
      it: {
        label: 'Équipe informatique',
        hint: 'Le tableau de bord de tous les certificats surveillés. Rappels à partir de 90 jours, le temps de planifier les déploiements.',
      },
    },
    envLabel: 'Sur quelle plateforme IGC-Santé travaillez-vous ?',
    envProduction: 'Production',
    envProductionHint: 'Les certificats réels, acceptés par les services nationaux (DMP, MSSanté, INSi…).',
    envTest: 'Plateforme de TEST',
    envTestHint: 'Pour les essais d’intégration : les certificats de test sont refusés en production.',
    changeLater: 'Vous pourrez changer ces réponses à tout moment : Aide › Modifier mon profil.',
    thresholdsFailed:
      'Votre profil est enregistré, mais pas les dates de rappel. Réglez-les plus tard dans « Mes certificats », bouton « Rappels ».',
    continue: 'Continuer',
    start: 'Commencer',
    save: 'Enregistrer mon profil',
    saved: 'Profil enregistré.',
    current: 'Profil actuel : {{role}} — {{environment}}.',
    none: 'Aucun profil choisi pour l’instant.',
  },
};
