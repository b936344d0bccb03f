import { posix, win32 } from 'node:path';
import type { ModuleKind } from '../../../shared/model/token.js';
import type { TokenModuleSpec } from '../../ports/token-provider.js';

/**
 * Which PKCS#11 modules to load: the known install locations of the modules Vigie knows
 * (Cryptolib CPS for CPS cards, OpenSC for other smart cards, SoftHSM2), the ones the user
 * added, and `VIGIE_PKCS11_MODULES` (a path list, for tests and development). A pure function
 * of the platform, the environment and an exists-check, so each platform's list is tested
 * on any machine.
 */
export type DiscoveryInput = {
  platform: NodeJS.Platform;
  /** The process architecture: a 64-bit process can only load the 64-bit Cryptolib. */
  arch?: string;
  env: Readonly<Record<string, string | undefined>>;
  exists: (path: string) => boolean;
  /** Paths the user added (settings). */
  userModules?: readonly string[];
  /** The path a symlink points to, so one library reached by two paths loads once. */
  realPath?: (path: string) => string;
};

export type ModuleDiscovery = {
  /**
   * Every module to hand to the provider, in order: environment, user, known. It includes
   * the missing ones below, which the provider then reports as `module-missing` (for a
   * missing Cryptolib CPS, the service shows ANS's download hint).
   */
  modules: TokenModuleSpec[];
  /** Expected but not on disk: Cryptolib CPS (once, at its usual path) and any user or environment module. */
  missing: TokenModuleSpec[];
};

type Known = { kind: ModuleKind; paths: string[]; reportMissing: boolean };

const windowsKnown = (env: DiscoveryInput['env'], arch: string): Known[] => {
  const system = win32.join(env['SystemRoot'] ?? env['windir'] ?? 'C:\\Windows', 'System32');
  const programFiles = env['ProgramFiles'] ?? 'C:\\Program Files';
  return [
    {
      kind: 'cryptolib-cps',
      // A 32-bit process sees SysWOW64 as System32, where the 32-bit Cryptolib goes.
      paths: [win32.join(system, arch === 'ia32' ? 'cps3_pkcs11_w32.dll' : 'cps3_pkcs11_w64.dll')],
      reportMissing: true,
    },
    {
      kind: 'opensc',
      paths: [win32.join(programFiles, 'OpenSC Project', 'OpenSC', 'pkcs11', 'opensc-pkcs11.dll')],
      reportMissing: false,
    },
    { kind: 'softhsm', paths: ['C:\\SoftHSM2\\lib\\softhsm2-x64.dll'], reportMissing: false },
  ];
};

const LINUX_KNOWN: Known[] = [
  {
    kind: 'cryptolib-cps',
    paths: ['/opt/santesocial/CPS/lib/libcps3_pkcs11_lux.so', '/usr/lib64/libcps3_pkcs11_lux.so'],
    reportMissing: true,
  },
  {
    kind: 'opensc',
    paths: [
      '/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so',
      '/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so',
      '/usr/lib64/opensc-pkcs11.so',
      '/usr/lib/opensc-pkcs11.so',
      '/usr/lib/pkcs11/opensc-pkcs11.so',
    ],
    reportMissing: false,
  },
  {
    kind: 'softhsm',
    paths: [
      '/usr/lib/softhsm/libsofthsm2.so',
      '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so',
      '/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so',
      '/usr/lib64/pkcs11/libsofthsm2.so',
      '/usr/lib64/softhsm/libsofthsm2.so',
      '/usr/local/lib/softhsm/libsofthsm2.so',
    ],
    reportMissing: false,
  },
];

const MAC_KNOWN: Known[] = [
  { kind: 'cryptolib-cps', paths: ['/usr/local/lib/libcps3_pkcs11_osx.dylib'], reportMissing: true },
  {
    kind: 'opensc',
    paths: [
      '/Library/OpenSC/lib/opensc-pkcs11.so',
      '/opt/homebrew/lib/opensc-pkcs11.so',
      '/usr/local/lib/opensc-pkcs11.so',
    ],
    reportMissing: false,
  },
  {
    kind: 'softhsm',
    paths: ['/opt/homebrew/lib/softhsm/libsofthsm2.so', '/usr/local/lib/softhsm/libsofthsm2.so'],
    reportMissing: false,
  },
];

const knownFor = (input: DiscoveryInput): Known[] => {
  if (input.platform === 'win32') return windowsKnown(input.env, input.arch ?? 'x64');
  if (input.platform === 'darwin') return MAC_KNOWN;
  return LINUX_KNOWN;
};

/** A module the user or the environment names, recognised by its file name. */
export const kindOfPath = (path: string): ModuleKind => {
  const name = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
  if (name.includes('cps3_pkcs11')) return 'cryptolib-cps';
  if (name.includes('opensc-pkcs11')) return 'opensc';
  if (name.includes('softhsm')) return 'softhsm';
  return 'other';
};

export const discoverModules = (input: DiscoveryInput): ModuleDiscovery => {
  const realPath = input.realPath ?? ((p: string) => p);
  const delimiter = input.platform === 'win32' ? win32.delimiter : posix.delimiter;
  const modules: TokenModuleSpec[] = [];
  const missing: TokenModuleSpec[] = [];
  const seen = new Set<string>();
  const add = (spec: TokenModuleSpec, present: boolean) => {
    const key = present ? realPath(spec.path) : spec.path;
    if (seen.has(key)) return;
    seen.add(key);
    modules.push(spec);
    if (!present) missing.push(spec);
  };
  const named = (paths: readonly string[], origin: 'environment' | 'user') => {
    for (const path of paths.map((p) => p.trim()).filter((p) => p !== ''))
      add({ path, origin, kind: kindOfPath(path) }, input.exists(path));
  };
  // A Cryptolib the user or the environment names makes the known location's absence moot.
  const presentOf = (kind: ModuleKind) => modules.some((m) => m.kind === kind && !missing.includes(m));
  named((input.env['VIGIE_PKCS11_MODULES'] ?? '').split(delimiter), 'environment');
  named(input.userModules ?? [], 'user');
  for (const known of knownFor(input)) {
    const found = known.paths.find((p) => input.exists(p));
    if (found !== undefined) add({ path: found, origin: 'known', kind: known.kind }, true);
    else if (known.reportMissing && known.paths[0] !== undefined && !presentOf(known.kind))
      // Only the first location stands for a missing module: one hint, not one per path.
      add({ path: known.paths[0], origin: 'known', kind: known.kind }, false);
  }
  return { modules, missing };
};
