/** CRL download with an on-disk cache: one file per URL, reused until its nextUpdate. */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Clock } from '../../ports/clock.js';
import type { FileSystem } from '../../ports/file-system.js';
import type { HttpFetcher } from '../../ports/http-fetcher.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { IssuerInfo } from '../../pki/revocation/index.js';
import { checkCrl, errorText, type CheckedCrl } from '../../pki/revocation/index.js';
import type { RevocationLimits, VerifiedCrl } from '../../pki/revocation/index.js';
import { isIoError } from '../../ports/io-error.js';

export type CrlSourceDeps = {
  http: HttpFetcher;
  fs: FileSystem;
  clock: Clock;
  cacheDir: string;
  limits: RevocationLimits;
};

export type CrlKind = 'base' | 'delta';

/** The URL is hashed: it comes from a certificate, so it never becomes a path by itself. */
export const cachePathFor = (cacheDir: string, url: string): string =>
  join(cacheDir, `${createHash('sha256').update(url).digest('hex')}.crl`);

const isHttp = (url: string): boolean => /^https?:\/\//i.test(url);

/** Kind, time window: what makes a signed CRL usable now. */
const usable = (crl: CheckedCrl, kind: CrlKind, now: Date, skewMs: number): string | null => {
  if (kind === 'base' && crl.deltaBase !== null) return 'a delta CRL where a full CRL was expected';
  if (kind === 'delta' && crl.deltaBase === null) return 'a full CRL where a delta CRL was expected';
  if (crl.thisUpdate.getTime() > now.getTime() + skewMs)
    return `CRL thisUpdate ${crl.thisUpdate.toISOString()} is in the future`;
  if (!crl.nextUpdate) return 'CRL has no nextUpdate: its freshness cannot be judged';
  if (now.getTime() >= crl.nextUpdate.getTime())
    return `CRL is stale (nextUpdate ${crl.nextUpdate.toISOString()} has passed)`;
  return null;
};

const view = (
  url: string,
  der: Uint8Array,
  crl: CheckedCrl,
  kind: CrlKind,
  fromCache: boolean,
): VerifiedCrl => ({
  url,
  der,
  thisUpdate: crl.thisUpdate.toISOString(),
  nextUpdate: (crl.nextUpdate as Date).toISOString(),
  crlNumber: crl.crlNumber,
  deltaBase: crl.deltaBase,
  delta: kind === 'delta',
  fromCache,
});

export type CrlSource = {
  /** A verified, fresh CRL from `url` (cache first); the error says why there is none. */
  fetch(url: string, issuer: IssuerInfo, kind: CrlKind): Promise<Result<VerifiedCrl, string>>;
};

export const createCrlSource = (deps: CrlSourceDeps): CrlSource => {
  const { http, fs, clock, cacheDir, limits } = deps;

  const fromCache = async (url: string, issuer: IssuerInfo, kind: CrlKind): Promise<VerifiedCrl | null> => {
    const path = cachePathFor(cacheDir, url);
    try {
      if (!(await fs.exists(path))) return null;
      const der = await fs.readFile(path, limits.crlMaxBytes);
      // Re-verified on every read: the cache folder is not more trusted than the network.
      const checked = await checkCrl(der, issuer);
      if (!checked.ok || usable(checked.value, kind, clock.now(), limits.skewMs) !== null) return null;
      return view(url, der, checked.value, kind, true);
    } catch (e) {
      if (!isIoError(e)) throw e;
      return null; // unreadable cache: download again
    }
  };

  const download = async (
    url: string,
    issuer: IssuerInfo,
    kind: CrlKind,
  ): Promise<Result<VerifiedCrl, string>> => {
    const got = await http.get(url, {
      maxBytes: limits.crlMaxBytes,
      timeoutMs: limits.timeoutMs,
      accept: 'application/pkix-crl',
    });
    if (!got.ok) return err(`${url}: download failed (${got.error.code}): ${got.error.message}`);
    const der = got.value.body;
    const checked = await checkCrl(der, issuer);
    if (!checked.ok) return err(`${url}: ${checked.error}`);
    const problem = usable(checked.value, kind, clock.now(), limits.skewMs);
    if (problem) return err(`${url}: ${problem}`);
    try {
      await fs.ensureDir(cacheDir);
      await fs.writeFileAtomic(cachePathFor(cacheDir, url), der);
    } catch (e) {
      // The cache only saves downloads; failing to write it must not fail the check.
      if (!isIoError(e)) throw e;
    }
    return ok(view(url, der, checked.value, kind, false));
  };

  return {
    fetch: async (url, issuer, kind) => {
      if (!isHttp(url)) return err(`${url}: only http(s) distribution points are fetched`);
      try {
        const cached = await fromCache(url, issuer, kind);
        return cached ? ok(cached) : await download(url, issuer, kind);
      } catch (e) {
        return err(`${url}: ${errorText(e)}`);
      }
    },
  };
};
