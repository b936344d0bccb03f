import { writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { startBridge, type Bridge } from '../../../src/main/dev-bridge/bridge-server.js';
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
    expect((await call(bridge, '/events?token=wrong')).status).toBe(401);
    expect((await call(bridge, '/../../etc/passwd')).status).toBe(404);
  });

  it('streams events to the page once it listens', async () => {
    bridge.events.emit('trust.changed', { count: 7 });
    const url = new URL(`/events?token=${bridge.token}`, bridge.origin);
    const text = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: url.port, path: url.pathname + url.search, headers: { host: url.host } },
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
});
