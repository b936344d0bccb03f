/**
 * nginx and Apache configuration excerpts for the PEM bundle. PATH_PLACEHOLDER stands for
 * the folder the files were written to; services/export's `snippetsIn` puts the real folder
 * there once the files are saved, and the window only shows the result.
 */

import type { ServerSnippets } from '../../../shared/model/retrieve.js';

export const PATH_PLACEHOLDER = '{dossier}';

const p = (name: string): string => `${PATH_PLACEHOLDER}/${name}`;

const nginx = (keyEncrypted: boolean, hasCa: boolean): string =>
  [
    `# Vigie — nginx (server { listen 443 ssl; … })`,
    `ssl_certificate         ${p('fullchain.pem')};`,
    `ssl_certificate_key     ${p('privkey.pem')};`,
    ...(keyEncrypted
      ? [
          `# The key is encrypted: nginx reads its passphrase from a file (one line, mode 0600).`,
          `ssl_password_file       ${p('privkey.pass')};`,
        ]
      : []),
    ...(hasCa
      ? [
          `# IGC-Santé CAs are not in system stores: needed for OCSP stapling and client certificates.`,
          `ssl_trusted_certificate ${p('ca.pem')};`,
        ]
      : []),
    '',
  ].join('\n');

const apache = (keyEncrypted: boolean, hasCa: boolean): string =>
  [
    `# Vigie — Apache httpd ≥ 2.4.8 (<VirtualHost *:443> with SSLEngine on)`,
    `SSLCertificateFile     ${p('fullchain.pem')}`,
    `SSLCertificateKeyFile  ${p('privkey.pem')}`,
    ...(keyEncrypted
      ? [
          `# The key is encrypted: httpd asks at start-up, or runs a program that prints the passphrase`,
          `# (server-wide directive): SSLPassPhraseDialog exec:/path/to/print-passphrase`,
        ]
      : []),
    ...(hasCa
      ? [
          `# IGC-Santé CAs, to verify client certificates (SSLVerifyClient require).`,
          `SSLCACertificateFile   ${p('ca.pem')}`,
        ]
      : []),
    '',
  ].join('\n');

export const serverSnippets = (keyEncrypted: boolean, hasCa: boolean): ServerSnippets => ({
  nginx: nginx(keyEncrypted, hasCa),
  apache: apache(keyEncrypted, hasCa),
});
