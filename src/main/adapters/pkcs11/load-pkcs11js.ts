import { createRequire } from 'node:module';

/**
 * pkcs11js, the native addon, loaded on first use only: importing this adapter costs
 * nothing to a process that never touches a token. It stays external to every bundle
 * (scripts/esbuild-common.mjs) and resolves from the bundle's folder at run time; the
 * CommonJS worker bundle defines `import.meta.url` for it (scripts/build-main.mjs).
 */
export type Pkcs11js = typeof import('pkcs11js');
export type Pkcs11 = InstanceType<Pkcs11js['PKCS11']>;
export type Handle = Buffer;

let loaded: Pkcs11js | null = null;

export const loadPkcs11js = (): Pkcs11js => {
  loaded ??= createRequire(import.meta.url)('pkcs11js') as Pkcs11js;
  return loaded;
};

/** Mechanism numbers to their CKM_ names, from pkcs11js's constants (the first name wins). */
let mechanismNames: Map<number, string> | null = null;

export const mechanismName = (value: number): string => {
  if (mechanismNames === null) {
    mechanismNames = new Map();
    for (const [name, v] of Object.entries(loadPkcs11js()))
      if (name.startsWith('CKM_') && typeof v === 'number' && !mechanismNames.has(v))
        mechanismNames.set(v, name);
  }
  return mechanismNames.get(value) ?? `CKM_0x${value.toString(16).toUpperCase().padStart(8, '0')}`;
};

/** A slot handle (a CK_ULONG as bytes: 8 on Linux and macOS, 4 on Windows) as hex. */
export const handleHex = (handle: Handle): string =>
  (handle.length === 8 ? handle.readBigUInt64LE(0) : BigInt(handle.readUInt32LE(0)))
    .toString(16)
    .toUpperCase();
