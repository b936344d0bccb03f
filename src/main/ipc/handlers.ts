import { isAllowedExternalUrl } from '../../shared/links.js';
import type { MainHandlers } from '../../shared/ipc/types.js';
import { err, ok } from '../../shared/result.js';
import type { ExternalOpener } from '../ports/external-opener.js';
import type { Inspector } from '../services/inspector/inspect-file.js';
import type { TrustService } from '../services/trust/trust-service.js';

export type HandlerDeps = {
  inspector: Inspector;
  trust: TrustService;
  opener: ExternalOpener;
  appInfo: { version: string; platform: string; runtime: 'electron' | 'dev-bridge' | 'cli' };
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
  },
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
