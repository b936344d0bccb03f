/**
 * node:crypto reports undecodable keys and certificates with OpenSSL's error details: a
 * code (`ERR_OSSL_*`, or Node's `ERR_CRYPTO_*`) and/or an `opensslErrorStack` (createPublicKey
 * on bad DER throws a plain Error that carries only the stack). When OpenSSL's decoder fails
 * without queuing an error (a key whose algorithm OID has a 2,000-byte arc, found by fuzzing),
 * Node throws a bare Error with this one message. Code that tries a key or a certificate the
 * user gave catches only these; anything else is a bug and must surface.
 */
const BARE_KEY_FAILURE = 'Failed to read asymmetric key';

export const isCryptoDecodeError = (e: unknown): boolean => {
  if (!(e instanceof Error)) return false;
  if ('opensslErrorStack' in e && Array.isArray(e.opensslErrorStack)) return true;
  if (e.message === BARE_KEY_FAILURE && !('code' in e)) return true;
  if (!('code' in e) || typeof e.code !== 'string') return false;
  return e.code.startsWith('ERR_OSSL') || e.code.startsWith('ERR_CRYPTO');
};
