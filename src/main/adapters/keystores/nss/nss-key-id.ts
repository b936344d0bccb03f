import { createHash, X509Certificate } from 'node:crypto';

/**
 * The id NSS gives an RSA private key (CKA_ID, what `certutil -K` prints and `-k` takes):
 * the SHA-1 of the public modulus, leading zero bytes dropped. Null for other key types,
 * whose ids NSS derives otherwise.
 */
export const nssKeyId = (der: Uint8Array): string | null => {
  try {
    const jwk = new X509Certificate(der).publicKey.export({ format: 'jwk' });
    if (jwk.kty !== 'RSA' || typeof jwk.n !== 'string') return null;
    return createHash('sha1').update(Buffer.from(jwk.n, 'base64url')).digest('hex');
  } catch {
    return null;
  }
};
