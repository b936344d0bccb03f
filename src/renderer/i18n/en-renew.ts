import type { Messages } from './messages.js';

/** English for renewing; see fr-renew.ts. */
export const enRenew: Pick<Messages, 'renew'> = {
  renew: {
    action: 'Renew',
    title: 'Renew the certificate',
    intro:
      'The IGC-Santé renews a certificate while it is still valid: same product, same holder, a new key. Vigie prepares the order, linked to this certificate:',
    steps: {
      key: 'a new key is made (“Generate the key” in “My orders”), in Vigie’s vault or on a card or token, with the request (CSR);',
      platform: 'you upload the request on the IGC-Santé platform;',
      retrieve: 'you retrieve the new certificate ("Add a certificate");',
      install: 'Vigie installs it where the old one is, then offers to remove the old one.',
    },
    deadline: 'To do before {{date}}.',
    start: 'Prepare the renewal',
    started: 'The renewal order is ready: follow its steps in "My orders".',
    expiredTitle: 'This certificate has expired',
    expiredBody:
      'It expired on {{date}}. The IGC-Santé only renews certificates that are still valid: a new order is needed. Vigie can prepare it with the same details.',
    newOrder: 'Prepare a new order',
    close: 'Close',
    lineage: 'Renews an existing certificate',
    retireTitle: 'Remove the old certificate',
    retireBody:
      'The new certificate is installed and read back. Remove the old one (and its key) from every store that still holds it?',
    retireAction: 'Remove the old certificate',
    retired_one: 'Old certificate removed from: {{places}}.',
    retired_other: 'Old certificate removed from: {{places}}.',
    retiredNowhere: 'The old certificate was no longer in any store.',
    retireFailed: 'It could not be removed from: {{places}}. Close that browser and try again.',
  },
};
