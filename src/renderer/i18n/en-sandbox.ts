import type { Messages } from './messages.js';

/** English for the rehearsal sandbox; see fr-sandbox.ts. */
export const enSandbox: Pick<Messages, 'sandbox'> = {
  sandbox: {
    nav: 'Sandbox',
    title: 'Sandbox',
    badge: 'sandbox',
    intro:
      'Rehearse the whole journey — order, retrieve, install, renew, revoke — without the IGC-Santé platform. A local test authority, private to this computer, signs Vigie’s requests (CSRs), publishes its revocation list and answers OCSP on 127.0.0.1.',
    warning:
      'Sandbox certificates are worthless anywhere else: they are not issued by the IGC-Santé, no service accepts them, and Vigie never recognises them as genuine. Its authority is not added to Vigie’s IGC-Santé authorities.',
    stepsTitle: 'The steps',
    steps: {
      order: 'Create a TEST order in “Order a certificate” and generate its key.',
      issue: 'Pick it below, then “Issue in the sandbox”.',
      retrieve:
        '“Retrieve now” opens it in “Retrieve a certificate”, like a platform download: Vigie recognises it as a sandbox rehearsal certificate.',
      install:
        'Install it (“Install”, at the end of the retrieval), renew it from “My certificates”, then revoke it here: “Check now” shows it revoked.',
    },
    statusTitle: 'Sandbox authority',
    notCreated: 'Not created yet: it will be on the first issue.',
    created: 'Authority: {{subject}}',
    server: 'Revocation list and OCSP: {{url}}',
    serverStopped: 'Local server stopped (it restarts on the next issue).',
    counts: '{{issued}} issued, {{revoked}} revoked',
    issueTitle: 'Issue a certificate',
    orderLabel: 'Order waiting for its certificate (TEST)',
    orderPlaceholder: 'Pick an order',
    noOrders: 'No TEST order is waiting for a certificate. Create one and generate its key to rehearse.',
    issue: 'Issue in the sandbox',
    issuing: 'Issuing…',
    issuedTitle: 'Certificate issued in the sandbox',
    issuedBody:
      'Retrieve it like a platform certificate: “Retrieve now” opens it in “Retrieve a certificate”. “Download” keeps a copy.',
    download: 'Download',
    copy: 'Copy',
    copied: 'Copied',
    goRetrieve: 'Retrieve now',
    listTitle: 'Issued certificates',
    listEmpty: 'No certificate issued yet.',
    columns: { subject: 'Holder', product: 'Product', notAfter: 'Valid until', check: 'State' },
    check: {
      valid: 'valid in the sandbox',
      revoked: 'revoked',
      expired: 'expired',
      invalid: 'invalid',
    },
    reasonLabel: 'Revocation reason',
    reasons: {
      unspecified: 'Unspecified',
      keyCompromise: 'Key compromise',
      affiliationChanged: 'Affiliation changed',
      superseded: 'Superseded',
      cessationOfOperation: 'Cessation of operation',
    },
    revoke: 'Revoke',
    revokeFor: 'Revoke the certificate of {{subject}}',
    revokedOn: 'Revoked on {{date}}',
    reset: 'Reset the sandbox',
    resetConfirm: 'Confirm: erase everything',
    resetHelp:
      'Erases the test authority and the list of issued certificates. Certificates already retrieved stay in your orders.',
    cancel: 'Cancel',
    errors: {
      'order-not-found': 'This order no longer exists.',
      'order-not-pending': 'This order no longer waits for a certificate.',
      'not-test-order':
        'The sandbox only issues for TEST orders: a production order stays for the real platform.',
      'no-csr': 'This order has no request (CSR) yet: generate its key first.',
      'bad-csr': 'This order’s request (CSR) cannot be read.',
      'not-found': 'This certificate was not issued by the sandbox.',
      'already-revoked': 'This certificate is already revoked.',
      failed: 'The sandbox could not finish this operation.',
    },
  },
};
