import { isAllowedExternalUrl } from '../../shared/links.js';
import type { MainHandlers } from '../../shared/ipc/types.js';
import { err, ok } from '../../shared/result.js';
import type { ExternalOpener } from '../ports/external-opener.js';
import type { VaultError, VaultStatus } from '../../shared/model/vault.js';
import type { Result } from '../../shared/result.js';
import type { Inspector } from '../services/inspector/inspect-file.js';
import type { OrdersService } from '../services/orders/orders-service.js';
import type { TrustService } from '../services/trust/trust-service.js';

/** The vault's management face (the vault service also implements the KeyStore port). */
export type VaultControl = {
  status(): Promise<VaultStatus>;
  setup(
    mode: { mode: 'keyring' } | { mode: 'passphrase'; passphrase: string },
  ): Promise<Result<VaultStatus, VaultError>>;
  unlock(passphrase: string): Promise<Result<VaultStatus, VaultError>>;
  lock(): Promise<VaultStatus>;
};

export type HandlerDeps = {
  inspector: Inspector;
  orders: OrdersService;
  vault: VaultControl;
  trust: TrustService;
  opener: ExternalOpener;
  appInfo: { version: string; platform: string; runtime: 'electron' | 'dev-bridge' | 'cli' };
};

const fromBase64 = (data: string): Uint8Array => new Uint8Array(Buffer.from(data, 'base64'));

/**
 * Contract → services. Arguments arrive parsed (see dispatch.ts); this file only adapts
 * shapes. The type annotation makes the compiler demand one handler per operation.
 */
export const createHandlers = (deps: HandlerDeps): MainHandlers => ({
  app: {
    getInfo: async () => deps.appInfo,
  },
  inspector: {
    inspect: async ({ fileName, data, password }) =>
      deps.inspector.inspect({
        fileName,
        bytes: fromBase64(data),
        ...(password === undefined ? {} : { password }),
      }),
  },
  trust: {
    listAnchors: async () => ({ anchors: await deps.trust.listAnchors() }),
    importChain: async ({ data, password }) => deps.trust.importChain(fromBase64(data), password),
  },
  orders: {
    list: async () => {
      const all = await deps.orders.list();
      return all.ok ? ok({ orders: all.value }) : all;
    },
    create: (args) => deps.orders.create(args),
    generateKey: ({ orderId }) => deps.orders.generateKey(orderId),
    exportCsr: ({ orderId }) => deps.orders.exportCsr(orderId),
    markSubmitted: ({ orderId }) => deps.orders.markSubmitted(orderId),
    cancel: ({ orderId }) => deps.orders.cancel(orderId),
  },
  vault: {
    status: () => deps.vault.status(),
    setup: (mode) => deps.vault.setup(mode),
    unlock: ({ passphrase }) => deps.vault.unlock(passphrase),
    lock: () => deps.vault.lock(),
  },
  shell: {
    openExternal: async ({ url }) => {
      if (!isAllowedExternalUrl(url)) {
        return err({ code: 'not-allowed' as const, message: `Not an allowlisted address: ${url}` });
      }
      await deps.opener.open(url);
      return ok(null);
    },
  },
});
