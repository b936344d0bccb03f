import type { PrivateKeyView } from '../../../shared/model/certificate.js';
import { KNOWN_KEY_ALGORITHMS } from '../asn1/oids.js';
import { encoded, type Tlv } from '../../../shared/asn1/tlv.js';
import { readAlgorithm, sequenceOf } from '../asn1/elements.js';
import { throwReadFailure } from '../reader/read-error.js';
import { loadPrivateKey, viewOfKey } from './key-view.js';

/** Unencrypted private key encodings we recognise by structure. */
export type PlainKeyForm = 'pkcs8' | 'rsa-private' | 'ec-private' | 'dsa-private';

const toPem = (label: string, der: Uint8Array): string => {
  const b64 = Buffer.from(der)
    .toString('base64')
    .replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${b64}-----END ${label}-----\n`;
};

const checkPkcs8Algorithm = (node: Tlv): void => {
  const alg = readAlgorithm(sequenceOf(node, 'The private key')[1], 'The private key algorithm');
  if (!KNOWN_KEY_ALGORITHMS.has(alg.oid)) {
    throwReadFailure('unsupported-algorithm', `The private key uses an unknown algorithm (OID ${alg.oid}).`, {
      oid: alg.oid,
    });
  }
};

export const viewPlainKey = (node: Tlv, form: PlainKeyForm): PrivateKeyView => {
  switch (form) {
    case 'pkcs8':
      checkPkcs8Algorithm(node);
      return viewOfKey(loadPrivateKey({ der: encoded(node), type: 'pkcs8' }));
    case 'rsa-private':
      return viewOfKey(loadPrivateKey({ der: encoded(node), type: 'pkcs1' }));
    case 'ec-private':
      return viewOfKey(loadPrivateKey({ der: encoded(node), type: 'sec1' }));
    case 'dsa-private':
      // node:crypto reads OpenSSL's traditional DSA encoding only through PEM.
      return viewOfKey(loadPrivateKey({ pem: toPem('DSA PRIVATE KEY', encoded(node)) }));
  }
};
