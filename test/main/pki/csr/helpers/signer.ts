/** A real RSA signer on a node:crypto key, shaped like `(tbs) => keyStore.sign(keyId, tbs)`. */
import { generateKeyPairSync, sign } from 'node:crypto';
import type { KeyStoreError } from '../../../../../src/main/ports/key-store.js';
import { ok, type Result } from '../../../../../src/shared/result.js';

export type TestSigner = {
  spkiDer: Uint8Array;
  privateKeyPem: string;
  sign: (tbs: Uint8Array) => Promise<Result<Uint8Array, KeyStoreError>>;
  /** Every byte string the signer was asked to sign. */
  signed: Uint8Array[];
};

export const rsaSigner = (bits = 2048): TestSigner => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  const signed: Uint8Array[] = [];
  return {
    spkiDer: new Uint8Array(publicKey.export({ type: 'spki', format: 'der' })),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    signed,
    sign: async (tbs) => {
      signed.push(tbs.slice());
      return ok(new Uint8Array(sign('sha256', tbs, privateKey)));
    },
  };
};
