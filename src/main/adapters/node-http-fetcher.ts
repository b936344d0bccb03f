import type { Agent as HttpAgent, request as httpRequest } from 'node:http';
import type { FetchError, FetchOptions, FetchResponse, HttpFetcher } from '../ports/http-fetcher.js';
import { err, ok, type Result } from '../../shared/result.js';

const MAX_REDIRECTS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** 307/308 keep method and body; 301/302/303 would turn an OCSP POST into a GET. */
const BODY_KEEPING_REDIRECTS = new Set([307, 308]);

type Outcome = Result<FetchResponse, FetchError>;
type Hop = { kind: 'done'; outcome: Outcome } | { kind: 'redirect'; status: number; location: string };

const fail = (code: FetchError['code'], message: string, status?: number): Outcome =>
  err(status === undefined ? { code, message } : { code, message, status });

/**
 * http and https only (IGC-Santé publishes CRLs over plain http: the CRL and OCSP
 * signatures are what we trust, not the transport), no credentials in the URL, and no
 * https → http downgrade on redirect.
 */
const checkUrl = (raw: string, from?: URL): Result<URL, FetchError> => {
  if (!URL.canParse(raw, from?.href))
    return err({ code: 'refused-url', message: `not a URL: ${raw.slice(0, 200)}` });
  const url = new URL(raw, from);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return err({ code: 'refused-url', message: `scheme ${url.protocol} is not fetched` });
  if (url.username !== '' || url.password !== '')
    return err({ code: 'refused-url', message: 'credentials in URLs are refused' });
  if (from && from.protocol === 'https:' && url.protocol === 'http:')
    return err({ code: 'refused-url', message: 'redirect from https to http refused' });
  return ok(url);
};

type Exchange = {
  method: 'GET' | 'POST';
  body: Uint8Array | null;
  contentType: string | null;
  options: FetchOptions;
  signal: AbortSignal;
  timedOut: () => boolean;
};

type Transport = { request: typeof httpRequest; agent: HttpAgent };
type Transports = { http: Transport; https: Transport };

/**
 * node:http and node:https load on the first request, not with the module: importing them
 * builds their ESM facade, which pulls in undici (~30 ms), and most runs (`vigie inspect`,
 * an offline app session) never fetch anything.
 * Our own agents, never the global ones: Node's env-proxy support hangs off the global
 * agent, and revocation fetches must not go through a proxy the user did not choose here.
 */
let transports: Promise<Transports> | null = null;
const loadTransports = (): Promise<Transports> =>
  (transports ??= Promise.all([import('node:http'), import('node:https')]).then(([http, https]) => ({
    http: { request: http.request, agent: new http.Agent({ keepAlive: false }) },
    https: { request: https.request, agent: new https.Agent({ keepAlive: false }) },
  })));

const hop = (url: URL, x: Exchange, net: Transports): Promise<Hop> =>
  new Promise((resolve) => {
    const done = (outcome: Outcome) => resolve({ kind: 'done', outcome });
    const headers: Record<string, string> = { 'user-agent': 'Vigie', 'accept-encoding': 'identity' };
    if (x.options.accept) headers.accept = x.options.accept;
    if (x.body) {
      headers['content-type'] = x.contentType ?? 'application/octet-stream';
      headers['content-length'] = String(x.body.length);
    }
    const { request, agent } = url.protocol === 'https:' ? net.https : net.http;
    const req = request(url, { method: x.method, headers, agent, signal: x.signal }, (res) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECT_STATUSES.has(status) && location) {
        res.resume();
        resolve({ kind: 'redirect', status, location });
        return;
      }
      if (status < 200 || status > 299) {
        res.resume();
        done(fail('http-status', `HTTP ${status} from ${url.host}`, status));
        return;
      }
      const declared = Number(res.headers['content-length'] ?? NaN);
      if (declared > x.options.maxBytes) {
        res.destroy();
        done(fail('too-large', `${url.host} announces ${declared} bytes (limit ${x.options.maxBytes})`));
        return;
      }
      const chunks: Buffer[] = [];
      let total = 0;
      res.on('data', (chunk: Buffer) => {
        total += chunk.length;
        // Counted while streaming: a missing or lying Content-Length cannot make us buffer more.
        if (total > x.options.maxBytes) {
          res.destroy();
          req.destroy();
          done(fail('too-large', `${url.host} sent more than ${x.options.maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        const body = new Uint8Array(Buffer.concat(chunks, total));
        const contentType = res.headers['content-type'] ?? null;
        done(ok({ status, contentType, body }));
      });
      res.on('error', (e) => done(networkOrTimeout(e, x, url)));
      // An abort mid-body may end with 'close' alone; a cut body is never a response.
      res.on('close', () => {
        if (!res.complete) done(networkOrTimeout(new Error('connection closed early'), x, url));
      });
    });
    req.on('error', (e) => done(networkOrTimeout(e, x, url)));
    req.end(x.body ?? undefined);
  });

const networkOrTimeout = (e: Error, x: Exchange, url: URL): Outcome =>
  x.timedOut()
    ? fail('timeout', `no complete answer from ${url.host} within ${x.options.timeoutMs} ms`)
    : fail('network', `${url.host}: ${e.message}`);

const exchange = async (
  raw: string,
  method: 'GET' | 'POST',
  body: Uint8Array | null,
  contentType: string | null,
  options: FetchOptions,
): Promise<Outcome> => {
  const first = checkUrl(raw);
  if (!first.ok) return first;
  let url = first.value;
  const net = await loadTransports();
  const controller = new AbortController();
  let timedOut = false;
  // One deadline for the whole exchange, so redirects cannot stretch it.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const x: Exchange = {
    method,
    body,
    contentType,
    options,
    signal: controller.signal,
    timedOut: () => timedOut,
  };
  try {
    for (let redirects = 0; ; redirects++) {
      const result = await hop(url, x, net);
      if (result.kind === 'done') return result.outcome;
      if (redirects >= MAX_REDIRECTS)
        return fail('http-status', `more than ${MAX_REDIRECTS} redirects`, result.status);
      if (method === 'POST' && !BODY_KEEPING_REDIRECTS.has(result.status))
        return fail('http-status', `HTTP ${result.status} redirect for a POST`, result.status);
      const next = checkUrl(result.location, url);
      if (!next.ok) return next;
      url = next.value;
    }
  } finally {
    clearTimeout(timer);
  }
};

/** `HttpFetcher` over node:http / node:https. */
export const createNodeHttpFetcher = (): HttpFetcher => ({
  get: (url, options) => exchange(url, 'GET', null, null, options),
  post: (url, body, contentType, options) => exchange(url, 'POST', body, contentType, options),
});
