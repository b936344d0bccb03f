import { join } from 'node:path';
import { confDocumentStore } from '../adapters/conf-document-store.js';
import { createNapiKeyringSecretStore } from '../adapters/napi-keyring-secret-store.js';
import { cliFileSystem, nodeFileSystem } from '../adapters/node-file-system.js';
import { systemClock } from '../adapters/system-clock.js';
import { composeCore } from '../app/compose.js';
import { networkFetcher } from '../app/network.js';
import { defaultDataDir } from '../app/paths.js';
import { createRevocationService } from '../services/revocation/index.js';
import type { TrustDir } from '../services/trust/trust-service.js';
import type { CsrDeps } from './csr-command.js';
import type { VerifyDeps } from './verify-command.js';

/**
 * The heavy half of the CLI: adapters, services and the PKI library. Only the commands
 * that need them load this module (vigie-cli.ts imports it lazily), so `vigie --help` and
 * `vigie version` start without parsing it.
 */

/**
 * Revocation downloads for `vigie verify`: CRLs (verified against the issuer, cached in the
 * data folder) and the OCSP responders' answers (judged by the engine).
 */
const crlFetcher = (): NonNullable<VerifyDeps['fetchCrls']> => {
  const http = networkFetcher();
  if (!http)
    return async () => ({
      crls: [],
      notes: ['network access is turned off (VIGIE_NETWORK): CRLs not fetched'],
    });
  const revocation = createRevocationService({
    http,
    fs: nodeFileSystem,
    clock: systemClock,
    cacheDir: join(defaultDataDir(), 'crl-cache'),
  });
  return async (cert, issuer) => {
    // Both sources: a certificate either covers is checked (an OCSP answer stands in for an
    // unreachable CRL, and the reverse).
    const [set, ocsp] = await Promise.all([
      revocation.crlsFor(cert, issuer),
      revocation.ocspAnswersFor(cert, issuer),
    ]);
    return {
      crls: [set.base?.der, set.delta?.der].filter((d): d is Uint8Array => d !== undefined),
      ocsp: ocsp.answers,
      notes: [...set.notes, ...ocsp.notes],
    };
  };
};

/** The same core as the desktop app, on the user's data folder and OS keychain. */
const makeCore = (version: string, trust: TrustDir[] = []) => {
  const dataDir = defaultDataDir();
  const http = networkFetcher();
  return composeCore(
    {
      fs: nodeFileSystem,
      clock: systemClock,
      opener: { open: async () => undefined },
      events: { emit: () => undefined },
      secrets: createNapiKeyringSecretStore(),
      orderDocuments: confDocumentStore(dataDir, 'orders'),
      settingsDocuments: confDocumentStore(dataDir, 'inventory-settings'),
      tokenDocuments: confDocumentStore(dataDir, 'token-settings'),
      ...(http ? { http } : {}),
    },
    { dataDir, trustDirs: trust, appInfo: { version, platform: process.platform, runtime: 'cli' } },
  );
};

export const csrDeps = (version: string): CsrDeps => ({
  fs: nodeFileSystem,
  makeCore: () => makeCore(version),
});

export const verifyDeps = (version: string): VerifyDeps => ({
  fs: cliFileSystem,
  trustStore: async () => {
    const core = makeCore(version);
    await core.start();
    try {
      return await core.services.trust.list();
    } finally {
      await core.stop();
    }
  },
  fetchCrls: crlFetcher(),
});
