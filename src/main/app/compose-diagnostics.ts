import { arch, release, type as osType } from 'node:os';
import { join } from 'node:path';
import { createFileLog } from '../adapters/file-log.js';
import type { Log } from '../ports/log.js';
import { noSaveTarget } from '../ports/save-target.js';
import type { MainHandlers } from '../../shared/ipc/types.js';
import { exportDiagnostic, logFailures, type RuntimeFacts } from '../services/diagnostics/index.js';
import type { InstallService } from '../services/install/index.js';
import type { InventoryService } from '../services/inventory/inventory-service.js';
import type { TokenService } from '../services/tokens/token-service.js';
import type { TrustService } from '../services/trust/trust-service.js';
import type { VaultControl } from '../ipc/handlers.js';
import type { CoreAdapters, CoreConfig } from './core-config.js';

/** What the diagnostic reads from the composed core (public facts only). */
export type DiagnosticSources = {
  inventory: InventoryService;
  vault: VaultControl;
  tokens: { service: TokenService };
  install: InstallService;
  trust: TrustService;
};

const runtimeFacts = (appInfo: CoreConfig['appInfo']): RuntimeFacts => ({
  app: appInfo.version,
  runtime: appInfo.runtime,
  platform: appInfo.platform,
  arch: arch(),
  os: `${osType()} ${release()}`,
  node: process.versions.node,
  electron: process.versions['electron'] ?? null,
  chrome: process.versions['chrome'] ?? null,
  v8: process.versions.v8,
  locale: Intl.DateTimeFormat().resolvedOptions().locale,
});

/**
 * The log (`<dataDir>/logs/vigie.log`, rotated, redacted: adapters/file-log.ts) and
 * "Exporter un diagnostic" (services/diagnostics). compose.ts wraps the contract handlers
 * with `withFailureLog` so failures become the diagnostic's recent errors.
 */
export const composeDiagnostics = (
  adapters: CoreAdapters,
  config: CoreConfig,
  sources: DiagnosticSources,
) => {
  const log: Log = createFileLog({ dir: join(config.dataDir, 'logs') });
  if (config.appInfo.runtime !== 'cli') {
    log.write('info', 'app', `Vigie ${config.appInfo.version} started`, {
      runtime: config.appInfo.runtime,
      platform: config.appInfo.platform,
    });
  }
  const exportIt = () =>
    exportDiagnostic({
      clock: adapters.clock,
      fs: adapters.fs,
      saveTarget: adapters.saveTarget ?? noSaveTarget,
      log,
      runtime: () => runtimeFacts(config.appInfo),
      sections: {
        settings: () => sources.inventory.settings(),
        certificates: async () => {
          const list = await sources.inventory.list();
          return list.ok ? { count: list.value.entries.length } : { unavailable: list.error.code };
        },
        vault: () => sources.vault.status(),
        tokens: async () => {
          const view = await sources.tokens.service.view();
          return { modules: view.modules, slots: view.slots.length };
        },
        keystores: () => sources.install.targets(),
        anchors: async () =>
          (await sources.trust.listAnchors()).map((a) => ({
            name: a.name,
            environment: a.environment,
            source: a.source,
          })),
      },
    });
  return {
    log,
    exportDiagnostic: exportIt,
    withFailureLog: (handlers: MainHandlers): MainHandlers => logFailures(handlers, log),
  };
};
