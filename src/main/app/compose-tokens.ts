import { existsSync, realpathSync } from 'node:fs';
import { discoverModules } from '../adapters/pkcs11/module-discovery.js';
import { createInlineTokenProvider } from '../adapters/pkcs11/inline-token-provider.js';
import { createWorkerTokenProvider } from '../adapters/pkcs11/worker-token-provider.js';
import type { DocumentStore } from '../ports/document-store.js';
import type { EventSink } from '../ports/event-sink.js';
import type { FileSystem } from '../ports/file-system.js';
import type { FilePicker } from '../ports/file-picker.js';
import type { TokenModuleSpec, TokenProvider } from '../ports/token-provider.js';
import type { Inspector } from '../services/inspector/inspect-file.js';
import { createTokenModules } from '../services/tokens/token-modules.js';
import { createTokenService, type TokenPlace } from '../services/tokens/token-service.js';

/** How the PKCS#11 modules run: a worker thread (app, dev bridge), inline (CLI), or not at all. */
export type TokenRuntime =
  | { kind: 'worker'; script: string | URL }
  | { kind: 'inline'; extraModules?: readonly string[] }
  | { kind: 'none' };

const realPath = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/** The module's library from the system dialog; null when cancelled. */
const chooseWith = (picker: FilePicker) => async (): Promise<string | null> => {
  const picked = await picker.pick({
    title: 'Module PKCS#11 (bibliothèque .so, .dylib ou .dll)',
    multiple: false,
  });
  return picked.kind === 'picked' ? (picked.paths[0] ?? null) : null;
};

/** No module, no reader: where cards and tokens are off (unit tests of other parts). */
const noTokens: TokenProvider = {
  modules: async () => [],
  slots: async () => [],
  objects: async () => ({ ok: false, error: { code: 'token-absent', message: 'No token here', ckr: null } }),
  checkPin: async () => ({ ok: false, error: { code: 'token-absent', message: 'No token here', ckr: null } }),
  generateRsaKey: async () => ({
    ok: false,
    error: { code: 'token-absent', message: 'No token here', ckr: null },
  }),
  signSha256Rsa: async () => ({
    ok: false,
    error: { code: 'token-absent', message: 'No token here', ckr: null },
  }),
  importCertificate: async () => ({
    ok: false,
    error: { code: 'token-absent', message: 'No token here', ckr: null },
  }),
  onChange: () => () => undefined,
  close: async () => undefined,
};

/**
 * Cards and tokens for the composition root: the modules found at their usual places, the
 * user's and the environment's (VIGIE_PKCS11_MODULES), the provider that runs them, and the
 * service over it. The module list is asked again before each provider call, so a module
 * the user adds is used at once.
 */
export const composeTokens = (deps: {
  runtime: TokenRuntime;
  env: Readonly<Record<string, string | undefined>>;
  fs: FileSystem;
  settings: DocumentStore | null;
  events: EventSink;
  inspector: Pick<Inspector, 'inspect'>;
  onPlaces?: (places: TokenPlace[]) => Promise<void>;
  /** The system file dialog (the desktop app); none: a typed path is taken (dev bridge). */
  picker?: FilePicker;
}) => {
  const modules = createTokenModules({ settings: deps.settings, fs: deps.fs, onChanged: () => undefined });
  const extra = deps.runtime.kind === 'inline' ? (deps.runtime.extraModules ?? []) : [];
  const specs = (): TokenModuleSpec[] =>
    discoverModules({
      platform: process.platform,
      arch: process.arch,
      env: deps.env,
      exists: existsSync,
      userModules: [...modules.paths(), ...extra],
      realPath,
    }).modules;
  const provider =
    deps.runtime.kind === 'worker'
      ? createWorkerTokenProvider({ script: deps.runtime.script, modules: specs })
      : deps.runtime.kind === 'inline'
        ? createInlineTokenProvider({ modules: specs })
        : noTokens;
  const service = createTokenService({
    provider,
    inspector: deps.inspector,
    events: deps.events,
    modules,
    ...(deps.onPlaces ? { onPlaces: deps.onPlaces } : {}),
    ...(deps.picker ? { chooseModule: chooseWith(deps.picker) } : {}),
  });
  return {
    service,
    async start() {
      await modules.load();
      service.start();
    },
    stop: () => service.stop(),
  };
};
