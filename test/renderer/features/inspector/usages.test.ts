import { describe, expect, it } from 'vitest';
import { describeSubject, whoText } from '../../../../src/renderer/features/inspector/subject.js';
import { purposesOf } from '../../../../src/renderer/features/inspector/usages.js';

const eku = (...oids: string[]) => oids.map((oid) => ({ oid, name: oid }));
const CLIENT = '1.3.6.1.5.5.7.3.2';
const SERVER = '1.3.6.1.5.5.7.3.1';
const EMAIL = '1.3.6.1.5.5.7.3.4';

describe('what a certificate is for (IGC-Santé profiles)', () => {
  it.each([
    ['ORG_AUTH_CLI', ['digitalSignature'], eku(CLIENT), ['tlsClient']],
    ['ORG_SIGN', ['digitalSignature', 'nonRepudiation'], eku(EMAIL), ['signature']],
    ['ORG_CONF', ['keyEncipherment'], eku(EMAIL, '2.5.29.37.0'), ['encryption']],
    ['SERV_SSL', ['digitalSignature', 'keyEncipherment'], eku(SERVER, CLIENT), ['tlsClient', 'tlsServer']],
    ['CA', ['keyCertSign', 'cRLSign'], [], ['certSign', 'crlSign']],
  ] as const)('%s', (_name, keyUsage, extendedKeyUsage, expected) => {
    expect(purposesOf({ keyUsage, extendedKeyUsage })).toEqual(expected);
  });
});

describe('who a certificate is for', () => {
  const rdn = (oid: string, short: string, value: string) => ({ oid, short, value });

  it('PS: the person from SN + GN of the multi-valued RDN, not the identifier in CN', () => {
    const who = describeSubject({
      text: 'whatever',
      rdns: [
        [rdn('2.5.4.6', 'C', 'FR')],
        [rdn('2.5.4.12', 'title', 'Médecin')],
        [
          rdn('2.5.4.4', 'SN', 'MARTIN'),
          rdn('2.5.4.3', 'CN', '810001234567'),
          rdn('2.5.4.42', 'GN', 'Claire'),
        ],
      ],
    });
    expect(whoText(who)).toBe('Claire MARTIN — Médecin');
  });

  it('ORG: the service name and the organisation, even with a comma in a value', () => {
    const who = describeSubject({
      text: 'CN=Service\\, A,O=Clinique',
      rdns: [[rdn('2.5.4.10', 'O', 'Clinique, Lyon')], [rdn('2.5.4.3', 'CN', 'Service, A')]],
    });
    expect(whoText(who)).toBe('Service, A — Clinique, Lyon');
  });
});
