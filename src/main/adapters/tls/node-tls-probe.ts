import { X509Certificate } from 'node:crypto';
import { connect as tcpConnect, isIP, type Socket } from 'node:net';
import {
  connect as tlsConnect,
  createSecureContext,
  rootCertificates,
  type SecureContext,
  type TLSSocket,
} from 'node:tls';
import { err, ok, type Result } from '../../../shared/result.js';
import type {
  StartTlsProtocol,
  TlsEndpoint,
  TlsProbe,
  TlsProbeFailure,
  TlsProbeFailureCode,
  TlsProbeOptions,
  TlsProbeSuccess,
} from '../../ports/tls-probe.js';

export const DEFAULT_TLS_PROBE_TIMEOUT_MS = 10_000;

/**
 * What a plaintext server may send before TLS starts (greeting, EHLO reply, STARTTLS reply).
 * Real servers send a few hundred bytes; a hostile one is not allowed to fill memory.
 */
export const MAX_PLAINTEXT_BYTES = 64 * 1024;

/** Which addresses the probe may reach, as VIGIE_NETWORK says (app/network.ts for HTTP). */
export type TlsNetworkPolicy = 'on' | 'loopback' | 'off';

export type NodeTlsProbeConfig = {
  /** Default deadline per endpoint when the caller gives none. */
  timeoutMs?: number;
  network?: TlsNetworkPolicy;
  maxPlaintextBytes?: number;
};

type ProbeResult = Result<TlsProbeSuccess, TlsProbeFailure>;

/**
 * The operating system's usual web roots as Node ships them (Mozilla's list), DER: what
 * the endpoint scan counts as "a root every client has" when it judges a served chain.
 */
export const systemRootCertificates = (): Uint8Array[] =>
  rootCertificates.map((pem) => new Uint8Array(new X509Certificate(pem).raw));

const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);

const codeOf = (e: unknown): string | undefined => {
  const error = e as { code?: unknown; errors?: { code?: unknown }[] };
  const code = error.code ?? error.errors?.[0]?.code;
  return typeof code === 'string' ? code : undefined;
};

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The certificates of the handshake, in the order the server sent them (leaf first).
 * `getPeerCertificate(true)` would give the chain reordered by issuer (each certificate
 * followed by the served certificate that issued it, not the order sent), drop a served
 * certificate it cannot place after its child, and append a root from the client's CA store
 * when the served chain stops short of one; it also builds every certificate's details at
 * each call. `getPeerX509Certificate()` links `issuerCertificate` through the peer's chain
 * as sent (OpenSSL's SSL_get_peer_cert_chain), lazily. The probe's secure context has an
 * empty CA store (`ca: []`) besides, so nothing here comes from anywhere but the server. The
 * walk stops when a certificate repeats or the list ends.
 */
const servedChain = (socket: TLSSocket): Uint8Array[] => {
  const chain: Uint8Array[] = [];
  const seen = new Set<string>();
  for (let cert = socket.getPeerX509Certificate(); cert; cert = cert.issuerCertificate) {
    if (seen.has(cert.fingerprint256)) break;
    seen.add(cert.fingerprint256);
    chain.push(new Uint8Array(cert.raw));
  }
  return chain;
};

/** A reply line-reader over the plaintext phase, with a cap on the bytes read. */
type Dialogue = {
  /** The next line without its CR LF; null once the probe is over. */
  line(): Promise<string | null>;
  send(text: string): void;
  /** Bytes received and not yet read as lines (a server must not talk past its STARTTLS reply). */
  leftover(): number;
};

const smtpReply = async (d: Dialogue, fail: (c: TlsProbeFailureCode, m: string) => void) => {
  // "250-first\r\n250-second\r\n250 last": the reply ends at the line whose code is followed by a space (or nothing).
  const lines: string[] = [];
  for (;;) {
    const line = await d.line();
    if (line === null) return null;
    const m = /^(\d{3})([ -]|$)/.exec(line);
    if (!m) {
      fail('protocol', `not an SMTP reply: ${line.slice(0, 200)}`);
      return null;
    }
    lines.push(line);
    if (m[2] !== '-') return { code: m[1] as string, text: lines.join(' | ').slice(0, 500) };
  }
};

/** Runs the plaintext dialogue; true when the server agreed to start TLS. */
const startTls = async (
  protocol: StartTlsProtocol,
  d: Dialogue,
  ehloName: string,
  fail: (c: TlsProbeFailureCode, m: string) => void,
): Promise<boolean> => {
  const refused = (what: string, line: string) => {
    fail('starttls-refused', `${what}: ${line.slice(0, 500)}`);
    return false;
  };
  if (protocol === 'smtp') {
    const greeting = await smtpReply(d, fail);
    if (!greeting) return false;
    if (greeting.code !== '220') return refused('SMTP greeting', greeting.text);
    d.send(`EHLO ${ehloName}\r\n`);
    const ehlo = await smtpReply(d, fail);
    if (!ehlo) return false;
    if (ehlo.code !== '250') return refused('SMTP EHLO answered', ehlo.text);
    d.send('STARTTLS\r\n');
    const reply = await smtpReply(d, fail);
    if (!reply) return false;
    return reply.code === '220' || refused('SMTP STARTTLS answered', reply.text);
  }
  if (protocol === 'imap') {
    const greeting = await d.line();
    if (greeting === null) return false;
    if (!/^\* OK\b/i.test(greeting)) return refused('IMAP greeting', greeting);
    d.send('a1 STARTTLS\r\n');
    for (;;) {
      const line = await d.line();
      if (line === null) return false;
      if (line.startsWith('* ')) continue; // untagged data before the tagged reply
      if (!/^a1 /i.test(line)) {
        fail('protocol', `not an IMAP reply: ${line.slice(0, 200)}`);
        return false;
      }
      return /^a1 OK\b/i.test(line) || refused('IMAP STARTTLS answered', line);
    }
  }
  const greeting = await d.line();
  if (greeting === null) return false;
  if (!/^\+OK\b/.test(greeting)) return refused('POP3 greeting', greeting);
  d.send('STLS\r\n');
  const reply = await d.line();
  if (reply === null) return false;
  return /^\+OK\b/.test(reply) || refused('POP3 STLS answered', reply);
};

/** EHLO's argument: the address literal of our end of the connection (RFC 5321 §4.1.3). */
const ehloNameOf = (socket: Socket): string => {
  const address = socket.localAddress ?? '127.0.0.1';
  return isIP(address) === 6 ? `[IPv6:${address}]` : `[${address}]`;
};

const probeOnce = (
  endpoint: TlsEndpoint,
  context: SecureContext,
  timeoutMs: number,
  maxPlaintextBytes: number,
  signal: AbortSignal | undefined,
): Promise<ProbeResult> =>
  new Promise<ProbeResult>((resolve) => {
    let settled = false;
    let phase: 'connect' | 'plaintext' | 'handshake' = 'connect';
    let secure: TLSSocket | null = null;
    // Lines waiting to be read, and the reader waiting for one.
    let buffer = '';
    let received = 0;
    let waiter: ((line: string | null) => void) | null = null;

    const finish = (result: ProbeResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // Whatever happened, nothing of this connection outlives the probe.
      secure?.destroy();
      raw.destroy();
      waiter?.(null);
      waiter = null;
      resolve(result);
    };
    const fail = (code: TlsProbeFailureCode, message: string) => finish(err({ code, message }));
    const onAbort = () => fail('cancelled', 'the probe was cancelled');
    const timer = setTimeout(
      () =>
        fail(
          'timeout',
          `no ${phase === 'connect' ? 'connection' : phase === 'plaintext' ? 'STARTTLS dialogue' : 'TLS handshake'} within ${timeoutMs} ms`,
        ),
      timeoutMs,
    );
    signal?.addEventListener('abort', onAbort, { once: true });

    const raw = tcpConnect({ host: endpoint.host, port: endpoint.port });
    raw.on('error', (e) => {
      const code = codeOf(e);
      if (phase === 'connect') {
        if (code && DNS_CODES.has(code)) fail('dns', `${endpoint.host}: name not found (${code})`);
        else if (code === 'ECONNREFUSED') fail('refused', `nothing listens on port ${endpoint.port}`);
        else fail('unreachable', messageOf(e));
      } else if (phase === 'plaintext') fail('starttls-refused', `connection lost: ${messageOf(e)}`);
      else fail('tls-handshake', messageOf(e));
    });
    raw.on('close', () => {
      if (phase === 'plaintext') fail('starttls-refused', 'the server closed the connection before TLS');
      else if (phase === 'handshake')
        fail('tls-handshake', 'the server closed the connection during the handshake');
      else fail('unreachable', 'connection closed');
    });

    const pump = () => {
      if (!waiter) return;
      const end = buffer.indexOf('\n');
      if (end < 0) return;
      const line = buffer.slice(0, end).replace(/\r$/, '');
      buffer = buffer.slice(end + 1);
      const w = waiter;
      waiter = null;
      w(line);
    };
    const dialogue: Dialogue = {
      line: () =>
        settled
          ? Promise.resolve(null)
          : new Promise((r) => {
              waiter = r;
              pump();
            }),
      send: (text) => void raw.write(text),
      leftover: () => buffer.length,
    };
    const onPlaintext = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxPlaintextBytes)
        return fail('protocol', `more than ${maxPlaintextBytes} bytes before TLS`);
      buffer += chunk.toString('latin1');
      pump();
    };

    const handshake = () => {
      phase = 'handshake';
      const host = endpoint.host.replace(/\.$/, '');
      secure = tlsConnect({
        socket: raw,
        secureContext: context,
        // RFC 6066: SNI carries a DNS name, never an address.
        ...(isIP(host) === 0 ? { servername: host } : {}),
        // We report what a server serves, whatever it is: the certificate is judged afterwards.
        rejectUnauthorized: false,
      });
      secure.on('error', (e) => fail('tls-handshake', messageOf(e)));
      secure.once('secureConnect', () => {
        if (settled || !secure) return;
        const chain = servedChain(secure);
        if (chain.length === 0) return fail('tls-handshake', 'the server sent no certificate');
        // Whether it is for this host is judged by the caller, with Vigie's own rule (the
        // same as `vigie verify --host`), not node:tls's (which falls back to the common name).
        finish(ok({ chain, protocol: secure.getProtocol() ?? null }));
      });
    };

    raw.once('connect', () => {
      if (settled) return;
      if (endpoint.startTls === null) return handshake();
      phase = 'plaintext';
      raw.on('data', onPlaintext);
      void startTls(endpoint.startTls, dialogue, ehloNameOf(raw), fail).then((agreed) => {
        if (!agreed || settled) return;
        // Bytes after the STARTTLS reply would be read as TLS by us, or were injected.
        if (dialogue.leftover() > 0) return fail('protocol', 'the server sent data after its STARTTLS reply');
        raw.pause();
        raw.removeListener('data', onPlaintext);
        handshake();
      });
    });
  });

/**
 * The TLS probe on node:net and node:tls: direct TLS with SNI, or STARTTLS for SMTP, IMAP
 * and POP3. Never verifies the certificate (the scan reports it); one deadline per
 * endpoint; the socket is destroyed whatever the outcome.
 */
export const createNodeTlsProbe = (config: NodeTlsProbeConfig = {}): TlsProbe => {
  // One context for every probe (building one per connection costs more than the handshake),
  // with no CA at all: Node then adds nothing to the chain the server sent (see servedChain).
  let context: SecureContext | null = null;
  const network = config.network ?? 'on';
  return {
    probe: async (endpoint, options: TlsProbeOptions = {}) => {
      if (options.signal?.aborted) return err({ code: 'cancelled', message: 'the probe was cancelled' });
      if (network === 'off')
        return err({ code: 'not-allowed', message: 'network access is off (VIGIE_NETWORK)' });
      if (network === 'loopback' && !isLoopback(endpoint.host))
        return err({
          code: 'not-allowed',
          message: `not a loopback address (network access is loopback-only): ${endpoint.host}`,
        });
      context ??= createSecureContext({ ca: [] });
      return probeOnce(
        endpoint,
        context,
        options.timeoutMs ?? config.timeoutMs ?? DEFAULT_TLS_PROBE_TIMEOUT_MS,
        config.maxPlaintextBytes ?? MAX_PLAINTEXT_BYTES,
        options.signal,
      );
    },
  };
};
