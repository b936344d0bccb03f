import { createHash, generateKeyPair, sign as signData, type KeyObject } from 'node:crypto';
import type { KeyBits } from '../../../shared/model/order.js';
import { ok, type Result } from '../../../shared/result.js';
import { encryptPkcs8 } from './pbes2-crypto.js';
import { ENCRYPTED_KEY_LABEL, encodePem } from './key-pem.js';

// A callback wrapped by hand rather than util.promisify: importing node:util from an ES
// module makes Node build its whole export list, a few ms of every `vigie` start-up.
const generateRsa = (bits: KeyBits): Promise<{ privateKey: KeyObject; publicKey: KeyObject }> =>
  new Promise((resolve, reject) =>
    generateKeyPair(
      'rsa',
      { modulusLength: bits, publicExponent: 0x10001 },
      (error, publicKey, privateKey) => (error ? reject(error) : resolve({ privateKey, publicKey })),
    ),
  );

/** The vault's strength, for key files written outside it (`vigie csr --key-out`). */
export const KEY_FILE_ITERATIONS = 600_000;

/**
 * A key pair that lives in memory for one command and is written to a file the user
 * names: the server-side `vigie csr --key-out` case, where the key must never travel.
 * Same encryption as the vault (PBES2, AES-256-CBC, PBKDF2-SHA256).
 */
export const createStandaloneKey = async (bits: KeyBits) => {
  const { privateKey, publicKey } = await generateRsa(bits);
  const spkiDer = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  return {
    spkiDer,
    spkiSha256: createHash('sha256').update(spkiDer).digest('hex').toUpperCase(),
    sign: async (data: Uint8Array): Promise<Result<Uint8Array, never>> =>
      ok(new Uint8Array(signData('sha256', data, privateKey))),
    async encryptedPem(passphrase: string, iterations = KEY_FILE_ITERATIONS): Promise<string> {
      const pkcs8 = new Uint8Array(privateKey.export({ type: 'pkcs8', format: 'der' }));
      try {
        return encodePem(
          ENCRYPTED_KEY_LABEL,
          await encryptPkcs8(pkcs8, new TextEncoder().encode(passphrase), iterations),
        );
      } finally {
        pkcs8.fill(0);
      }
    },
    /** Only on explicit request (`--unencrypted-key`); the caller writes it with mode 0600. */
    plainPem: (): string => privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
};
