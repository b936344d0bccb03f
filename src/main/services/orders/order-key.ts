import { createHash } from 'node:crypto';
import type { KeyBits, Order, OrderError } from '../../../shared/model/order.js';
import type { TokenError, TokenRef } from '../../../shared/model/token.js';
import type { VaultError } from '../../../shared/model/vault.js';
import { tokenStoreId } from '../../../shared/orders/token-key-ref.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { KeyProgress, KeyStore } from '../../ports/key-store.js';

/**
 * Where an order's key is made: the vault (the KeyStore port), or a card or token
 * (TokenKeys, services/tokens) with the PIN typed for this once. Either way the caller gets
 * the public key and a way to sign the CSR there; the private key never comes out.
 */

const sha256Hex = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex').toUpperCase();

/** Keys on a card or token (services/tokens): the PIN is checked against the card's rules first. */
export type TokenKeys = {
  generateKey(
    ref: TokenRef,
    pin: string,
    spec: { bits: KeyBits; label: string },
  ): Promise<Result<{ id: string; spkiDer: Uint8Array }, TokenError>>;
  sign(ref: TokenRef, pin: string, keyId: string, data: Uint8Array): Promise<Result<Uint8Array, TokenError>>;
};

/** Where generateKey makes the key: the vault, or a token with the PIN typed for this once. */
export type KeyPlace = { token: TokenRef; pin: string } | null;

export const tokenFailure = (e: TokenError): OrderError => ({
  code: 'token-failed',
  message: e.message,
  token: e,
});

export const vaultError = (e: VaultError): OrderError => {
  switch (e.code) {
    case 'locked':
    case 'wrong-passphrase':
      return { code: 'vault-locked', message: e.message };
    case 'not-set-up':
      return { code: 'vault-not-set-up', message: e.message };
    case 'keyring-unavailable':
      return { code: 'keyring-unavailable', message: e.message };
    default:
      return { code: 'key-generation-failed', message: e.message };
  }
};

/** The key for an order: generated in the vault, or on a token with the PIN given for this once. */
export const makeKey = async (
  deps: { keys: KeyStore; tokenKeys?: TokenKeys | undefined },
  order: Order,
  place: KeyPlace,
  progress: (stage: KeyProgress) => void,
): Promise<
  Result<
    {
      store: string;
      keyId: string;
      spkiDer: Uint8Array;
      spkiSha256: string;
      sign: (tbs: Uint8Array) => Promise<Result<Uint8Array, OrderError>>;
    },
    OrderError
  >
> => {
  const label = `${order.product} ${order.id}`;
  if (place === null) {
    const key = await deps.keys.generate({ algorithm: 'RSA', bits: order.key.bits, label }, progress);
    if (!key.ok) return err(vaultError(key.error));
    const { keyId, spkiDer } = key.value;
    return ok({
      store: deps.keys.storeId,
      spkiSha256: sha256Hex(spkiDer),
      keyId,
      spkiDer,
      sign: async (tbs) => {
        const signed = await deps.keys.sign(keyId, tbs);
        return signed.ok ? signed : err(vaultError(signed.error));
      },
    });
  }
  if (!deps.tokenKeys)
    return err({ code: 'unavailable', message: 'Cards and tokens are not available here' });
  const tokens = deps.tokenKeys;
  progress('generating-key');
  const key = await tokens.generateKey(place.token, place.pin, { bits: order.key.bits, label });
  if (!key.ok) return err(tokenFailure(key.error));
  const { id, spkiDer } = key.value;
  return ok({
    store: tokenStoreId(place.token),
    spkiSha256: sha256Hex(spkiDer),
    keyId: id,
    spkiDer,
    sign: async (tbs) => {
      const signed = await tokens.sign(place.token, place.pin, id, tbs);
      return signed.ok ? signed : err(tokenFailure(signed.error));
    },
  });
};
