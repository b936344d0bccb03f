import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { startBridge, type Bridge } from '../../../src/main/dev-bridge/bridge-server.js';
import { MAX_FILE_BYTES } from '../../../src/shared/limits.js';
import { listenToEvents, type StreamEvent } from '../../../src/renderer/bridge/event-stream.js';
import { createDispatcher } from '../../../src/main/ipc/dispatch.js';
import { makeCore } from '../../helpers/core.js';
import { vector } from '../../helpers/vectors.js';
import { tempDir } from '../../helpers/temp-dir.js';

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** Raw HTTP so the test can send the headers a browser would refuse to forge. */
const call = (
  bridge: Bridge,
  path: string,
  o: { method?: string; headers?: Record<string, string>; body?: string } = {},
) =>
  new Promise<Reply>((resolve, reject) => {
    const url = new URL(path, bridge.origin);
    const req = request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname + url.search,
        method: o.method ?? 'GET',
        headers: { host: url.host, ...o.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(o.body);
  });

/** Bytes on a socket, for what an HTTP client library would not send (bad targets). */
const raw = (head: string, body?: Buffer) =>
  new Promise<{ text: string; error: string | null }>((resolve) => {
    const target = new URL(bridgeOrigin);
    const socket = connect(Number(target.port), '127.0.0.1');
    let text = '';
    let error: string | null = null;
    socket.on('data', (c: Buffer) => (text += c.toString()));
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => resolve({ text, error }));
    socket.write(head);
    if (body) socket.write(body);
  });
let bridgeOrigin = '';

describe('dev bridge', () => {
  let bridge: Bridge;
  const ipc = (channel: string, args: unknown, headers: Record<string, string> = {}) =>
    call(bridge, `/ipc/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-vigie-token': bridge.token, ...headers },
      body: JSON.stringify(args),
    });

  beforeAll(async () => {
    const renderer = tempDir('vigie-renderer-');
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Vigie</title>');
    const { core } = await makeCore();
    bridge = await startBridge({ dispatch: createDispatcher(core.handlers), rendererDir: renderer });
    bridgeOrigin = bridge.origin;
  });
  afterAll(async () => bridge.close());

  it('listens on loopback with a random port and a long random token', () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(bridge.token.length).toBeGreaterThanOrEqual(40);
    expect(bridge.url).toBe(`${bridge.origin}/#token=${bridge.token}`);
  });

  it('serves the renderer with the strict CSP', async () => {
    const page = await call(bridge, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('forwards the contract to the real services', async () => {
    const info = await ipc('app.getInfo', {});
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body).result).toMatchObject({ version: 'test' });
    const p12 = Buffer.from(vector('igc-sante', 'end-entity', 'INSI-AUTO-certificate.p12')).toString(
      'base64',
    );
    const inspected = JSON.parse((await ipc('inspector.inspect', { fileName: 'insi.p12', data: p12 })).body);
    expect(inspected.result.ok).toBe(true);
    expect(inspected.result.value.items.map((i: { kind: string }) => i.kind)).toEqual([
      'certificate',
      'certificate',
      'certificate',
      'private-key',
    ]);
  });

  it('refuses requests without the token, from another Host or Origin, or off-contract', async () => {
    expect((await ipc('app.getInfo', {}, { 'x-vigie-token': 'nope' })).status).toBe(401);
    expect((await ipc('app.getInfo', {}, { host: 'evil.example:80' })).status).toBe(421);
    expect((await ipc('app.getInfo', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await ipc('fs.readFile', {})).status).toBe(404);
    expect((await ipc('inspector.inspect', { fileName: 3 })).status).toBe(400);
    expect((await call(bridge, '/events', { headers: { 'x-vigie-token': 'wrong' } })).status).toBe(401);
    expect((await call(bridge, '/events')).status).toBe(401);
    expect((await call(bridge, '/../../etc/passwd')).status).toBe(404);
  });

  it('never takes the token from a URL: /events?token= is refused', async () => {
    expect((await call(bridge, `/events?token=${bridge.token}`)).status).toBe(401);
  });

  it.each([
    ['a truncated %-sequence', 'GET', '/%E0%A4%A'],
    ['a bad %-sequence in a channel name', 'POST', '/ipc/app.%E0getInfo'],
    ['a bad %-sequence in the query', 'GET', '/index.html?q=%zz'],
    ['an asterisk-form target', 'GET', '*'],
    ['an absolute-form target', 'GET', 'http://evil.example/ipc/app.getInfo'],
  ])('answers a malformed URL (%s) with a plain 400, no stack trace', async (_what, method, target) => {
    const reply = await raw(
      `${method} ${target} HTTP/1.1\r\nHost: ${new URL(bridge.origin).host}\r\n` +
        `x-vigie-token: ${bridge.token}\r\ncontent-type: application/json\r\ncontent-length: 2\r\n` +
        'Connection: close\r\n\r\n{}',
    );
    expect(reply.error).toBeNull();
    expect(reply.text).toMatch(/^HTTP\/1\.1 400 /);
    expect(reply.text).toMatch(/content-type: application\/json/i);
    expect(reply.text).toContain('{"error":"malformed URL"}');
    expect(reply.text).not.toMatch(/ at |Error|\.ts:|\.js:/);
  });

  describe('a body over the cap', () => {
    const cap = Math.ceil(MAX_FILE_BYTES / 3) * 4 + 64 * 1024;
    const big = Buffer.alloc(cap + 1024 * 1024, 0x61);

    /**
     * Sends the headers and a first slice, waits for the answer, and only then the rest:
     * the 413 must come before the body has been read, and the connection must live on.
     */
    const postHuge = (headers: Record<string, string>) =>
      new Promise<{ status: number; body: string; sentAfterAnswer: boolean }>((resolve, reject) => {
        const url = new URL('/ipc/inspector.inspect', bridge.origin);
        let answered = false;
        const req = request(
          {
            host: '127.0.0.1',
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: {
              host: url.host,
              'content-type': 'application/json',
              'x-vigie-token': bridge.token,
              ...headers,
            },
          },
          (res) => {
            answered = true;
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString()));
            res.on('end', () => {
              // The rest of the body goes after the answer; the request ends without error.
              req.end(big.subarray(firstSlice), () =>
                resolve({ status: res.statusCode ?? 0, body, sentAfterAnswer: answered }),
              );
            });
          },
        );
        req.on('error', reject);
        // Chunked: more than the cap before the answer; with a length: one small slice.
        const firstSlice = headers['content-length'] ? 64 * 1024 : cap + 1;
        req.write(big.subarray(0, firstSlice));
      });

    it('declared by Content-Length: 413 before the body is sent, connection not reset', async () => {
      const reply = await postHuge({ 'content-length': String(big.length) });
      expect(reply.status).toBe(413);
      expect(JSON.parse(reply.body)).toEqual({ error: 'request too large' });
      expect(reply.sentAfterAnswer).toBe(true);
    });

    it('chunked: 413 once past the cap, before the rest is sent, connection not reset', async () => {
      const reply = await postHuge({ 'transfer-encoding': 'chunked' });
      expect(reply.status).toBe(413);
      expect(reply.sentAfterAnswer).toBe(true);
    });

    it('a `Connection: close` client sending it all at once reads the 413, no reset', async () => {
      const head =
        `POST /ipc/inspector.inspect HTTP/1.1\r\nHost: ${new URL(bridge.origin).host}\r\n` +
        `x-vigie-token: ${bridge.token}\r\ncontent-type: application/json\r\n` +
        `content-length: ${big.length}\r\nConnection: close\r\n\r\n`;
      const reply = await raw(head, big);
      expect(reply.error).toBeNull();
      expect(reply.text).toMatch(/^HTTP\/1\.1 413 /);
    });

    it('a body under the cap is read and judged by the contract', async () => {
      expect((await ipc('app.getInfo', { pad: 'x'.repeat(1024 * 1024) })).status).toBe(400);
    });
  });

  it('streams events to the page once it listens', async () => {
    bridge.events.emit('trust.changed', { count: 7 });
    const url = new URL('/events', bridge.origin);
    const text = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: url.port,
          path: url.pathname,
          headers: { host: url.host, 'x-vigie-token': bridge.token },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => {
            body += c.toString();
            if (body.includes('trust.changed')) {
              req.destroy();
              resolve(body);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(text).toContain('event: trust.changed\ndata: {"count":7}');
  });

  it("the page's own event reader gets events with the token in a header, never in a URL", async () => {
    const urls: string[] = [];
    const headers: string[] = [];
    const seen: StreamEvent[] = [];
    const recording: typeof fetch = (input, init) => {
      urls.push(String(input));
      headers.push(new Headers(init?.headers).get('x-vigie-token') ?? '');
      return fetch(input, init);
    };
    const stream = listenToEvents({
      token: bridge.token,
      origin: bridge.origin,
      fetch: recording,
      onEvent: (e) => seen.push(e),
    });
    // Emitted until one arrives: the stream connects on its own time.
    await vi.waitFor(() => {
      bridge.events.emit('trust.changed', { count: 3 });
      expect(seen.map((e) => e.name)).toContain('trust.changed');
    });
    await stream.stop();
    expect(seen.find((e) => e.name === 'trust.changed')?.data).toBe('{"count":3}');
    expect(urls).toEqual([`${bridge.origin}/events`]);
    expect(urls.join(' ')).not.toContain(bridge.token);
    expect(headers).toEqual([bridge.token]);
  });
});
