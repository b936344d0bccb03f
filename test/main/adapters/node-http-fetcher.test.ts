import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHttpFetcher } from '../../../src/main/adapters/node-http-fetcher.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => void;

// Only ever 127.0.0.1 on a random port, with a handful of requests per test.
const routes = new Map<string, Handler>();
let server: Server;
let base = '';
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      hits.push(`${req.method} ${req.url}`);
      const handler = routes.get(req.url ?? '');
      if (!handler) {
        res.writeHead(404).end('not found');
        return;
      }
      handler(req, res, Buffer.concat(chunks));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  routes.set('/small', (_q, res) =>
    res.writeHead(200, { 'content-type': 'application/pkix-crl' }).end('hello'),
  );
  routes.set('/big-declared', (_q, res) =>
    res.writeHead(200, { 'content-length': '100000' }).end(Buffer.alloc(100_000)),
  );
  routes.set('/big-chunked', (_q, res) => {
    res.writeHead(200); // no Content-Length: the cap must hold while streaming
    for (let i = 0; i < 10; i++) res.write(Buffer.alloc(10_000));
    res.end();
  });
  routes.set('/slow', (_q, res) => {
    res.writeHead(200);
    res.write('a');
    setTimeout(() => res.end('b'), 2_000).unref();
  });
  routes.set('/hang', () => undefined);
  routes.set('/r1', (_q, res) => res.writeHead(302, { location: '/small' }).end());
  routes.set('/loop', (_q, res) => res.writeHead(302, { location: '/loop' }).end());
  routes.set('/to-ftp', (_q, res) => res.writeHead(302, { location: 'ftp://127.0.0.1/x' }).end());
  routes.set('/echo', (req, res, body) =>
    res.writeHead(200, { 'content-type': req.headers['content-type'] ?? '' }).end(body),
  );
  routes.set('/post-307', (_q, res) => res.writeHead(307, { location: '/echo' }).end());
  routes.set('/post-302', (_q, res) => res.writeHead(302, { location: '/echo' }).end());
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const fetcher = createNodeHttpFetcher();
const opts = { maxBytes: 50_000, timeoutMs: 1_000 };

describe('node http fetcher (local server on 127.0.0.1)', () => {
  it('returns body, status and content type', async () => {
    const r = await fetcher.get(`${base}/small`, { ...opts, accept: 'application/pkix-crl' });
    expect(r.ok && Buffer.from(r.value.body).toString()).toBe('hello');
    expect(r.ok && r.value.contentType).toBe('application/pkix-crl');
  });

  it('reports 404 as http-status', async () => {
    const r = await fetcher.get(`${base}/nothing`, opts);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'http-status', status: 404 });
  });

  it('refuses bodies over the cap, announced or streamed', async () => {
    for (const path of ['/big-declared', '/big-chunked']) {
      const r = await fetcher.get(`${base}${path}`, opts);
      expect(r.ok ? null : r.error.code).toBe('too-large');
    }
  });

  it('times out on a slow body and on a silent server', async () => {
    for (const path of ['/slow', '/hang']) {
      const started = Date.now();
      const r = await fetcher.get(`${base}${path}`, { ...opts, timeoutMs: 300 });
      expect(r.ok ? null : r.error.code).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(1_500);
    }
  });

  it('follows a redirect, but not more than three nor to another scheme', async () => {
    const one = await fetcher.get(`${base}/r1`, opts);
    expect(one.ok).toBe(true);
    const before = hits.filter((h) => h === 'GET /loop').length;
    const loop = await fetcher.get(`${base}/loop`, opts);
    expect(loop.ok ? null : loop.error.code).toBe('http-status');
    expect(hits.filter((h) => h === 'GET /loop').length - before).toBe(4);
    const ftp = await fetcher.get(`${base}/to-ftp`, opts);
    expect(ftp.ok ? null : ftp.error.code).toBe('refused-url');
  });

  it('refuses other schemes and credentials before any connection', async () => {
    const count = hits.length;
    for (const url of [
      'ldap://127.0.0.1/cn=x',
      'file:///etc/passwd',
      'http://u:p@127.0.0.1:1/x',
      'not a url',
    ]) {
      const r = await fetcher.get(url, opts);
      expect(r.ok ? null : r.error.code).toBe('refused-url');
    }
    expect(hits.length).toBe(count);
  });

  it('posts a body, keeps it over 307 and refuses a 302 for a POST', async () => {
    const body = new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x05]);
    const direct = await fetcher.post(`${base}/echo`, body, 'application/ocsp-request', opts);
    expect(direct.ok && [...direct.value.body]).toEqual([...body]);
    expect(direct.ok && direct.value.contentType).toBe('application/ocsp-request');
    const kept = await fetcher.post(`${base}/post-307`, body, 'application/ocsp-request', opts);
    expect(kept.ok && [...kept.value.body]).toEqual([...body]);
    const moved = await fetcher.post(`${base}/post-302`, body, 'application/ocsp-request', opts);
    expect(moved.ok ? null : moved.error).toMatchObject({ code: 'http-status', status: 302 });
  });

  it('reports a closed port as a network error', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const r = await fetcher.get(`http://127.0.0.1:${port}/x`, opts);
    expect(r.ok ? null : r.error.code).toBe('network');
  });
});
