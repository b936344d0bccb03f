import type { frGenuine } from './fr-genuine.js';

export const enGenuine: typeof frGenuine = {
  genuine: {
    lookAlikeTitle: 'Looks like an IGC-Santé certificate, but was not issued by the IGC-Santé',
    lookAlike:
      'Its names imitate the IGC-Santé’s, but its chain leads to no official IGC-Santé authority (fingerprints known to Vigie). Do not treat it as an IGC-Santé certificate.',
    unverifiedTitle: 'Looks like an IGC-Santé certificate, but nothing shows it was issued by the IGC-Santé',
    unverified:
      'Vigie could not link this certificate to an official IGC-Santé authority (chain missing or incomplete). Import the official certification chain to check it; until then, treat it as not recognised.',
    caLookAlike: 'Authority using IGC-Santé names, not recognised',
    acceptKeep:
      'I understand this certificate is not recognised as issued by the IGC-Santé, and I want to keep it anyway.',
    acceptInstall:
      'I understand this certificate is not recognised as issued by the IGC-Santé, and I want to install it anyway.',
    acceptNeeded: 'Tick the box to confirm, or give up.',
  },
};
