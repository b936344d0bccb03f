import { err } from '../../shared/result.js';
import type { FetchError, HttpFetcher } from '../ports/http-fetcher.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const refusal = (url: string) =>
  err<FetchError>({
    code: 'refused-url',
    message: `not a loopback address (fetching is loopback-only): ${url.slice(0, 200)}`,
  });

/** True for http(s) URLs on this machine only. */
export const isLoopbackUrl = (raw: string): boolean => {
  if (!URL.canParse(raw)) return false;
  const url = new URL(raw);
  return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname);
};

/**
 * Wraps a fetcher so it only ever reaches 127.0.0.1 / ::1: tests and the end-to-end bridge
 * run the real code paths against fixture servers, and real IGC-Santé certificates (whose
 * CDP and AIA name ANS's servers) can never make them go out to the Internet.
 * Redirects are followed by the inner fetcher, so that one must not be given a server that
 * redirects elsewhere: fixture servers do not.
 */
export const loopbackOnly = (inner: HttpFetcher): HttpFetcher => ({
  get: (url, options) => (isLoopbackUrl(url) ? inner.get(url, options) : Promise.resolve(refusal(url))),
  post: (url, body, contentType, options) =>
    isLoopbackUrl(url) ? inner.post(url, body, contentType, options) : Promise.resolve(refusal(url)),
});
