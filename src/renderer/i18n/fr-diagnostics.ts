/** "Exporter un diagnostic" in the about dialog: what the file holds, and what it never holds. */
export const frDiagnostics = {
  diagnostics: {
    export: 'Exporter un diagnostic',
    hint: 'Un fichier pour votre support informatique : versions, réglages, modules et magasins disponibles, dernières lignes du journal. Il ne contient ni code PIN, ni mot de passe, ni clé privée.',
    exporting: 'Préparation du diagnostic…',
    saved: 'Diagnostic enregistré : {{path}}',
    unavailable: 'L’enregistrement d’un fichier n’est pas possible ici.',
    failed: 'Le diagnostic n’a pas pu être enregistré.',
  },
};
