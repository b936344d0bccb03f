import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../../src/main/adapters/node-file-system.js';
import type { TokenProvider } from '../../../../src/main/ports/token-provider.js';
import { createTokenModules } from '../../../../src/main/services/tokens/token-modules.js';
import { createTokenService } from '../../../../src/main/services/tokens/token-service.js';
import { tempDir } from '../../../helpers/temp-dir.js';

/** No module loaded: what is tested here is which path the service accepts, not loading it. */
const emptyProvider: TokenProvider = {
  modules: async () => [],
  slots: async () => [],
  objects: async () => ({ ok: false, error: { code: 'token-absent', message: 'x', ckr: null } }),
  checkPin: async () => ({ ok: false, error: { code: 'token-absent', message: 'x', ckr: null } }),
  generateRsaKey: async () => ({ ok: false, error: { code: 'token-absent', message: 'x', ckr: null } }),
  signSha256Rsa: async () => ({ ok: false, error: { code: 'token-absent', message: 'x', ckr: null } }),
  importCertificate: async () => ({ ok: false, error: { code: 'token-absent', message: 'x', ckr: null } }),
  onChange: () => () => undefined,
  close: async () => undefined,
};

const service = (chooseModule?: () => Promise<string | null>) => {
  const modules = createTokenModules({ settings: null, fs: nodeFileSystem, onChanged: () => undefined });
  return {
    modules,
    tokens: createTokenService({
      provider: emptyProvider,
      inspector: { inspect: async () => ({ ok: false, error: { code: 'empty-file', message: 'x' } }) },
      events: { emit: () => undefined },
      modules,
      ...(chooseModule ? { chooseModule } : {}),
    }),
  };
};

describe('adding a PKCS#11 module: main loads native code from it, so the path must be the user’s choice', () => {
  const library = join(tempDir('vigie-module-'), 'libvendor-pkcs11.so');
  writeFileSync(library, 'not really a library');

  it('in the desktop app, a path sent by the window is refused; the system dialog’s answer is used', async () => {
    const { tokens, modules } = service(async () => library);
    expect(await tokens.addModule('/tmp/evil.so')).toMatchObject({
      ok: false,
      error: { code: 'dialog-only' },
    });
    expect(modules.paths()).toEqual([]);
    expect((await tokens.addModule()).ok).toBe(true);
    expect(modules.paths()).toEqual([library]);
  });

  it('a cancelled dialog adds nothing', async () => {
    const { tokens, modules } = service(async () => null);
    expect(await tokens.addModule()).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(modules.paths()).toEqual([]);
  });

  it('without a dialog (dev bridge), main says so, then takes a typed absolute path to a file', async () => {
    const { tokens, modules } = service();
    expect(await tokens.addModule()).toMatchObject({ ok: false, error: { code: 'no-dialog' } });
    expect(await tokens.addModule('relative/lib.so')).toMatchObject({
      ok: false,
      error: { code: 'module-missing' },
    });
    expect((await tokens.addModule(library)).ok).toBe(true);
    expect(modules.paths()).toEqual([library]);
  });
});
