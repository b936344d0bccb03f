import type { Messages } from './messages.js';

/** English for watched TLS servers; see fr-endpoints.ts. */
export const enEndpoints: Pick<Messages, 'endpoints'> = {
  endpoints: {
    watch: 'Watch a server',
    title: 'Watch a server',
    intro:
      'Vigie connects to the server, reads the certificate it presents and its chain, and warns you before it expires. For mail (MSSanté), add /smtp, /imap or /pop3: Vigie then goes through STARTTLS.',
    label: 'Server address',
    placeholder: 'intranet.example.org:443 or mail.example.org:25/smtp',
    cancel: 'Cancel',
    submit: 'Watch',
    checking: 'Checking the watched servers',
    checkCounts: '{{done}} of {{found}} servers checked',
    list: 'Watched servers',
    notChecked: 'not checked yet',
    checked: 'checked on {{date}}',
    ok: 'all good',
    stop: 'Stop watching {{endpoint}}',
    added: 'Server added: {{endpoint}}.',
    problems: {
      unreachable: 'unreachable',
      'hostname-mismatch': 'the certificate does not bear this name',
      'missing-intermediate': 'missing intermediate certificate',
      'unknown-root': 'unknown root authority',
      expired: 'expired certificate',
    },
  },
};
