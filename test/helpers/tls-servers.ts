/**
 * TLS servers on 127.0.0.1 for the endpoint tests and the benchmark: direct TLS, STARTTLS
 * for SMTP / IMAP / POP3 (or a server that refuses it), one that never answers, and a port
 * where nothing listens. Certificates come from a fixture CA made in the test
 * (fixture-ca.ts), the private key exported to PEM for node:tls.
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';
import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import {
  createSecureContext,
  createServer as createTlsServer,
  TLSSocket,
  type SecureContext,
} from 'node:tls';
import { issue, type FixtureCert } from './fixture-ca.js';

const DAY = 86_400_000;

export const pemOf = (der: Uint8Array, label = 'CERTIFICATE'): string =>
  `-----BEGIN ${label}-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/.{64}/g, '$&\n')
    .replace(/\n?$/, '\n')}-----END ${label}-----\n`;

export const privateKeyPem = async (cert: FixtureCert): Promise<string> =>
  pemOf(new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', cert.keys.privateKey)), 'PRIVATE KEY');

/** What a server presents: its key and the certificates it sends, leaf first. */
export type Served = { key: string; chain: Pick<FixtureCert, 'der'>[] };

export const servedContext = (s: Served): SecureContext =>
  createSecureContext({ key: s.key, cert: s.chain.map((c) => pemOf(c.der)).join('') });

/** A root, an intermediate under it, and leaves for names under the intermediate. */
export const fixturePki = async (label = 'Vigie endpoint test') => {
  const root = await issue({ name: `CN=${label} Root`, ca: true });
  const intermediate = await issue({ name: `CN=${label} CA`, issuer: root, ca: true, pathLength: 0 });
  const leaf = async (
    dnsNames: string[],
    o: { notBefore?: Date; notAfter?: Date; ips?: string[] } = {},
  ): Promise<FixtureCert> =>
    issue({
      name: `CN=${dnsNames[0] ?? o.ips?.[0] ?? 'server'}`,
      issuer: intermediate,
      ...(o.notBefore ? { notBefore: o.notBefore } : {}),
      ...(o.notAfter ? { notAfter: o.notAfter } : {}),
      extensions: [
        new x509.SubjectAlternativeNameExtension([
          ...dnsNames.map((value) => ({ type: 'dns' as const, value })),
          ...(o.ips ?? []).map((value) => ({ type: 'ip' as const, value })),
        ]),
      ],
    });
  /** Served as `leaf, intermediate` (the usual full chain, root left to clients). */
  const serve = async (cert: FixtureCert, ...rest: FixtureCert[]): Promise<Served> => ({
    key: await privateKeyPem(cert),
    chain: [cert, ...rest],
  });
  return {
    root,
    intermediate,
    leaf,
    serve,
    expiredDates: { notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - 5 * DAY) },
  };
};

export type Running = {
  port: number;
  /** Connections still open on the server's side. */
  connections: () => number;
  close: () => Promise<void>;
};

/** Closes the server and every connection it still has. */
const running = (server: Server, sockets: Set<Socket>): Running => {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server not listening');
  return {
    port: address.port,
    connections: () => sockets.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
};

const listen = async (server: Server, port = 0): Promise<Running> => {
  const sockets = new Set<Socket>();
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return running(server, sockets);
};

/**
 * A direct TLS server: handshake, then closes the connection. `sni` hears the server name
 * of each client that sent one (during the handshake, before the server answers).
 */
export const startTlsServer = (
  served: Served,
  o: { port?: number; sni?: (name: string) => void } = {},
): Promise<Running> => {
  const server = createTlsServer(
    {
      key: served.key,
      cert: served.chain.map((c) => pemOf(c.der)).join(''),
      ...(o.sni
        ? {
            SNICallback: (name: string, done: (e: Error | null, ctx?: SecureContext) => void) => {
              o.sni?.(name);
              done(null);
            },
          }
        : {}),
    },
    (s) => s.end(),
  );
  server.on('tlsClientError', () => undefined);
  return listen(server, o.port ?? 0);
};

export type StartTlsBehaviour = 'ok' | 'refuse';

const upgrade = (socket: Socket, context: SecureContext) => {
  const secure = new TLSSocket(socket, { isServer: true, secureContext: context });
  secure.on('error', () => undefined);
  secure.on('secure', () => secure.end());
};

/** Reads CRLF lines from a plaintext client and answers each. */
const onLines = (socket: Socket, answer: (line: string) => void) => {
  let buffer = '';
  const onData = (chunk: Buffer) => {
    buffer += chunk.toString('latin1');
    for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
      const line = buffer.slice(0, end).replace(/\r$/, '');
      buffer = buffer.slice(end + 1);
      answer(line);
    }
  };
  socket.on('data', onData);
  return () => socket.removeListener('data', onData);
};

/**
 * A plaintext server that speaks SMTP, IMAP or POP3 far enough for STARTTLS, then TLS with
 * `served`; with 'refuse', it answers STARTTLS with its protocol's error.
 */
export const startStartTlsServer = (
  protocol: 'smtp' | 'imap' | 'pop3',
  served: Served,
  behaviour: StartTlsBehaviour = 'ok',
): Promise<Running> => {
  const context = servedContext(served);
  const server = createTcpServer((socket) => {
    socket.on('error', () => undefined);
    const stop = onLines(socket, (line) => {
      const upgradeNow = () => {
        stop();
        socket.pause();
        upgrade(socket, context);
      };
      if (protocol === 'smtp') {
        if (/^EHLO /i.test(line))
          socket.write('250-mx.test.invalid greets you\r\n250-SIZE 10240000\r\n250-STARTTLS\r\n250 HELP\r\n');
        else if (/^STARTTLS$/i.test(line)) {
          if (behaviour === 'refuse') socket.write('454 4.7.0 TLS not available due to local problem\r\n');
          else {
            socket.write('220 2.0.0 Ready to start TLS\r\n');
            upgradeNow();
          }
        } else socket.write('502 5.5.2 Error: command not recognized\r\n');
      } else if (protocol === 'imap') {
        const [tag, command] = line.split(' ');
        if (command?.toUpperCase() === 'STARTTLS') {
          if (behaviour === 'refuse') socket.write(`${tag} BAD STARTTLS not supported\r\n`);
          else {
            socket.write(`* OK a note before the reply\r\n${tag} OK Begin TLS negotiation now\r\n`);
            upgradeNow();
          }
        } else socket.write(`${tag ?? '*'} BAD unknown command\r\n`);
      } else if (/^STLS$/i.test(line)) {
        if (behaviour === 'refuse') socket.write('-ERR STLS not available\r\n');
        else {
          socket.write('+OK Begin TLS negotiation\r\n');
          upgradeNow();
        }
      } else socket.write('-ERR unknown command\r\n');
    });
    // SMTP's greeting on several lines: the client must read to the last one.
    if (protocol === 'smtp')
      socket.write('220-mx.test.invalid ESMTP ready\r\n220-no UCE\r\n220 mx.test.invalid ESMTP\r\n');
    else if (protocol === 'imap') socket.write('* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n');
    else socket.write('+OK POP3 ready\r\n');
  });
  return listen(server);
};

/**
 * A direct TLS server that waits `delayMs` before it answers a new connection, as a
 * distant server's round trip would (the client's hello waits in the socket meanwhile).
 */
export const startDelayedTlsServer = (served: Served, delayMs: number): Promise<Running> => {
  const context = servedContext(served);
  return listen(
    createTcpServer((socket) => {
      socket.on('error', () => undefined);
      const timer = setTimeout(() => upgrade(socket, context), delayMs);
      socket.once('close', () => clearTimeout(timer));
    }),
  );
};

/** Accepts connections and never says anything. */
export const startSilentServer = (): Promise<Running> =>
  listen(
    createTcpServer((socket) => {
      socket.on('error', () => undefined);
      socket.resume(); // reads (and drops) what comes, so it sees the client leave
    }),
  );

/** Answers with `bytes` of plaintext and no line end (a hostile greeting). */
export const startFloodServer = (bytes: number): Promise<Running> =>
  listen(
    createTcpServer((socket) => {
      socket.on('error', () => undefined);
      socket.write(Buffer.alloc(bytes, 0x41));
    }),
  );

/** A port on 127.0.0.1 where nothing listens (it did a moment ago). */
export const closedPort = async (): Promise<number> => {
  const r = await listen(createTcpServer());
  await r.close();
  return r.port;
};
