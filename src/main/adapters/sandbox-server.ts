import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxServer } from '../services/sandbox/sandbox-server-port.js';

/** OCSP requests are a few hundred bytes; anything bigger is refused before it is read. */
const MAX_REQUEST_BYTES = 64 * 1024;

const listen = (server: Server, port: number) =>
  new Promise<void>((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      resolve();
    });
  });

/** The sandbox's CRL and OCSP server, bound to 127.0.0.1 only (never another interface). */
export const createSandboxServer = (): SandboxServer => {
  let server: Server | null = null;
  return {
    async start(handle, preferredPort) {
      if (server) return { port: (server.address() as AddressInfo).port };
      const s = createServer((req, res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        req.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_REQUEST_BYTES) {
            res.writeHead(413).end();
            req.destroy();
          } else chunks.push(c);
        });
        req.on('end', () => {
          handle({
            method: req.method ?? 'GET',
            path: req.url ?? '/',
            body: new Uint8Array(Buffer.concat(chunks)),
          })
            .then((r) => res.writeHead(r.status, { 'content-type': r.contentType }).end(r.body))
            .catch(() => res.writeHead(500).end());
        });
      });
      try {
        await listen(s, preferredPort ?? 0);
      } catch {
        await listen(s, 0); // the port of an earlier run is taken: certificates issued before lose their pointers
      }
      s.unref();
      server = s;
      return { port: (s.address() as AddressInfo).port };
    },
    async stop() {
      const s = server;
      server = null;
      if (!s) return;
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    },
  };
};
