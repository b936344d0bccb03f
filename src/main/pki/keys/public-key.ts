import { createPublicKey } from 'node:crypto';
import { encoded, type Tlv } from '../../../shared/asn1/tlv.js';
import { throwReadFailure, ReaderFailure } from '../reader/read-error.js';
import type { Warning } from '../reader/types.js';
import { publicKeyFacts } from './key-view.js';

/**
 * A file holding only a public key is readable but has nothing our model shows (no
 * certificate, request or private key). We check that the key loads, then say so in a
 * warning; a key that does not load (e.g. DSA without its domain parameters) is an error.
 */
export const publicKeyWarning = (node: Tlv, form: 'spki' | 'rsa-public'): Warning => {
  let facts: ReturnType<typeof publicKeyFacts>;
  try {
    const key = createPublicKey({
      key: Buffer.from(encoded(node)),
      format: 'der',
      type: form === 'spki' ? 'spki' : 'pkcs1',
    });
    facts = publicKeyFacts(key);
  } catch (e) {
    if (e instanceof ReaderFailure) throw e;
    return throwReadFailure(
      'malformed',
      'The public key in this file cannot be loaded (incomplete or unsupported parameters).',
    );
  }
  const size = facts.size === null ? '' : ` ${facts.size}-bit`;
  const curve = facts.curve === null ? '' : ` (${facts.curve})`;
  return {
    code: 'public-key-only',
    message: `This holds only a${size} ${facts.algorithm}${curve} public key: there is no certificate, request or private key to show.`,
  };
};
