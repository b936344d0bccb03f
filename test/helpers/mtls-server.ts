import { X509Certificate } from 'node:crypto';
import { createServer } from 'node:https';
import type { Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';

/** What the server saw of one request's client certificate. */
export type ClientSeen = {
  path: string;
  /** DER of the certificate the client sent, or null if it sent none. */
  der: Uint8Array | null;
  subject: string | null;
  /** Node (OpenSSL) verified it against the server's `ca` for client authentication. */
  authorized: boolean;
  authorizationError: string | null;
};

export type MtlsServer = {
  port: number;
  url: string;
  seen: ClientSeen[];
  /** TLS handshakes that failed (a client that gave up, a refused certificate…). */
  handshakeErrors: string[];
  /**
   * The first request that carried a client certificate; rejects at `timeoutMs` or when
   * `gaveUp` settles first (the client exited), with what the server saw and `why()`.
   */
  waitForClient: (o: {
    timeoutMs: number;
    gaveUp?: Promise<unknown>;
    why?: () => string;
  }) => Promise<ClientSeen>;
  close: () => Promise<void>;
};

/**
 * A mutual-TLS server on 127.0.0.1 (HTTPS): it asks every client for a certificate issued
 * under `ca` (those CA names go in the CertificateRequest), never refuses a handshake
 * for it, and records what each request carried and whether it verified.
 */
export const startMtlsServer = async (o: { key: string; cert: string; ca: string }): Promise<MtlsServer> => {
  const seen: ClientSeen[] = [];
  const handshakeErrors: string[] = [];
  const sockets = new Set<Socket>();
  const listeners = new Set<() => void>();
  const server = createServer(
    { key: o.key, cert: o.cert, ca: o.ca, requestCert: true, rejectUnauthorized: false },
    (req, res) => {
      const socket = req.socket as TLSSocket;
      const peer = socket.getPeerCertificate();
      const der = peer.raw ? new Uint8Array(peer.raw) : null;
      seen.push({
        path: req.url ?? '',
        der,
        subject: der ? new X509Certificate(der).subject : null,
        authorized: socket.authorized,
        authorizationError: socket.authorizationError ? String(socket.authorizationError) : null,
      });
      for (const l of listeners) l();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', connection: 'close' });
      res.end('<!doctype html><title>vigie mtls</title><p>ok</p>');
    },
  );
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  });
  server.on('tlsClientError', (e) => void handshakeErrors.push(e.message));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('mTLS server not listening');
  const port = address.port;
  return {
    port,
    url: `https://127.0.0.1:${port}/`,
    seen,
    handshakeErrors,
    waitForClient: ({ timeoutMs, gaveUp, why }) =>
      new Promise<ClientSeen>((resolve, reject) => {
        const found = () => seen.find((s) => s.der !== null);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        const fail = (reason: string) => {
          done();
          reject(
            new Error(
              `${reason}: no request with a client certificate on port ${port} (requests: ${seen.length}, ` +
                `handshake errors: ${handshakeErrors.join('; ') || 'none'})${why ? `\n${why()}` : ''}`,
            ),
          );
        };
        const check = () => {
          const hit = found();
          if (hit) {
            done();
            resolve(hit);
          }
        };
        const timer = setTimeout(() => fail(`timed out after ${timeoutMs} ms`), timeoutMs);
        listeners.add(check);
        void gaveUp?.then(() => setTimeout(() => !found() && fail('the client exited'), 500));
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
};
