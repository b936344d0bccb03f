import { isAllowedExternalUrl } from '../../shared/links.js';
import type { MainHandlers } from '../../shared/ipc/types.js';
import { err, ok } from '../../shared/result.js';
import { basename } from 'node:path';
import { MAX_FILE_BYTES } from '../../shared/limits.js';
import type { ExternalOpener } from '../ports/external-opener.js';
import type { FilePicker } from '../ports/file-picker.js';
import { readFailure, type FileSystem } from '../ports/file-system.js';
import type { VaultError, VaultStatus } from '../../shared/model/vault.js';
import type { Result } from '../../shared/result.js';
import type { CustodyService } from '../services/custody/index.js';
import type { Inspector } from '../services/inspector/inspect-file.js';
import type { InstallService } from '../services/install/index.js';
import type { InventoryService } from '../services/inventory/inventory-service.js';
import { inventoryHandlers } from './inventory-handlers.js';
import { tokenHandlers } from './token-handlers.js';
import { diagnosticsHandlers } from './diagnostics-handlers.js';
import { sandboxHandlers } from './sandbox-handlers.js';
import type { SandboxService } from '../services/sandbox/index.js';
import { storeIssuedOnToken } from '../services/tokens/store-issued.js';
import type { TokenService } from '../services/tokens/token-service.js';
import type { Renewal } from '../services/renewal/renew.js';
import type { OrdersService } from '../services/orders/orders-service.js';
import type { RetrieveService } from '../services/retrieve/index.js';
import type { ChainDownloader } from '../services/trust/download-chain.js';
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
  retrieve: RetrieveService;
  custody: CustodyService;
  install: InstallService;
  vault: VaultControl;
  trust: TrustService;
  /** ANS's chain bundles over the network (refuses when fetching is off). */
  chains: ChainDownloader;
  opener: ExternalOpener;
  picker: FilePicker;
  fs: FileSystem;
  inventory: InventoryService;
  tokens: TokenService;
  sandbox: SandboxService;
  renewal: Renewal;
  appInfo: { version: string; platform: string; runtime: 'electron' | 'browser' | 'dev-bridge' | 'cli' };
  /** "Exporter un diagnostic" (app/compose-diagnostics.ts). */
  exportDiagnostic: Parameters<typeof diagnosticsHandlers>[0];
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
    downloadChain: async ({ environment }) => deps.chains.downloadChain(environment),
  },
  orders: {
    list: async () => {
      const all = await deps.orders.list();
      return all.ok ? ok({ orders: all.value }) : all;
    },
    create: (args) => deps.orders.create(args),
    generateKey: ({ orderId, onToken }) => deps.orders.generateKey(orderId, onToken ?? null),
    storeOnToken: ({ orderId, pin }) =>
      storeIssuedOnToken({ orders: deps.orders, tokens: deps.tokens }, orderId, pin),
    exportCsr: ({ orderId }) => deps.orders.exportCsr(orderId),
    markSubmitted: ({ orderId }) => deps.orders.markSubmitted(orderId),
    cancel: ({ orderId }) => deps.orders.cancel(orderId),
    renew: ({ sha256, asNewOrder }) =>
      deps.renewal.renew(sha256, asNewOrder === undefined ? {} : { asNewOrder }),
    retireRenewed: ({ orderId }) => deps.renewal.retireOld(orderId),
  },
  retrieve: {
    analyze: ({ data, password }) =>
      deps.retrieve.analyze({ bytes: fromBase64(data), ...(password === undefined ? {} : { password }) }),
    confirm: ({ data, password, certificateSha256, revocationCode, acceptLookAlike }) =>
      deps.retrieve.confirm({
        bytes: fromBase64(data),
        certificateSha256,
        ...(password === undefined ? {} : { password }),
        ...(revocationCode === undefined ? {} : { revocationCode }),
        ...(acceptLookAlike === undefined ? {} : { acceptLookAlike }),
      }),
  },
  custody: {
    exportPkcs12: (args) => deps.custody.exportPkcs12(args),
    exportPemBundle: (args) => deps.custody.exportPemBundle(args),
    revealSecret: (args) => deps.custody.revealSecret(args),
  },
  install: {
    targets: async () => ({ targets: await deps.install.targets() }),
    run: (args) => deps.install.install(args),
    keyLocations: (args) => deps.install.keyLocations(args),
    destroyVaultKey: (args) => deps.install.destroyVaultKey(args),
  },
  vault: {
    status: () => deps.vault.status(),
    setup: (mode) => deps.vault.setup(mode),
    unlock: ({ passphrase }) => deps.vault.unlock(passphrase),
    lock: () => deps.vault.lock(),
  },
  files: {
    openDialog: async ({ purpose, multiple }) => {
      const title =
        purpose === 'inspect' ? 'Ouvrir un certificat' : 'Importer la chaîne de certification IGC-Santé';
      const picked = await deps.picker.pick({ title, multiple });
      if (picked.kind === 'cancelled') return err({ code: 'cancelled' as const, message: 'No file chosen' });
      if (picked.kind === 'unavailable') {
        return err({ code: 'unavailable' as const, message: 'No system file dialog here' });
      }
      const files = [];
      for (const path of picked.paths) {
        const fileName = basename(path).slice(0, 255) || 'file';
        try {
          const bytes = await deps.fs.readFile(path, MAX_FILE_BYTES);
          files.push({ fileName, data: Buffer.from(bytes).toString('base64'), error: null });
        } catch (cause) {
          // Too large, a FIFO / device / folder (refused before opening), or unreadable.
          files.push({ fileName, data: null, error: readFailure(cause, MAX_FILE_BYTES) });
        }
      }
      return ok({ files });
    },
  },
  inventory: inventoryHandlers(deps.inventory),
  tokens: tokenHandlers(deps.tokens),
  diagnostics: diagnosticsHandlers(deps.exportDiagnostic),
  sandbox: sandboxHandlers(deps.sandbox),
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
