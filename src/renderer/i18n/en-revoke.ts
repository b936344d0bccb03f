import type { frRevoke } from './fr-revoke.js';

export const enRevoke: typeof frRevoke = {
  revokeGuide: {
    open: 'Revoke…',
    title: 'Revocation',
    intro:
      'Revoking ends this certificate before it expires: services that check it refuse it from then on. Vigie does not revoke by itself; here is when to do it and how.',
    whenTitle: 'When to revoke?',
    when: {
      key: 'The private key is compromised or lost: stolen computer, .p12 file sent by mistake, password disclosed, disk wiped without a backup.',
      card: 'The card holding this certificate is lost or stolen.',
      wrong:
        'The certificate’s information is wrong or out of date (structure name, service or server name).',
      leaving:
        'Its holder leaves the structure, or the certificate must no longer be used (service stopped, change of use).',
    },
    howTitle: 'How to do it',
    igc: {
      platform:
        'Log in to the ANS IGC-Santé platform as for an order: CPS or CPE card, or e-CPS through Pro Santé Connect.',
      platformTest: 'This is a TEST certificate: use the IGC-Santé TEST platform, with your test card.',
      find: 'Find this certificate (serial number {{serial}}) and ask for its revocation.',
      code: 'Enter the revocation code chosen when the certificate was retrieved, at the end of the order.',
      final:
        'Revocation is final: a revoked certificate cannot be restored. If the service must go on, order and install its replacement first — unless the key is compromised: then revoke at once.',
      openSite: 'Open the IGC-Santé website',
      after:
        'Once revoked, Vigie will show “Revoked” for this certificate as soon as the IGC-Santé revocation list (CRL) lists it.',
    },
    other: {
      how: 'This certificate was not issued by the IGC-Santé (authority: {{issuer}}). Ask that authority, or the provider who supplied it, to revoke it, following their procedure.',
      final: 'Revocation is usually final: the certificate can no longer be used.',
      after:
        'Once revoked, Vigie will show “Revoked” as soon as that authority’s revocation list (CRL) lists it, if Vigie can read it.',
    },
    codeTitle: 'The revocation code',
    codeKept:
      'This certificate comes from an order made with Vigie: its revocation code may be kept in this computer’s keychain.',
    showCode: 'Show the revocation code',
    codeElsewhere:
      'Vigie does not know this certificate’s code: get it from where it was put away at retrieval.',
  },
};
