import { CHAIN_BUNDLE_URLS } from '../../../shared/links.js';
import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import type { Environment } from '../../../shared/model/igc-sante.js';
import type { ChainDownloadError } from '../../../shared/model/anchor.js';
import { err, type Result } from '../../../shared/result.js';
import type { HttpFetcher } from '../../ports/http-fetcher.js';
import type { ImportOutcome, TrustService } from './trust-service.js';

/** Where ANS publishes its chain bundles; tests point these at a loopback server. */
export type ChainUrls = Readonly<Record<Environment, string>>;

export const OFFICIAL_CHAIN_URLS: ChainUrls = CHAIN_BUNDLE_URLS;

/** The official paths under another origin (a mirror, or a loopback test server). */
export const chainUrlsAt = (base: string): ChainUrls => {
  const origin = base.replace(/\/+$/, '');
  const path = (url: string) => new URL(url).pathname;
  return {
    production: origin + path(CHAIN_BUNDLE_URLS.production),
    test: origin + path(CHAIN_BUNDLE_URLS.test),
  };
};

export type ChainDownloaderDeps = {
  /** Absent when network access is turned off. */
  http?: HttpFetcher;
  trust: Pick<TrustService, 'importChain'>;
  urls?: ChainUrls;
  timeoutMs?: number;
};

/**
 * Downloads ANS's chain bundle and hands it to `importChain`, which keeps only the
 * certificates whose SHA-256 is pinned: plain http is fine because the bytes are checked
 * against fingerprints compiled into the app, never trusted for where they came from.
 */
export const createChainDownloader = (deps: ChainDownloaderDeps) => {
  const urls = deps.urls ?? OFFICIAL_CHAIN_URLS;
  return {
    async downloadChain(environment: Environment): Promise<Result<ImportOutcome, ChainDownloadError>> {
      if (!deps.http)
        return err({ code: 'offline', message: 'Network access is turned off: nothing was downloaded.' });
      const got = await deps.http.get(urls[environment], {
        // The bundle is a few dozen KiB; the file limit bounds a hostile answer.
        maxBytes: MAX_FILE_BYTES,
        timeoutMs: deps.timeoutMs ?? 30_000,
        accept: 'application/pkcs7-mime, application/x-pkcs7-certificates, */*',
      });
      if (!got.ok) return err({ code: got.error.code, message: got.error.message });
      const imported = await deps.trust.importChain(got.value.body);
      if (!imported.ok)
        return err({
          code: 'unreadable',
          message: `The downloaded bundle is unreadable: ${imported.error.message}`,
        });
      return imported;
    },
  };
};

export type ChainDownloader = ReturnType<typeof createChainDownloader>;
