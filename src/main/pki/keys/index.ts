/** The keys topic of the PKI library: what services may use. */
export { ENCRYPTED_KEY_LABEL, decodePem, encodePem } from './key-pem.js';
export { decryptPkcs8, deriveKey, encryptPkcs8 } from './pbes2-crypto.js';
export type { SecretBytes } from './pbes2-crypto.js';
export { SALT_BYTES, parseEncryptedPrivateKeyInfo } from './pbes2-format.js';
export type { Pbes2Envelope } from './pbes2-format.js';
export { createStandaloneKey } from './standalone-key.js';
export { rsaModulusBits } from './key-view.js';
