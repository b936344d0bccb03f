/** "Mes certificats" (the home) and the dashboard; fr.ts spreads it in. */
export const frCertificates = {
  certificates: {
    title: 'Mes certificats',
  },
};
