import type { Result } from '../../shared/result.js';
import type { KeyBits } from '../../shared/model/order.js';
import type { VaultError } from '../../shared/model/vault.js';

/** A private key a store holds. The store never hands out the private key itself. */
export type StoredKey = {
  keyId: string;
  label: string;
  algorithm: 'RSA';
  bits: number;
  /** DER SubjectPublicKeyInfo of the public half. */
  spkiDer: Uint8Array;
  spkiSha256: string;
  createdAt: string;
};

export type KeyStoreError = VaultError;

/** Steps of a key generation a store can report while it works (for a progress display). */
export type KeyProgress = 'generating-key' | 'encrypting' | 'saving';

/**
 * Where private keys live and sign. The encrypted vault is the first implementation; a
 * PKCS#11 token (CPS card, HSM) will be the second — which is why callers ask the store to
 * sign instead of asking for the key.
 */
export type KeyStore = {
  readonly storeId: string;
  generate(
    spec: { algorithm: 'RSA'; bits: KeyBits; label: string },
    onProgress?: (stage: KeyProgress) => void,
  ): Promise<Result<StoredKey, KeyStoreError>>;
  list(): Promise<Result<StoredKey[], KeyStoreError>>;
  /** RSASSA-PKCS1-v1_5 over SHA-256 of `data` (the module or store hashes). */
  sign(keyId: string, data: Uint8Array): Promise<Result<Uint8Array, KeyStoreError>>;
  remove(keyId: string): Promise<Result<void, KeyStoreError>>;
};
