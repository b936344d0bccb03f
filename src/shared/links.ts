/**
 * Pages the app may open in the system browser. Anything else is refused by main, so a
 * compromised or confused renderer cannot send the user to an arbitrary site.
 */
export const EXTERNAL_HOSTS: readonly string[] = [
  'igc-sante.esante.gouv.fr',
  'esante.gouv.fr',
  'www.esante.gouv.fr',
  'industriels.esante.gouv.fr',
];

/** Opened in the system browser (through `isAllowedExternalUrl`): https only. */
export const LINKS = {
  igcSanteHome: 'https://igc-sante.esante.gouv.fr/',
  policies: 'https://igc-sante.esante.gouv.fr/PC/',
  chainProduction: 'https://igc-sante.esante.gouv.fr/AC/Chaine_de_certification-IGC-Sante.p7b',
  chainTest: 'https://igc-sante.esante.gouv.fr/AC%20TEST/Chaine_de_certification-IGC-Sante-TEST.p7b',
  ansHome: 'https://esante.gouv.fr/',
} as const;

/**
 * ANS's chain bundles as main fetches them (`trust.downloadChain`): plain http, as ANS
 * publishes them, since only certificates whose SHA-256 is pinned in the app are kept.
 * Fetched, never opened in a browser (the browser gets `LINKS.chainProduction` / `chainTest`).
 */
export const CHAIN_BUNDLE_URLS = {
  production: 'http://igc-sante.esante.gouv.fr/AC/Chaine_de_certification-IGC-Sante.p7b',
  test: 'http://igc-sante.esante.gouv.fr/AC%20TEST/Chaine_de_certification-IGC-Sante-TEST.p7b',
} as const;

/**
 * Strict on purpose (shared code has no URL class): scheme https only (a plain http page
 * could be rewritten on the way), a bare host name (no user info, no port), then an
 * optional path/query made of visible ASCII.
 */
const EXTERNAL_URL = /^https:\/\/([a-z0-9.-]+)(?:[/?#][\x21-\x7e]*)?$/i;

export const isAllowedExternalUrl = (raw: string): boolean => {
  const match = EXTERNAL_URL.exec(raw);
  const host = match?.[1]?.toLowerCase();
  return host !== undefined && EXTERNAL_HOSTS.includes(host);
};
