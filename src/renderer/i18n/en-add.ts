import type { Messages } from './messages.js';

/** English for "Ajouter un certificat"; see fr-add.ts. */
export const enAdd: Pick<Messages, 'add'> = {
  add: {
    title: 'Add a certificate',
    intro:
      'Drop here the file the IGC-Santé platform gave you (.p12), or any certificate whose expiry you want to follow (.pem, .crt, .cer, .der, .p7b). Vigie tells you what it holds, keeps it, then installs it where your software will find it.',
    dropZoneLabel: 'Drop zone. Drop the certificate file, or press Enter to choose it.',
    protectedTitle: 'Password-protected file',
    protectedBody:
      'This file is encrypted: type the password you chose when downloading it from the platform to see the certificates it holds.',
    keepTitle: 'Keep and install',
    keepBody:
      'The private key goes into Vigie’s vault, then the certificate is installed on this computer (one more click to confirm where).',
    keepAction: 'Add and install',
    watchTitle: 'Follow this certificate',
    watchBody:
      'This file holds no private key: Vigie keeps the certificate in "My certificates" and warns you before it expires.',
    watchAction: 'Add to my certificates',
    revoked: 'This certificate is revoked: there is nothing to install. Order a new one.',
    addFailed: 'The certificate could not be added',
    doneTitle: 'Certificate added',
    doneWatched_one: 'Vigie now follows this certificate and will warn you before it expires.',
    doneWatched_other: 'Vigie now follows these {{count}} certificates and will warn you before they expire.',
    doneKept: 'The certificate and its key are kept by Vigie.',
    installNow: 'Install now',
    toList: 'See it in "My certificates"',
    fromInspector: 'Add to my certificates',
    another: 'Add another file',
  },
};
