import type { Messages } from './messages.js';

/** English for the retrieval and key custody screens; see fr-retrieve.ts. */
export const enRetrieve: Pick<Messages, 'retrieve' | 'custody'> = {
  retrieve: {
    title: 'Retrieve a certificate',
    intro:
      'Got the ANS e-mail and downloaded your certificate from the IGC-Santé platform? Open the file here: Vigie checks that it matches your order and keeps it with its key.',
    dropZoneLabel:
      'Drop zone for the certificate you received. Drop the file downloaded from the IGC-Santé platform, or press Enter to choose it.',
    reading: 'Reading “{{name}}”…',
    analyzed: 'Finished reading “{{name}}”.',
    failed: 'The file “{{name}}” could not be read',
    another: 'Choose another file',
    empty: 'This file holds no certificate.',
    certificates: 'Your certificate',
    authorities: 'Certification authorities in the file',
    authoritiesCount_one: '{{count}} authority certificate',
    authoritiesCount_other: '{{count}} authority certificates',
    productUnknown: 'Unrecognised IGC-Santé product',
    notIgcSante: 'Not an IGC-Santé certificate',
    sandbox: {
      title: 'Sandbox rehearsal certificate',
      originTitle: 'Issued by Vigie’s sandbox',
      origin:
        'Vigie’s local test authority issued it so you can rehearse the steps. It is a rehearsal certificate: it has no value outside Vigie, no service accepts it, and it is not an IGC-Santé certificate.',
      chain: 'Vigie’s sandbox authority (local test, not the IGC-Santé)',
      authority: 'Vigie’s sandbox',
      acceptInstall: 'I install this rehearsal certificate in the chosen stores, to rehearse the steps.',
    },
    validUntil: 'Valid until',
    chain: 'Chain of trust',
    order: 'Order',
    matchedOrder: '{{product}}, order created on {{date}}',
    matchedOrderUnknown: 'A pending order on this computer',
    noMatchingOrder: 'No pending order for this key.',
    noMatchingOrderHint:
      'This certificate was not requested from this computer with a key of the Vigie vault: it cannot be kept here. Check that you downloaded the right certificate.',
    keyInFile: 'Key included in the file',
    keyInFileHint:
      'The platform created the key along with the certificate: Vigie will keep it in its vault. Keep the original file somewhere safe, or delete it once the certificate is kept.',
    matchesExactly: 'As ordered.',
    mismatchesTitle: 'Differences from the order',
    mismatches: {
      product: 'This is not the kind of certificate that was ordered.',
      environment:
        'It does not come from the same environment as the order (production instead of test, or the reverse).',
      subject: 'The name or identifier in the certificate is not the one of the order.',
      'key-usage': 'Its uses (signing, authentication, encryption) are not the ones ordered.',
      expired: 'This certificate has already expired.',
      'not-igc-sante': 'This certificate was not issued by the IGC-Santé.',
    },
    pick: 'Certificate to keep',
    codeTitle: 'The revocation code',
    codeExplain:
      'On the IGC-Santé platform, when retrieving the certificate, you chose a revocation code. It is what lets you revoke the certificate if the key is lost or stolen, or if the certificate must no longer be used. Without it, revoking is much harder.',
    codeKeep:
      'Vigie can keep it for you in this computer’s system keychain. This is optional: you can also write it down and keep it somewhere safe.',
    codeLabel: 'Revocation code (optional)',
    codeShow: 'Show the revocation code',
    confirm: 'Keep this certificate',
    confirmBlockedPassword: 'Type the file’s password first.',
    confirmBlockedOrder: 'No order from this computer matches this certificate.',
    confirmFailed: 'The certificate was not kept',
    doneTitle: 'Certificate kept',
    doneBody: 'The certificate is kept with its key in Vigie: {{product}}.',
    doneCode: 'The revocation code is kept in the system keychain.',
    doneNoCode: 'No revocation code was saved: write it down and keep it somewhere safe.',
    nextTitle: 'What now?',
    nextInstall:
      'Install the certificate with its key where it will be used: “Install” puts it in this computer’s browsers and store; for another computer or an application, export it as PKCS#12 (.p12), for a web server as PEM.',
    toOrders: 'See my orders',
    again: 'Retrieve another certificate',
  },
  custody: {
    rule: 'A private key must not be copied to several machines. Export it only to move it to the computer or server that will use it, and keep a single copy.',
    exportP12: 'Export (PKCS#12)…',
    exportPem: 'Export for a server (PEM)…',
    revealCode: 'Show the revocation code',
    p12Title: 'Export the certificate and its key (PKCS#12)',
    p12Intro: 'Vigie saves a password-protected .p12 file wherever you choose.',
    profileLabel: 'Where will this file be installed?',
    profileRequired: 'Say where the file will be installed.',
    profiles: {
      modern: 'Recent computer (up-to-date Windows 10/11, macOS 15+, Linux)',
      compatible:
        'Older system or software (Windows Server 2016 or earlier, macOS 14 or earlier, old Java/Android)',
    },
    profileHints: {
      modern: 'Current encryption (AES-256): the best choice when the system is up to date.',
      compatible: 'Older encryption (3DES), readable everywhere. Delete the file once installed.',
    },
    password: 'File password',
    passwordAgain: 'Type the password again',
    passwordHint:
      'It will be asked for at installation. At least 10 characters recommended; it is not saved anywhere.',
    passwordRequired: 'Choose a password.',
    passwordShort: 'Fewer than 10 characters: a longer password protects the key better.',
    passwordMismatch: 'The two entries differ.',
    export: 'Export',
    close: 'Close',
    saved: 'File saved: {{path}}',
    savedPath: 'file path',
    exportFailed: 'The export did not complete',
    pemTitle: 'Export for a server (PEM)',
    pemIntro:
      'For a web server (nginx, Apache…): Vigie writes the private key, the certificate, the full chain and the authorities as PEM into a folder you choose.',
    passphrase: 'Key passphrase',
    passphraseAgain: 'Type the passphrase again',
    passphraseHint: 'At least 10 characters. The server needs it to read the key; it is not saved anywhere.',
    passphraseShort: 'At least 10 characters.',
    plainKey: 'Save the key unencrypted',
    plainKeyWarning:
      'Anyone who can read the file can use the key. Do this only if the server cannot read an encrypted key, and protect the file (readable by the web service only).',
    pemSaved: 'Files saved in {{folder}}:',
    hintsTitle: 'Server configuration',
    hintsIntro: 'To adapt in your site’s configuration (port 443 block):',
    hintPassFile:
      'The key is encrypted: nginx reads the passphrase from privkey.pass (ssl_password_file), a file you create yourself next to the key: one line, readable by the service only.',
    hintPassApache:
      'The key is encrypted: Apache asks for the passphrase at start-up, or reads it through SSLPassPhraseDialog.',
    copySnippet: 'the {{server}} configuration',
    revealTitle: 'Show the revocation code',
    revealAsk: 'Can anyone see your screen?',
    revealExplain:
      'The revocation code lets someone revoke this certificate. Show it only if nobody is looking at your screen and it is not shared (video call, remote control).',
    revealConfirm: 'Nobody can see my screen, show it',
    revealed: 'Revocation code',
    revealedHint: 'It will be hidden again when this window closes.',
    revealNone: 'No revocation code is kept for this certificate in this computer’s keychain.',
    revealFailed: 'The code could not be read',
  },
};
