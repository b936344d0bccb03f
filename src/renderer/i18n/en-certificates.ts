import type { Messages } from './messages.js';

/** English for "Mes certificats"; see fr-certificates.ts. */
export const enCertificates: Pick<Messages, 'certificates'> = {
  certificates: {
    title: 'My certificates',
  },
};
