/** Watched TLS servers on "Mes certificats"; fr.ts spreads it in. */
export const frEndpoints = {
  endpoints: {
    watch: 'Surveiller un serveur',
    title: 'Surveiller un serveur',
    intro:
      'Vigie se connecte au serveur, relève le certificat qu’il présente et sa chaîne, et vous prévient avant l’échéance. Pour la messagerie (MSSanté), ajoutez /smtp, /imap ou /pop3 : Vigie passe alors par STARTTLS.',
    label: 'Adresse du serveur',
    placeholder: 'intranet.exemple.fr:443 ou mail.exemple.fr:25/smtp',
    cancel: 'Annuler',
    submit: 'Surveiller',
    checking: 'Vérification des serveurs surveillés',
    checkCounts: '{{done}} serveurs vérifiés sur {{found}}',
    list: 'Serveurs surveillés',
    notChecked: 'pas encore vérifié',
    checked: 'vérifié le {{date}}',
    ok: 'conforme',
    stop: 'Ne plus surveiller {{endpoint}}',
    added: 'Serveur ajouté : {{endpoint}}.',
    problems: {
      unreachable: 'injoignable',
      'hostname-mismatch': 'le certificat ne porte pas ce nom',
      'missing-intermediate': 'certificat intermédiaire manquant',
      'unknown-root': 'autorité racine inconnue',
      expired: 'certificat expiré',
    },
  },
};
