import type { Messages } from './messages.js';

/** English for cards and tokens; see fr-tokens.ts. */
export const enTokens: Pick<Messages, 'tokens'> = {
  tokens: {
    /** The navigation entry (nav.* lives with the orders' messages). */
    nav: 'Cards and tokens',
    title: 'Cards and tokens',
    intro:
      'The CPS cards and cryptographic tokens plugged into this computer, read through their PKCS#11 modules. Vigie reads their public contents without a PIN; private keys never leave the card.',
    loading: 'Looking for cards and readers…',
    viewFailed: 'The cards and readers could not be read',
    retry: 'Try again',
    device: { card: 'the card', token: 'the token' },
    modules: {
      title: 'PKCS#11 modules',
      empty: 'No PKCS#11 module was found on this computer.',
      kinds: {
        'cryptolib-cps': 'Cryptolib CPS',
        opensc: 'OpenSC',
        softhsm: 'SoftHSM',
        other: 'Other module',
      },
      origins: {
        known: 'Usual location',
        user: 'Added by you',
        environment: 'Environment variable',
      },
      loaded: 'Loaded',
      missing: 'Missing',
      failed: 'Failed',
      library: 'Library: {{library}}',
      remove: 'Remove',
      removeLabel: 'Remove the module {{path}}',
      addLabel: 'Path of another PKCS#11 module',
      addHint: 'The library file (.so, .dylib or .dll) supplied with the token.',
      add: 'Add the module',
      cryptolibMissingTitle: 'Cryptolib CPS is not installed',
      cryptolibMissing:
        'Without it, Vigie cannot read CPS cards. Download Cryptolib CPS from the French digital health agency (ANS) on esante.gouv.fr, in the certification products section, install it, then plug the reader in again.',
      ansSite: 'ANS website',
    },
    slots: {
      title: 'Readers and slots',
      empty: 'No card reader or token is plugged in.',
      reader: 'Reader',
      software: 'Software slot',
      noToken: 'No card inserted',
      module: 'Module: {{module}}',
    },
    token: {
      manufacturer: 'Manufacturer',
      model: 'Model',
      serial: 'Serial number',
      cps: 'CPS card',
      writeProtected: 'Read-only',
      countLow: 'Few tries left',
      finalTry: 'Last try',
      locked: 'PIN locked',
      toBeChanged: 'PIN to be changed',
      notInitialized: 'PIN not set',
      pinPad: 'PIN-pad reader',
      showContents: 'Show contents',
      hideContents: 'Hide contents',
      loadingContents: 'Reading the contents…',
      contentsFailed: 'The contents could not be read',
    },
    unblock: {
      card: 'This card’s PIN is locked. It is unlocked with its 8-digit unblock code (PUK), received with the card, in the Cryptolib CPS tools; without that code, contact the ANS support. Vigie will never ask you for this code.',
      token:
        'This token’s PIN is locked. It is unlocked with its unblock code (PUK) in its manufacturer’s tool; without that code, contact your IT support. Vigie will never ask you for this code.',
    },
    contents: {
      title: 'Contents of "{{label}}"',
      publicOnly:
        'Only public objects are shown. Private keys and protected objects appear once the PIN is entered.',
      privateShown: 'PIN checked: private objects are shown too.',
      unlock: 'Unlock with the PIN',
      holder: 'Holder',
      name: 'Name',
      nationalId: 'National identifier',
      profession: 'Profession',
      cardType: 'Card type',
      dataObjects: 'Card data',
      certificates: 'Certificates',
      noCertificates: 'No certificate on {{device}}.',
      keys: 'Keys',
      noKeys: 'No visible key.',
      roles: {
        authentication: 'Authentication',
        signature: 'Signature',
        encryption: 'Encryption',
      },
      expires: 'expires on {{date}}',
      expired: 'expired on {{date}}',
      keyLabel: 'Paired key: {{label}}',
      keyAfterPin: 'private key shown after the PIN',
      noKey: 'no paired key',
      igcGenuine: 'Issued by the IGC-Santé',
      igcLookAlike: 'Not recognised by Vigie as issued by the IGC-Santé',
      notIgc: 'Not IGC-Santé',
      issuer: 'Issuer: {{issuer}}',
      dataObject: '{{label}}: {{text}}',
      keyType: '{{type}} {{bits}} bits',
      nonExtractable: 'non-exportable',
      canSign: 'signs',
      unpaired: 'no certificate',
      keyTypes: { rsa: 'RSA', ec: 'EC', other: 'Other' },
    },
    pin: {
      title: 'PIN of {{device}}',
      for: '"{{label}}"',
      label: 'PIN',
      ruleCps: 'A CPS card’s PIN is exactly 4 digits.',
      ruleLength: '{{min}} to {{max}} characters.',
      notKept: 'The PIN is neither saved nor kept: it serves this one operation only.',
      invalidCps: 'Type exactly 4 digits.',
      invalidLength: 'The PIN must be {{min}} to {{max}} characters long.',
      countLow:
        'A wrong PIN has already been typed since the last correct one: check carefully before confirming.',
      finalTry: 'Last try: a wrong PIN will lock {{device}}.',
      toBeChanged: 'The PIN must be changed before use, with the management tool supplied for {{device}}.',
      lockedTitle: 'PIN locked',
      pinPad: 'Type the PIN on the reader’s keypad',
      pinPadIntro:
        'This reader has its own keypad: the PIN is typed there, never in Vigie. Click "Start", then type the PIN on the reader’s keypad.',
      pinPadCancel: 'To cancel, use the reader’s cancel key.',
      start: 'Start',
      submit: 'Confirm',
      cancel: 'Cancel',
      close: 'Close',
      checking: 'Checking the PIN…',
    },
    store: {
      action: 'Store on the card',
      purpose: 'The PIN is used to put the certificate on the card or token, next to its key.',
      insert: 'Insert the card or token no. {{serial}}, which holds this certificate’s key, then try again.',
    },
    errors: {
      'module-missing':
        'No PKCS#11 module is available: install Cryptolib CPS (ANS website) or the software supplied with your token, then try again.',
      'module-failed':
        'The PKCS#11 module could not start. Reinstall it or restart the computer, then try again.',
      'token-absent':
        'The card or token is no longer there. Insert it into the reader again, then try again.',
      'token-not-recognized':
        'The module does not recognise this card. Check that it is inserted the right way round and that the right software is installed.',
      'pin-incorrect':
        'Wrong PIN. Check it before trying again: each mistake brings the card closer to locking.',
      'pin-locked':
        'The PIN is locked. Unlock it with the unblock code (PUK) in the manufacturer’s tools (Cryptolib CPS for a CPS card) or through the support.',
      'pin-invalid':
        'This PIN does not have the format the card expects (length, digits only). Correct what you typed.',
      'pin-expired':
        'The PIN has expired: change it with the card’s or token’s management tool, then try again.',
      'pin-cancelled': 'Entry on the reader was cancelled or took too long. Start again when you are ready.',
      'write-protected':
        'The card or token is write-protected: nothing can be added to it. Use another device.',
      'memory-full':
        'The card’s or token’s memory is full. Free some space with the manufacturer’s tool or use another device.',
      'mechanism-unsupported':
        'The card or token cannot do this operation (algorithm or key size). Choose another device or another key type.',
      'key-unusable': 'This key cannot be used for this operation. Choose another key or another device.',
      'device-error':
        'The reader or card is not answering properly. Remove the card, plug the reader in again, then try again.',
      'session-lost':
        'The link with the card was lost (card removed or reader unplugged). Insert it again, then try again.',
      busy: 'The card is busy with another operation or program. Wait a moment, then try again.',
      'no-dialog': 'No file dialog here: type the full path of the module’s library.',
      'dialog-only': 'For your safety, a module is chosen in the system file dialog, not by typing its path.',
      cancelled: 'The operation was cancelled.',
      failed:
        'The operation on the card or token failed. Try again; if it happens again, send the technical detail to your support.',
    },
  },
};
