import type { Order, OrderError } from '../../../shared/model/order.js';
import type { Pkcs12Profile, ServerSnippets } from '../../../shared/model/retrieve.js';
import type { VaultError } from '../../../shared/model/vault.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import type { FileSystem } from '../../ports/file-system.js';
import type { SaveOutcome, SaveTarget } from '../../ports/save-target.js';
import type { SecretStore } from '../../ports/secret-store.js';
import type { ChainInput } from '../../pki/chain/index.js';
import { savePemBundle, snippetsIn, writePemBundle, writePkcs12, type ExportError } from '../export/index.js';
import type { OrdersService } from '../orders/orders-service.js';
import { orderSecretAccount, type OrderSecretKind } from '../retrieve/secret-accounts.js';
import type { TrustService } from '../trust/trust-service.js';
import { chainFor } from './custody-chain.js';

export type CustodyDeps = {
  orders: Pick<OrdersService, 'get'>;
  keys: {
    readonly storeId: string;
    withPrivateKey<T>(keyId: string, use: (pkcs8: Uint8Array) => Promise<T>): Promise<Result<T, VaultError>>;
  };
  trust: Pick<TrustService, 'list'>;
  secrets: SecretStore;
  fs: FileSystem;
  target: SaveTarget;
  clock: Clock;
  findAnchor?: ChainInput['findAnchor'];
};

const fail = (code: OrderError['code'], message: string): Result<never, OrderError> => err({ code, message });

const fromVault = (e: VaultError): OrderError =>
  e.code === 'locked' || e.code === 'wrong-passphrase'
    ? { code: 'vault-locked', message: e.message }
    : e.code === 'not-set-up'
      ? { code: 'vault-not-set-up', message: e.message }
      : e.code === 'keyring-unavailable'
        ? { code: 'keyring-unavailable', message: e.message }
        : { code: 'export-failed', message: e.message };

const fromExport = (e: ExportError): OrderError => ({ code: 'export-failed', message: e.message });

const fromChoice = (choice: SaveOutcome): Result<string, OrderError> =>
  choice.kind === 'chosen'
    ? ok(choice.path)
    : choice.kind === 'cancelled'
      ? fail('cancelled', 'No place chosen.')
      : fail('unavailable', 'No save dialog here.');

const pemToDer = (pem: string): Uint8Array =>
  new Uint8Array(Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64'));

/** A file name that says what the file is: product, holder, environment. */
const baseName = (order: Order): string => {
  const who = order.holder.kind === 'structure' ? order.holder.commonName : order.holder.surname;
  const env = order.environment === 'test' ? '-TEST' : '';
  return `${order.product}-${who || order.id.slice(0, 8)}${env}`.replace(/[^\p{L}\p{N}._-]+/gu, '_');
};

/**
 * Custody of issued certificates: exports written by main (the key is decrypted from the
 * vault for the time of one export and wiped; the renderer only gets the path) and the
 * secrets kept in the OS keychain for an order.
 */
export const createCustodyService = (deps: CustodyDeps) => {
  /** An order that has both its certificate and a vault key. */
  const issued = async (orderId: string) => {
    const order = await deps.orders.get(orderId);
    if (!order.ok) return order;
    const { certificate, keyRef } = order.value;
    if (certificate === null) return fail('invalid-transition', 'This order has no certificate yet.');
    if (keyRef === null || keyRef.store !== deps.keys.storeId)
      return fail('export-failed', 'The private key of this order is not in the vault.');
    return ok({ order: order.value, der: pemToDer(certificate.pem), keyId: keyRef.keyId });
  };

  return {
    async exportPkcs12(args: {
      orderId: string;
      password: string;
      profile: Pkcs12Profile;
    }): Promise<Result<{ path: string }, OrderError>> {
      const found = await issued(args.orderId);
      if (!found.ok) return found;
      const { order, der, keyId } = found.value;
      const chain = await chainFor(der, deps.trust, deps.clock.now(), false, deps.findAnchor);
      const path = fromChoice(
        await deps.target.chooseFile({
          suggestedName: `${baseName(order)}.p12`,
          title: 'Exporter en PKCS#12',
        }),
      );
      if (!path.ok) return path;
      const written = await deps.keys.withPrivateKey(keyId, (key) =>
        writePkcs12({
          key,
          certificate: der,
          chain,
          friendlyName: baseName(order),
          password: args.password,
          profile: args.profile,
        }),
      );
      if (!written.ok) return err(fromVault(written.error));
      if (!written.value.ok) return err(fromExport(written.value.error));
      try {
        await deps.fs.writeFileAtomic(path.value, written.value.value, 0o600);
      } catch (e) {
        return fail('export-failed', `${path.value} could not be written: ${(e as Error).message}`);
      }
      return ok({ path: path.value });
    },

    async exportPemBundle(args: {
      orderId: string;
      keyPassphrase: string | null;
    }): Promise<Result<{ folder: string; files: string[]; snippets: ServerSnippets }, OrderError>> {
      const found = await issued(args.orderId);
      if (!found.ok) return found;
      const { order, der, keyId } = found.value;
      const chain = await chainFor(der, deps.trust, deps.clock.now(), true, deps.findAnchor);
      const folder = fromChoice(
        await deps.target.chooseFolder({
          title: 'Dossier pour les fichiers PEM',
          suggestedName: baseName(order),
        }),
      );
      if (!folder.ok) return folder;
      const bundle = await deps.keys.withPrivateKey(keyId, (key) =>
        writePemBundle({ key, certificate: der, chain, keyPassphrase: args.keyPassphrase }),
      );
      if (!bundle.ok) return err(fromVault(bundle.error));
      if (!bundle.value.ok) return err(fromExport(bundle.value.error));
      const saved = await savePemBundle(deps.fs, folder.value, bundle.value.value, {
        ...(args.keyPassphrase === null ? {} : { keyPassphrase: args.keyPassphrase }),
      });
      if (!saved.ok) return err(fromExport(saved.error));
      return ok({
        folder: folder.value,
        files: saved.value,
        snippets: snippetsIn(bundle.value.value, folder.value),
      });
    },

    /** The renderer asks the user to confirm before calling this; nothing is logged. */
    async revealSecret(args: {
      orderId: string;
      kind: OrderSecretKind;
    }): Promise<Result<{ secret: string | null }, OrderError>> {
      const order = await deps.orders.get(args.orderId);
      if (!order.ok) return order;
      const got = await deps.secrets.get(orderSecretAccount(args.kind, args.orderId));
      return got.ok ? ok({ secret: got.value }) : fail('keyring-unavailable', got.error.message);
    },
  };
};

export type CustodyService = ReturnType<typeof createCustodyService>;
