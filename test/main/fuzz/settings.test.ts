/**
 * Fuzzing the documents main reads from the data folder at start-up: vault.json
 * (`readVaultConfig`), a vault key's record and encrypted key file (`readKeyFiles`), and the
 * tokens' settings document (`createTokenModules().load()`), from mutated valid documents,
 * random JSON and damaged text. Each answers a VaultError of a known code, or starts empty.
 */
import 'reflect-metadata';
import fc from 'fast-check';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { VaultErrorCode } from '../../../src/shared/model/vault.js';
import { FileTooLargeError, type FileSystem } from '../../../src/main/ports/file-system.js';
import { encodePem, encryptPkcs8, ENCRYPTED_KEY_LABEL } from '../../../src/main/pki/keys/index.js';
import { readKeyFiles } from '../../../src/main/services/vault/key-record.js';
import { readVaultConfig, VAULT_FILE } from '../../../src/main/services/vault/vault-config.js';
import { createTokenModules } from '../../../src/main/services/tokens/token-modules.js';
import { fuzz, knownCode } from '../../fuzz/harness.js';
import { derMutation, mutateDer } from '../../fuzz/mutate-der.js';
import { jsonMutant, jsonText } from '../../fuzz/mutate-json.js';
import { SEEDS } from '../../fuzz/seeds.js';
import { hostileJson } from '../../fuzz/strings.js';

const DIR = join('/', 'vigie-fuzz-data');
const KEY_ID = '6f9619ff-8b86-4d01-b42d-00cf4fc964ff';

/** Just what the readers use: files held in memory, the size cap as the real adapter applies it. */
const memoryFs = (files: Record<string, string | Uint8Array>): FileSystem =>
  ({
    exists: async (path: string) => Object.hasOwn(files, path),
    readFile: async (path: string, max: number) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      const bytes = typeof content === 'string' ? new Uint8Array(Buffer.from(content, 'utf8')) : content;
      if (bytes.length > max) throw new FileTooLargeError(path, bytes.length);
      return bytes;
    },
  }) as unknown as FileSystem;

const VAULT = {
  format: 'vigie-vault',
  version: 1,
  vaultId: '0b9c2f57-3b8a-4d8e-9f1d-6a0e6f0c9d41',
  mode: 'passphrase',
  createdAt: '2026-11-22T09:00:00.000Z',
  verifier: {
    kdf: 'pbkdf2-hmac-sha256',
    iterations: 600_000,
    salt: Buffer.alloc(16, 7).toString('base64'),
    mac: Buffer.alloc(32, 9).toString('base64'),
  },
};

// The key pair is made once, when the file loads: the record's arbitrary needs its public half.
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
const RECORD = {
  format: 'vigie-vault-key',
  version: 1,
  keyId: KEY_ID,
  label: 'fuzz',
  algorithm: 'RSA',
  bits: 2048,
  spki: Buffer.from(spki).toString('base64'),
  spkiSha256: createHash('sha256').update(spki).digest('hex').toUpperCase(),
  createdAt: '2026-11-22T09:00:00.000Z',
};
let p8Der: Uint8Array;

beforeAll(async () => {
  const pkcs8 = new Uint8Array(privateKey.export({ type: 'pkcs8', format: 'der' }));
  p8Der = await encryptPkcs8(pkcs8, new Uint8Array(Buffer.from('fuzz passphrase')), 1_000);
});

const checkVault = (r: { ok: boolean; error?: { code: string } }) =>
  r.ok ? null : knownCode(r.error?.code, VaultErrorCode.options, 'VaultError');

describe('fuzz: settings documents', () => {
  fuzz('documents.vault-config', {
    arbitrary: jsonText(VAULT),
    call: (text: string) => readVaultConfig(memoryFs({ [join(DIR, VAULT_FILE)]: text }), DIR),
    check: checkVault,
  });

  fuzz('documents.key-record', {
    // p8Der is made in beforeAll; the mapping runs when cases are generated, after it.
    arbitrary: fc
      .record({
        json: fc.oneof(jsonText(RECORD), fc.constant(JSON.stringify(RECORD))),
        mutation: fc.option(derMutation, { freq: 2 }),
        cut: fc.option(fc.nat(), { freq: 4 }),
      })
      .map(({ json, mutation, cut }) => {
        let p8 = encodePem(ENCRYPTED_KEY_LABEL, mutation ? mutateDer(p8Der, mutation, SEEDS).bytes : p8Der);
        if (cut !== null) p8 = p8.slice(0, cut % (p8.length + 1));
        return { json, p8 };
      }),
    call: ({ json, p8 }) =>
      readKeyFiles(
        memoryFs({ [join(DIR, `${KEY_ID}.json`)]: json, [join(DIR, `${KEY_ID}.p8`)]: p8 }),
        DIR,
        KEY_ID,
      ),
    check: checkVault,
  });

  fuzz('documents.token-settings', {
    arbitrary: fc.oneof(
      jsonMutant({ version: 1, userModules: ['/usr/lib/libcps3_pkcs11.so', '/opt/hsm/libpkcs11.so'] }),
      hostileJson(),
    ),
    call: async (raw: unknown) => {
      let preserved = false;
      const modules = createTokenModules({
        settings: {
          read: async () => raw,
          write: async () => undefined,
          preserve: async () => {
            preserved = true;
          },
        },
        fs: { fileInfo: async () => null },
        onChanged: () => undefined,
      });
      await modules.load();
      return { paths: modules.paths(), preserved };
    },
    check: ({ paths, preserved }) =>
      !Array.isArray(paths) || paths.some((p) => typeof p !== 'string') || paths.length > 50
        ? `paths ${JSON.stringify(paths).slice(0, 200)}`
        : preserved && paths.length > 0
          ? 'an unreadable document was kept in use'
          : null,
  });
});
