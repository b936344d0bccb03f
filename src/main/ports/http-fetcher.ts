import type { Result } from '../../shared/result.js';

/**
 * Plain HTTP(S) fetches for revocation data (CRLs over GET, OCSP over POST). Only what a
 * revocation check needs: no cookies, no credentials, no proxies. The body is capped and
 * the whole exchange has a deadline, because the far end is not trusted.
 */
export type FetchOptions = {
  /** The body is refused (code 'too-large') as soon as it passes this many bytes. */
  maxBytes: number;
  /** Deadline for the whole exchange, redirects included. */
  timeoutMs: number;
  /** Sent as the Accept header. */
  accept?: string;
};

export type FetchResponse = { status: number; contentType: string | null; body: Uint8Array };

export type FetchErrorCode = 'timeout' | 'too-large' | 'http-status' | 'network' | 'refused-url';

export type FetchError = {
  code: FetchErrorCode;
  /** English, for logs and the `detail` of a revocation result. */
  message: string;
  /** The HTTP status for 'http-status'. */
  status?: number;
};

export type HttpFetcher = {
  get(url: string, options: FetchOptions): Promise<Result<FetchResponse, FetchError>>;
  post(
    url: string,
    body: Uint8Array,
    contentType: string,
    options: FetchOptions,
  ): Promise<Result<FetchResponse, FetchError>>;
};
