import type { Result } from '../../shared/result.js';

/**
 * One TLS handshake with a server, to see the certificates it serves: the inventory's
 * "endpoint" source (issue 8) and `vigie scan --endpoint`. The probe reports, it never
 * refuses: a server with an expired, self-signed or mismatched certificate is exactly what
 * it is there to find, so the handshake goes through whatever the certificate says.
 * Expected failures (no such host, refused, silent, a server that will not start TLS) are
 * `Result` values; the adapter is adapters/tls/node-tls-probe.ts.
 */

/** The plaintext protocols whose STARTTLS the probe speaks (MSSanté operators use all three). */
export type StartTlsProtocol = 'smtp' | 'imap' | 'pop3';

export type TlsEndpoint = {
  /** A DNS name or an IP literal (IPv6 without brackets). IP literals are sent no SNI. */
  host: string;
  port: number;
  /** null: TLS from the first byte; otherwise the plaintext dialogue that upgrades to TLS. */
  startTls: StartTlsProtocol | null;
};

export type TlsProbeOptions = {
  /** Deadline for the whole exchange: name lookup, connection, plaintext dialogue, handshake. */
  timeoutMs?: number;
  signal?: AbortSignal;
};

export type TlsProbeFailureCode =
  /** The name does not resolve. */
  | 'dns'
  /** Nothing listens there (connection refused). */
  | 'refused'
  /** No route, network down, connection reset before anything was said… */
  | 'unreachable'
  /** No complete answer before the deadline. */
  | 'timeout'
  /** TCP went through, the TLS handshake did not (not a TLS server, no common protocol…). */
  | 'tls-handshake'
  /** The plaintext server would not start TLS (no greeting, an error reply to STARTTLS). */
  | 'starttls-refused'
  /** The plaintext server said something unreadable or too long before TLS. */
  | 'protocol'
  /** This process may not reach that address (VIGIE_NETWORK). */
  | 'not-allowed'
  /** The caller's signal aborted the probe. */
  | 'cancelled';

export type TlsProbeFailure = {
  code: TlsProbeFailureCode;
  /** English, for logs and the CLI; may quote a line the server sent (escape before printing). */
  message: string;
};

export type TlsProbeSuccess = {
  /** The certificates the server sent, DER, in the order it sent them (its own first). */
  chain: Uint8Array[];
  /** The negotiated protocol ('TLSv1.3', 'TLSv1.2'…), null if Node does not say. */
  protocol: string | null;
};

export type TlsProbe = {
  probe(endpoint: TlsEndpoint, options?: TlsProbeOptions): Promise<Result<TlsProbeSuccess, TlsProbeFailure>>;
};
