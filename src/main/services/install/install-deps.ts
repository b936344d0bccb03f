import type { Order } from '../../../shared/model/order.js';
import type { InstallError } from '../../../shared/model/install.js';
import type { VaultError } from '../../../shared/model/vault.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { FileSystem } from '../../ports/file-system.js';
import type { OsKeystore } from '../../ports/os-keystore.js';
import type { ChainInput } from '../../pki/chain/index.js';
import type { CustodyService } from '../custody/index.js';
import type { OrdersService } from '../orders/orders-service.js';
import type { TrustService } from '../trust/trust-service.js';

export type InstallDeps = {
  orders: Pick<OrdersService, 'get' | 'markInstalled' | 'annotate'>;
  keys: {
    readonly storeId: string;
    withPrivateKey<T>(keyId: string, use: (pkcs8: Uint8Array) => Promise<T>): Promise<Result<T, VaultError>>;
    list(): Promise<Result<Array<{ keyId: string }>, VaultError>>;
    remove(keyId: string): Promise<Result<void, VaultError>>;
  };
  trust: Pick<TrustService, 'list'>;
  /** The platform's store adapter (NSS on Linux, Windows store, macOS keychain). */
  keystore: OsKeystore;
  /** Encrypted backups go through custody's export (SaveTarget, 0600, never replaces a file). */
  custody: Pick<CustodyService, 'exportPkcs12'>;
  fs: Pick<FileSystem, 'readFile'>;
  clock: Clock;
  findAnchor?: ChainInput['findAnchor'];
};

export type IssuedWithKey = { order: Order; der: Uint8Array; certSha256: string; keyId: string };

export const fail = (code: InstallError['code'], message: string): Result<never, InstallError> =>
  err({ code, message });

export const fromVault = (e: VaultError): InstallError =>
  e.code === 'locked' || e.code === 'wrong-passphrase'
    ? { code: 'vault-locked', message: e.message }
    : e.code === 'not-set-up'
      ? { code: 'vault-not-set-up', message: e.message }
      : e.code === 'keyring-unavailable'
        ? { code: 'keyring-unavailable', message: e.message }
        : e.code === 'not-found'
          ? { code: 'no-vault-key', message: e.message }
          : { code: 'io-error', message: e.message };

export const pemToDer = (pem: string): Uint8Array =>
  new Uint8Array(Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64'));

/** An order with its certificate (issued or already installed) and its key still in the vault. */
export const issuedWithKey = async (
  deps: Pick<InstallDeps, 'orders' | 'keys'>,
  orderId: string,
): Promise<Result<IssuedWithKey, InstallError>> => {
  const found = await deps.orders.get(orderId);
  if (!found.ok)
    return fail(found.error.code === 'not-found' ? 'not-found' : 'io-error', found.error.message);
  const order = found.value;
  if (order.certificate === null || (order.state !== 'issued' && order.state !== 'installed'))
    return fail('not-issued', `Order is ${order.state} without an installable certificate.`);
  if (order.keyRef === null || order.keyRef.store !== deps.keys.storeId)
    return fail('no-vault-key', 'The private key of this order is not in the vault.');
  return ok({
    order,
    der: pemToDer(order.certificate.pem),
    certSha256: order.certificate.sha256.toLowerCase(),
    keyId: order.keyRef.keyId,
  });
};
