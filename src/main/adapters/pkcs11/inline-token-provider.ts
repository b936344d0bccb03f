import { err } from '../../../shared/result.js';
import type { TokenModuleSpec, TokenProvider } from '../../ports/token-provider.js';
import { createTokenCore, type TokenCore } from './token-core.js';
import { serviceStopped, TokenServiceError } from './token-service-error.js';

export type InlineTokenProviderOptions = {
  /** The modules to use, asked again before each call. */
  modules: () => TokenModuleSpec[];
};

/**
 * The token provider of the CLI (`vigie tokens`): the same core as the app's worker, run on
 * the calling thread, which has nothing else to do while a module answers. It does not
 * watch: a command reads the slots when it runs, so `onChange` never calls back. The core
 * (and pkcs11js with it) is made on first use.
 */
export const createInlineTokenProvider = (options: InlineTokenProviderOptions): TokenProvider => {
  let core: TokenCore | null = null;
  let closed = false;
  const closedError = serviceStopped('The token service is closed.');
  const ready = (): TokenCore => {
    core ??= createTokenCore();
    core.setModules(options.modules());
    return core;
  };
  /** As the worker's provider answers once closed: a typed error, not a reloaded module. */
  const listing = async <T>(read: (c: TokenCore) => T): Promise<T> => {
    if (closed) throw new TokenServiceError(closedError);
    return read(ready());
  };
  const result = async <T>(run: (c: TokenCore) => T) => (closed ? err(closedError) : run(ready()));
  return {
    modules: () => listing((c) => c.modules()),
    slots: () => listing((c) => c.slots()),
    objects: (token, pin) => result((c) => c.objects(token, pin)),
    checkPin: (token, pin) => result((c) => c.checkPin(token, pin)),
    generateRsaKey: (token, pin, key) => result((c) => c.generateRsaKey(token, pin, key)),
    signSha256Rsa: (token, pin, keyId, data) => result((c) => c.signSha256Rsa(token, pin, keyId, data)),
    importCertificate: (token, pin, cert) => result((c) => c.importCertificate(token, pin, cert)),
    onChange: () => () => undefined,
    async close() {
      closed = true;
      core?.close();
      core = null;
    },
  };
};
