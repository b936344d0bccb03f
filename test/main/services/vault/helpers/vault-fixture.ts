import { execFileSync } from 'node:child_process';
import { createPublicKey, verify } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../../../src/main/adapters/node-file-system.js';
import type { SecretStore } from '../../../../../src/main/ports/secret-store.js';
import { createVault, type Vault, type VaultDeps } from '../../../../../src/main/services/vault/index.js';
import { err, ok } from '../../../../../src/shared/result.js';
import { tempDirAsync } from '../../../../helpers/temp-dir.js';

/** Low enough to keep the suite fast; the real 600,000 is exercised in vault-files.test.ts. */
export const TEST_ITERATIONS = 1_000;
export const PASSPHRASE = 'correct horse battery staple';
export const OPENSSL = '/usr/bin/openssl';

export const fixedClock = { now: () => new Date('2026-03-04T05:06:07.000Z') };

/**
 * For vault tests that are not about the keychain: a passphrase vault never calls it, and
 * keyring-mode logic is checked against the real keychain in vault-keyring.test.ts.
 */
export const noKeychain: SecretStore = {
  name: 'none (test)',
  available: async () => false,
  get: async () => err({ code: 'unavailable', message: 'no keychain in this test' }),
  set: async () => err({ code: 'unavailable', message: 'no keychain in this test' }),
  delete: async () => ok(false),
};

export const makeTempDir = (prefix = 'vigie-vault-'): Promise<string> => tempDirAsync(prefix);
export const removeDir = (dir: string): Promise<void> => rm(dir, { recursive: true, force: true });

export const openVault = (dir: string, extra: Partial<VaultDeps> = {}): Vault =>
  createVault({
    fs: nodeFileSystem,
    secrets: noKeychain,
    clock: fixedClock,
    dir,
    iterations: TEST_ITERATIONS,
    warn: () => undefined,
    ...extra,
  });

/** A passphrase vault, set up and unlocked. */
export const passphraseVault = async (dir: string, extra: Partial<VaultDeps> = {}): Promise<Vault> => {
  const vault = openVault(dir, extra);
  const setup = await vault.setup({ mode: 'passphrase', passphrase: PASSPHRASE });
  if (!setup.ok) throw new Error(`setup failed: ${setup.error.message}`);
  return vault;
};

/** Verifies an RSASSA-PKCS1-v1_5/SHA-256 signature with nothing but the SPKI. */
export const verifiesWith = (spkiDer: Uint8Array, data: Uint8Array, signature: Uint8Array): boolean =>
  verify(
    'sha256',
    data,
    createPublicKey({ key: Buffer.from(spkiDer), format: 'der', type: 'spki' }),
    signature,
  );

export type DirSnapshot = Map<string, { bytes: string; mtimeMs: number; mode: number }>;

export const snapshotDir = async (dir: string): Promise<DirSnapshot> => {
  const out: DirSnapshot = new Map();
  for (const name of (await readdir(dir)).sort()) {
    const path = join(dir, name);
    const s = await stat(path);
    out.set(name, {
      bytes: (await readFile(path)).toString('base64'),
      mtimeMs: s.mtimeMs,
      mode: s.mode & 0o777,
    });
  }
  return out;
};

/** Every byte of every file in the folder (hidden temp files included). */
export const allFileBytes = async (dir: string): Promise<{ name: string; bytes: Buffer }[]> =>
  Promise.all((await readdir(dir)).map(async (name) => ({ name, bytes: await readFile(join(dir, name)) })));

/** The secret goes through the environment, never argv, so any characters are safe. */
export const openssl = (args: string[], secret?: string): Buffer =>
  execFileSync(OPENSSL, args, {
    env: { ...process.env, VIGIE_TEST_SECRET: secret ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/**
 * OpenSSL decrypts a vault .p8 with the secret and prints the plain PKCS#8 DER (`-topk8
 * -nocrypt`: without it OpenSSL 3.0 re-encodes the key as PKCS#1).
 */
export const opensslDecrypt = (p8Path: string, secret: string): Buffer =>
  openssl(
    ['pkcs8', '-topk8', '-nocrypt', '-in', p8Path, '-passin', 'env:VIGIE_TEST_SECRET', '-outform', 'DER'],
    secret,
  );

/** `openssl pkey` decrypts it too and prints the public half (SPKI DER). */
export const opensslSpki = (p8Path: string, secret: string): Buffer =>
  openssl(['pkey', '-in', p8Path, '-passin', 'env:VIGIE_TEST_SECRET', '-pubout', '-outform', 'DER'], secret);
