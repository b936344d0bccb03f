import { existsSync } from 'node:fs';
import type { TokenError, TokenModuleStatus } from '../../../shared/model/token.js';
import type { TokenModuleSpec } from '../../ports/token-provider.js';
import { ckrError, ckrOf } from './ckr.js';
import { loadPkcs11js, type Pkcs11 } from './load-pkcs11js.js';
import { CKF_OS_LOCKING_OK } from './pkcs11-constants.js';
import { unpad } from './token-flags.js';

/**
 * The loaded PKCS#11 modules, one entry per path. Each is initialized once with
 * CKF_OS_LOCKING_OK. A module already initialized in this process (the same library loaded
 * by another part of it shares its state) answers CKR_CRYPTOKI_ALREADY_INITIALIZED: it is
 * used as is, and never finalized or re-initialized by us, since that would end the other
 * user's sessions.
 */
export type LoadedModule = {
  spec: TokenModuleSpec;
  lib: Pkcs11;
  /** We initialized it, so we may finalize it (on close, or to re-read its token list). */
  owned: boolean;
  /** Sessions open right now: a module is never re-initialized under one. */
  openSessions: number;
  /** Every slot is a software one (no CKF_HW_SLOT), as last read; null before the first read. */
  softwareOnly: boolean | null;
};

export type ModuleSet = {
  /** Loads the modules newly listed, unloads those no longer listed. */
  sync(specs: readonly TokenModuleSpec[]): void;
  statuses(): TokenModuleStatus[];
  loaded(): LoadedModule[];
  byPath(path: string): LoadedModule | null;
  /** C_Finalize + C_Initialize: the module reads its token list again. False when it could not. */
  reinitialize(module: LoadedModule): boolean;
  close(): void;
};

type Entry = { status: TokenModuleStatus; module: LoadedModule | null };

const failure = (code: TokenError['code'], message: string, ckr: string | null = null): TokenError => ({
  code,
  message,
  ckr,
});

const missingError = (spec: TokenModuleSpec): TokenError =>
  spec.kind === 'cryptolib-cps'
    ? failure('module-missing', `Cryptolib CPS is not installed (no module at ${spec.path}).`)
    : failure('module-missing', `There is no PKCS#11 module at ${spec.path}.`);

/** Initializes `lib`; true when we own the initialization. Throws a CKR error otherwise. */
const initialize = (lib: Pkcs11): boolean => {
  try {
    lib.C_Initialize({ flags: CKF_OS_LOCKING_OK });
    return true;
  } catch (e) {
    if (ckrOf(e)?.name === 'CKR_CRYPTOKI_ALREADY_INITIALIZED') return false;
    throw e;
  }
};

const load = (spec: TokenModuleSpec): Entry => {
  const status = (loaded: boolean, library: string | null, error: TokenError | null): TokenModuleStatus => ({
    ...spec,
    loaded,
    library,
    error,
  });
  if (!existsSync(spec.path)) return { status: status(false, null, missingError(spec)), module: null };
  const { PKCS11 } = loadPkcs11js();
  const lib = new PKCS11();
  try {
    lib.load(spec.path);
  } catch (e) {
    // dlopen's own words say why (wrong architecture, missing dependency, not a library).
    const why = e instanceof Error ? e.message : String(e);
    return {
      status: status(false, null, failure('module-failed', `The module cannot be loaded: ${why}`)),
      module: null,
    };
  }
  try {
    const owned = initialize(lib);
    const info = lib.C_GetInfo();
    const library = `${unpad(info.libraryDescription)} ${info.libraryVersion.major}.${info.libraryVersion.minor}`;
    return {
      status: status(true, library, null),
      module: { spec, lib, owned, openSessions: 0, softwareOnly: null },
    };
  } catch (e) {
    const ckr = ckrOf(e);
    if (ckr === null) throw e;
    const error = ckrError(ckr.name);
    closeQuietly(lib, false);
    return { status: status(false, null, { ...error, code: 'module-failed' }), module: null };
  }
};

/** A CKR error is an answer (false); anything else is a bug. */
const rethrowUnlessCkr = (e: unknown): false => {
  if (ckrOf(e) === null) throw e;
  return false;
};

/** Best effort: a module that fails to finalize has nothing more to tell us. */
const closeQuietly = (lib: Pkcs11, finalize: boolean): void => {
  if (finalize) {
    try {
      lib.C_Finalize();
    } catch {
      // already finalized, or the device is gone
    }
  }
  try {
    lib.close();
  } catch {
    // already closed
  }
};

export const createModuleSet = (): ModuleSet => {
  const entries = new Map<string, Entry>();
  const unload = (path: string) => {
    const module = entries.get(path)?.module;
    entries.delete(path);
    if (module) closeQuietly(module.lib, module.owned);
  };
  return {
    sync(specs) {
      const wanted = new Map(specs.map((s) => [s.path, s]));
      for (const [path, entry] of entries) {
        const spec = wanted.get(path);
        if (!spec || spec.kind !== entry.status.kind || spec.origin !== entry.status.origin) unload(path);
      }
      for (const spec of wanted.values()) if (!entries.has(spec.path)) entries.set(spec.path, load(spec));
    },
    statuses: () => [...entries.values()].map((e) => e.status),
    loaded: () => [...entries.values()].flatMap((e) => (e.module ? [e.module] : [])),
    byPath: (path) => entries.get(path)?.module ?? null,
    reinitialize(module) {
      if (!module.owned || module.openSessions > 0) return false;
      try {
        module.lib.C_Finalize();
      } catch (e) {
        // Not initialized: the last re-initialization failed halfway; try it again now.
        if (ckrOf(e)?.name !== 'CKR_CRYPTOKI_NOT_INITIALIZED') return rethrowUnlessCkr(e);
      }
      try {
        module.owned = initialize(module.lib);
        return true;
      } catch (e) {
        return rethrowUnlessCkr(e);
      }
    },
    close() {
      for (const path of [...entries.keys()]) unload(path);
    },
  };
};
