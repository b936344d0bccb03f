import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_FILE_BYTES } from '../../shared/limits.js';
import type { EventName } from '../../shared/ipc/types.js';
import type { Dispatcher } from '../ipc/dispatch.js';
import { createEventQueue } from '../ipc/event-queue.js';
import { SECURITY_HEADERS } from '../shell/content-policy.js';
import { readStaticFile } from '../shell/static-files.js';
import { decodeUriComponentOrNull, parseJson } from '../../shared/parse-text.js';

/** A request body holds at most one base64 file plus a little JSON. */
const MAX_BODY_BYTES = Math.ceil(MAX_FILE_BYTES / 3) * 4 + 64 * 1024;

export type BridgeOptions = {
  dispatch: Dispatcher;
  rendererDir: string;
  log?: (line: string) => void;
  /** A fixed port (`vigie ui --port N`); default: a random free one. */
  port?: number;
};

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const send = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...SECURITY_HEADERS });
  res.end(JSON.stringify(body));
};

/**
 * 413 at once, before the body is read. The answer is written whole (its length is in
 * Content-Length, so the client has it), but the response ends only once the request has
 * been read to its end: ending it sooner closes the socket of a `Connection: close` client
 * that is still sending, which resets the connection before it reads the 413.
 */
const refuseTooLarge = (req: IncomingMessage, res: ServerResponse) => {
  const body = JSON.stringify({ error: 'request too large' });
  res.writeHead(413, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...SECURITY_HEADERS,
  });
  res.write(body);
  if (req.complete) res.end();
  else {
    req.once('end', () => res.end());
    req.once('close', () => res.end());
  }
};

/**
 * Reads a request body up to MAX_BODY_BYTES; null when larger. Such a one is not read:
 * by its Content-Length when it declares one, else as soon as the count passes the cap;
 * what follows is read and dropped (see refuseTooLarge).
 */
const readBody = (req: IncomingMessage): Promise<string | null> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > MAX_BODY_BYTES) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/**
 * The request target as a path on our origin. Only origin-form targets (`/…`) are taken,
 * `//host/…` stays a path, and a malformed %-sequence anywhere is refused here, once, so
 * no route meets one. Null: answer 400.
 */
const requestPath = (target: string | undefined, origin: string): URL | null => {
  if (target === undefined || !target.startsWith('/')) return null;
  if (!URL.canParse(origin + target)) return null;
  const url = new URL(origin + target);
  if (decodeUriComponentOrNull(url.pathname) === null) return null;
  if (decodeUriComponentOrNull(url.search) === null) return null;
  return url;
};

/**
 * DEV/TEST ONLY — never packaged (electron-builder.yml excludes it). Serves the built
 * renderer and forwards the IPC contract over loopback HTTP so the real UI runs against
 * the real services in any browser. Guarded by: 127.0.0.1 only, a random port, a random
 * per-run token, and Host/Origin checks against DNS rebinding and cross-site requests.
 */
export const startBridge = async (options: BridgeOptions) => {
  const token = randomBytes(32).toString('base64url');
  const clients = new Set<ServerResponse>();
  const queue = createEventQueue((name: EventName, payload: unknown) => {
    for (const res of clients) res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  let origin = '';

  const server = createServer((req, res) => {
    void (async () => {
      if (req.headers.host !== new URL(origin).host) return send(res, 421, { error: 'wrong host' });
      const requestOrigin = req.headers.origin;
      if (requestOrigin !== undefined && requestOrigin !== origin)
        return send(res, 403, { error: 'wrong origin' });
      const url = requestPath(req.url, origin);
      if (url === null) return send(res, 400, { error: 'malformed URL' });

      if (req.method === 'POST' && url.pathname.startsWith('/ipc/')) {
        const given = req.headers['x-vigie-token'];
        if (typeof given !== 'string' || !sameSecret(given, token))
          return send(res, 401, { error: 'bad token' });
        if (!String(req.headers['content-type']).startsWith('application/json')) {
          return send(res, 415, { error: 'JSON expected' });
        }
        const channel = decodeUriComponentOrNull(url.pathname.slice('/ipc/'.length));
        if (channel === null) return send(res, 400, { error: 'malformed channel name' });
        const body = await readBody(req);
        if (body === null) return refuseTooLarge(req, res);
        const args = parseJson(body);
        if (!args.ok) return send(res, 400, { error: 'invalid JSON' });
        const outcome = await options.dispatch(channel, args.value, { origin });
        if (outcome.kind === 'ok') return send(res, 200, { result: outcome.result });
        if (outcome.kind === 'unknown-channel')
          return send(res, 404, { error: `unknown channel ${channel}` });
        return send(res, 400, { error: `${channel}: ${outcome.issues}` });
      }

      // The page reads this stream with fetch (src/renderer/bridge/event-stream.ts), so the
      // token rides in a header as for /ipc/: never in a URL, a log line or the history.
      if (req.method === 'GET' && url.pathname === '/events') {
        const given = req.headers['x-vigie-token'];
        if (typeof given !== 'string' || !sameSecret(given, token))
          return send(res, 401, { error: 'bad token' });
        res.writeHead(200, {
          'Content-Type': 'text/event-stream',
          'Cache-Control': 'no-store',
          Connection: 'keep-alive',
          ...SECURITY_HEADERS,
        });
        res.write(': connected\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
        queue.markReady();
        return;
      }

      if (req.method === 'GET') {
        const file = await readStaticFile(options.rendererDir, url.pathname);
        if (!file) return send(res, 404, { error: 'not found' });
        res.writeHead(200, {
          'Content-Type': file.contentType,
          'Cache-Control': 'no-store',
          ...SECURITY_HEADERS,
        });
        return res.end(file.body);
      }
      send(res, 405, { error: 'method not allowed' });
    })().catch((error: unknown) => {
      options.log?.(`dev bridge: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject); // a fixed port already in use
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    token,
    /**
     * Open this in a browser. The token rides in the fragment, which browsers never send;
     * the page moves it to sessionStorage, clears the address bar and sends it in a header.
     */
    url: `${origin}/#token=${token}`,
    events: queue.sink,
    async close() {
      for (const res of clients) res.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

export type Bridge = Awaited<ReturnType<typeof startBridge>>;
