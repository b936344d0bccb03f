import type { frHelp } from './fr-help.js';

export const enHelp: typeof frHelp = {
  help: {
    nav: 'Help',
    title: 'Help',
    intro:
      'The essentials to read your card, go through the IGC-Santé platform and choose the right certificate.',
    why: 'Why?',
    cps: {
      title: 'Install the Cryptolib CPS and read your card',
      intro:
        'A CPS card (or CPE, CPA) is read with a card reader and the Cryptolib CPS, ANS’s software that links the card to applications. Vigie uses it to list your cards, read their certificates and create keys on them.',
      install:
        'Download the Cryptolib CPS from the ANS website and install it with an administrator account.',
      plug: 'Plug in the reader, insert the card, then open “Cards and tokens” in Vigie: the card shows there with its certificates.',
      module:
        'If no card shows, point Vigie to the Cryptolib module (“Add the module” button in “Cards and tokens”):',
      windows:
        'Windows: cps3_pkcs11_w64.dll (cps3_pkcs11_w32.dll for a 32-bit application), in the system folder.',
      linux: 'Linux: libcps3_pkcs11_lux.so, in /opt/santesocial/CPS/lib/ or /usr/lib64/.',
      macos: 'macOS: /usr/local/lib/libcps3_pkcs11_osx.dylib.',
      pin: 'The PIN has 4 digits. After 3 wrong PINs the card locks; only the 8-digit unblock code received with the card unlocks it. Vigie warns you before the last try and never keeps your PIN.',
      trust:
        'The Cryptolib also installs the IGC-Santé authorities: Vigie recognises them and lists them in “IGC-Santé authorities”.',
    },
    platform: {
      title: 'The steps on the IGC-Santé platform',
      intro:
        'Requests are made on the IGC-Santé platform by a technical administrator of the organisation, logged in with a CPx card or Pro Santé Connect (e-CPS). The organisation’s legal representative grants that role.',
      order:
        'Ordering: choose the offer (ORG, SERV, PRO or PS), the use and the organisation. “Order a certificate” tells you what to ask for, from the service you connect to.',
      request:
        'Submitting the request: upload the certificate signing request (CSR) Vigie prepared. The private key stays on this computer or on your card; it is never sent.',
      retrieve:
        'Retrieval: an e-mail tells you the certificate is ready. When you download it, you choose a revocation code: keep it somewhere safe, without it you cannot revoke. “Retrieve a certificate” pairs the certificate with its key.',
      renew:
        'Renewal: only possible while the certificate is still valid. Once it has expired, a full new order is needed; that is why Vigie warns you well before the deadline.',
      revoke:
        'Revocation: on loss, a compromised key or a change of use, revoke the certificate on the platform with its revocation code.',
      test: 'The TEST platform is for integration testing. Its certificates are refused in production; working on it needs a test card, ordered with form F414.',
    },
    types: {
      title: 'Certificate types',
      intro:
        'IGC-Santé sorts its certificates into four offers by holder; within each offer, one product per use.',
      org: 'ORG — an application of an organisation (legal entity). ORG_AUTH_CLI to connect to a national service (DMP, INSi, Dossier Pharmaceutique, ROR…), ORG_SIGN to seal documents, ORG_CONF to receive encrypted data.',
      serv: 'SERV — a server of an organisation. SERV_SSL for a web or mail server over TLS (MSSanté operators, ROR…); SERV_SIGN and SERV_CONF, sold together as “SERV S/MIME”.',
      pro: 'PRO — a professional (health, social or administrative) working in an organisation, ordered by one of its agents: PRO_AUTH, PRO_SIGN, PRO_CONF.',
      ps: 'PS — a health professional, who orders it directly: PS_AUTH, PS_SIGN, PS_CONF.',
      uses: 'Uses: AUTH authenticates you to a service; SSL authenticates a server; SIGN signs or seals documents and mails; CONF lets others encrypt data that only you can read.',
      validity: 'IGC-Santé software certificates are valid for 3 years, with a 2048-bit RSA key.',
    },
    links: 'On the ANS websites',
    linkHome: 'The IGC-Santé website',
    linkPolicies: 'Certificate policies',
    linkAns: 'The French digital health agency (ANS)',
    profile: {
      title: 'Change my profile',
      intro:
        'Your profile picks the home page, the menu order, the reminder dates and the platform offered in orders.',
    },
    wizard: {
      service:
        'IGC-Santé issues one product per use: the service you connect to decides which certificates to order. Production and TEST are two separate platforms: a certificate from one is refused by the other.',
      holder:
        'These details become the name written in the certificate. The platform refuses a request whose name does not match the organisation or professional it knows.',
      keys: 'The private key is created here, on this computer or on your card, and never leaves it: only its public part goes into the request. A lost key cannot be recovered; you would have to order again.',
      csr: 'The request (CSR) proves to the platform that you hold the key, without revealing it. The platform needs it to issue the certificate.',
    },
  },
  readerWarning: {
    'pkcs12-encrypted-content':
      'Part of this file is encrypted (usually the certificates): enter the password to read it.',
    'pkcs12-unsupported-container':
      'Part of this PKCS#12 file could not be read. The other objects are shown; if one is missing, ask for a file exported with standard settings.',
    'pkcs12-unsupported-key':
      'The private key is encrypted with a scheme Vigie cannot read. Ask for a file exported with standard settings (AES-256).',
    'pkcs12-key-password':
      'The private key is protected by a different password than the file: it stays locked. Ask the person who exported the file for the key’s password.',
    'pkcs12-skipped': 'Some items of this file are not shown: they are neither certificates nor keys.',
    'pkcs12-extra': 'This file holds several PKCS#12 stores: only the first is shown.',
    'trailing-data': 'Extra bytes follow the file’s content: they were ignored.',
    'pem-ignored-block': 'PEM blocks of another kind (no certificate, request or key) were ignored.',
    'pkcs7-skipped': 'Items of a kind other than X.509 certificates were skipped.',
    'pkcs7-signed-content':
      'This PKCS#7 file is a signed message: only its certificates and revocation lists are shown.',
    'pkcs7-empty': 'This PKCS#7 bundle holds no certificate or revocation list.',
    'public-key-only':
      'This file holds only a public key: there is no certificate, request or private key to show.',
    other: 'Vigie noticed something unusual in this file; the technical detail below describes it.',
  },
};
