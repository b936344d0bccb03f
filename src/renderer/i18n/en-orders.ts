import type { Messages } from './messages.js';

/** English for the ordering screens; see fr-orders.ts. */
export const enOrders: Pick<Messages, 'nav' | 'prereq' | 'orders' | 'vault'> = {
  nav: {
    label: 'Main navigation',
    toggle: 'Show or hide the navigation',
    certificates: 'My certificates',
    add: 'Add a certificate',
    inspect: 'Examine a file',
    order: 'Order a certificate',
    orders: 'My orders',
    retrieve: 'Retrieve a certificate',
  },
  prereq: {
    title: 'Before your first order',
    intro:
      'Ordering a certificate takes two stages: Vigie prepares the key and the request on this computer, then you upload the request on the IGC-Santé platform. Check that you have what it takes.',
    youAre: 'You are:',
    userTypes: { doctor: 'a doctor', structure: 'a health structure', 'it-admin': 'an IT administrator' },
    testOnly: 'TEST only',
    continue: 'I have what it takes, continue',
    review: 'Review what you need before ordering',
  },
  orders: {
    draftKey: {
      action: 'Generate the key',
      title: 'Generate the key and the request',
      intro:
        'Vigie makes this order’s new private key and its request (CSR). The key never leaves the place where it is made.',
      generate: 'Generate',
      cancel: 'Cancel',
    },
    title: 'My orders',
    intro:
      'Certificates ordered from this computer, where they stand and what is left to do. Private keys stay in the Vigie vault on this computer.',
    newOrder: 'Order a certificate',
    loading: 'Loading orders…',
    listFailed: 'The list of orders could not be read',
    empty: 'No orders yet.',
    columns: {
      certificate: 'Certificate',
      holder: 'Holder',
      state: 'Status',
      next: 'Next step',
      actions: 'Actions',
    },
    created: 'Created on {{date}}',
    updated: 'Updated on {{date}}',
    states: {
      draft: 'Draft',
      'key-ready': 'Key created',
      'csr-exported': 'Request ready',
      submitted: 'Request uploaded',
      issued: 'Certificate received',
      installed: 'Installed',
      cancelled: 'Cancelled',
    },
    exportCsr: 'Export the request (CSR)',
    exportAgain: 'See the request (CSR) again',
    markSubmitted: 'I uploaded the request',
    received: 'I received my certificate',
    details: 'Details',
    detailsTitle: 'Order details',
    createdAt: 'Created on',
    retrievedAt: 'Certificate retrieved on',
    history: 'History',
    cancel: 'Cancel',
    cancelTitle: 'Cancel this order?',
    cancelExplain:
      'The order will be marked as cancelled and cannot be resumed. If you already uploaded the request on the IGC-Santé platform, cancel it there too. The pending key stays in the vault until it is deleted.',
    keep: 'Keep the order',
    cancelConfirm: 'Cancel the order',
    csrTitle: 'Certificate signing request (CSR)',
    errors: {
      'invalid-holder': 'Some holder details do not suit this certificate: please correct them.',
      'not-found': 'This order cannot be found: it may have been deleted.',
      'invalid-transition': 'This action is not possible in the order’s current state.',
      'vault-locked': 'The key vault is locked: unlock it and try again.',
      'vault-not-set-up': 'The key vault is not protected yet: choose its protection and try again.',
      'keyring-unavailable':
        'The system keychain does not answer. Log in to your session, or protect the vault with a passphrase.',
      'key-generation-failed':
        'The key or the request could not be created. Try again; if it happens again, send the technical detail to your support.',
      'certificate-mismatch':
        'This certificate does not match the order (kind, environment, holder or uses): it was not kept.',
      'certificate-revoked':
        'This certificate is revoked by its certification authority: it was not kept. Request a new one.',
      'look-alike-unconfirmed':
        'This certificate is not recognised as issued by the IGC-Santé: it was not kept. Confirm explicitly to keep it anyway.',
      'no-matching-order':
        'No pending order on this computer matches this certificate, and its key is not in the file: it was not kept.',
      'export-failed':
        'The file could not be written or read back. Check the chosen location (space, permissions) and try again.',
      expired:
        'This certificate has expired: the IGC-Santé only renews certificates still valid. A new order is needed.',
      'not-renewable':
        'Vigie cannot renew this certificate: it is not an IGC-Santé certificate of a known product.',
      cancelled: 'Operation cancelled.',
      unavailable: 'This operation is not available in this version of Vigie.',
      'io-error': 'Orders could not be read or saved on this computer. Try again.',
      'token-failed': 'The card or token refused the operation.',
    },
  },
  vault: {
    loading: 'Checking the key vault…',
    failed: 'The state of the key vault could not be read',
    setupTitle: 'Protect the key vault',
    setupIntro:
      'Private keys will be encrypted in a vault on this computer. Choose what protects this vault; you only do this once.',
    setupKeyring: 'Protect with the system keychain',
    keyringExplain:
      'Recommended: the vault’s secret is kept by the system (Keychain, Credential Manager, GNOME/KDE keyring), nothing to remember.',
    noKeyring: 'No system keychain is available on this computer: protect the vault with a passphrase.',
    preferPassphrase: 'Use a passphrase instead',
    passphrase: 'Passphrase',
    passphraseHint: 'At least {{min}} characters. A few unrelated words make a good passphrase.',
    tooShort: 'Too short: at least {{min}} characters.',
    strength: {
      'too-short': 'Too short',
      weak: 'Weak: make it longer',
      fair: 'Fair',
      strong: 'Strong',
    },
    passphraseAgain: 'Type the passphrase again',
    mismatch: 'The two entries differ.',
    passphraseWarning:
      'It is saved nowhere: if you forget it, pending keys are lost and the orders must be started again.',
    setupPassphrase: 'Protect with this passphrase',
    unlockTitle: 'Unlock the key vault',
    unlockIntro: 'The vault is protected by a passphrase: type it for this session.',
    unlock: 'Unlock',
    keyringLockedTitle: 'System keychain unavailable',
    keyringLocked:
      'The vault is protected by the system keychain, which does not answer. Unlock your session or keychain, then try again.',
    retry: 'Try again',
    readyKeyring: 'Vault protected by the system keychain.',
    readyPassphrase: 'Vault unlocked for this session.',
    keyCount_one: '{{count}} pending key.',
    keyCount_other: '{{count}} pending keys.',
    errors: {
      'wrong-passphrase': 'Wrong passphrase. Check what you typed (caps lock, keyboard layout).',
      'weak-passphrase': 'This passphrase is too weak: make it longer.',
      'keyring-unavailable':
        'The system keychain does not answer: log in to your session, or choose a passphrase.',
      'already-set-up': 'The vault is already protected.',
      'not-set-up': 'The vault is not protected yet.',
      locked: 'The vault is locked.',
      'not-found': 'The requested key cannot be found in the vault.',
      corrupt: 'The key vault is damaged. Send the technical detail to your support.',
      'io-error': 'The key vault could not be read or written on this computer.',
    },
  },
};
