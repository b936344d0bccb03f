/** `vigie scan --endpoint` and "Surveiller un serveur": what an endpoint spec names. */
import { err, ok, type Result } from '../../../shared/result.js';
import type { StartTlsProtocol, TlsEndpoint } from '../../ports/tls-probe.js';

/** An endpoint to probe, with the canonical text that names it in the inventory. */
export type EndpointTarget = TlsEndpoint & { locator: string };

export type EndpointSpecError = { code: 'bad-endpoint'; spec: string; message: string };

/** The port a protocol listens on when the spec gives none: HTTPS, or the STARTTLS protocol's own. */
export const DEFAULT_PORTS: Readonly<Record<StartTlsProtocol | 'tls', number>> = {
  tls: 443,
  smtp: 25,
  imap: 143,
  pop3: 110,
};

const SPEC = /^(?:\[([^\]/]*)\]|([^\s:/[\]]+))(?::(\d{1,5}))?(?:\/([A-Za-z0-9]+))?$/;
const PROTOCOLS: readonly StartTlsProtocol[] = ['smtp', 'imap', 'pop3'];
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Reads `host[:port][/smtp|/imap|/pop3]` (IPv6 in brackets: `[::1]:443`). The port defaults
 * to 443, or to the STARTTLS protocol's port (25, 143, 110). Host names are put in their
 * canonical form (lower case, IDN as punycode, IPv6 compressed), so one endpoint written two
 * ways is one place in the inventory.
 */
export const parseEndpoint = (spec: string): Result<EndpointTarget, EndpointSpecError> => {
  const bad = (message: string) => err<EndpointSpecError>({ code: 'bad-endpoint', spec, message });
  const text = spec.trim();
  if (text.length === 0 || text.length > 300) return bad('expected host:port[/smtp|/imap|/pop3]');
  const m = SPEC.exec(text);
  if (!m)
    return bad(
      text.split(':').length > 2 && !text.startsWith('[')
        ? 'an IPv6 address goes in brackets: [2001:db8::1]:443'
        : 'expected host:port[/smtp|/imap|/pop3]',
    );
  const [, v6, name, portText, protocolText] = m;
  const protocol = protocolText?.toLowerCase();
  if (protocol !== undefined && !PROTOCOLS.includes(protocol as StartTlsProtocol))
    return bad(`unknown STARTTLS protocol "${protocolText}" (smtp, imap or pop3)`);
  const startTls = (protocol as StartTlsProtocol | undefined) ?? null;
  const port = portText === undefined ? DEFAULT_PORTS[startTls ?? 'tls'] : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return bad('the port must be 1 to 65535');

  let host: string;
  let hostText: string;
  if (v6 !== undefined) {
    const url = URL.canParse(`http://[${v6}]/`) ? new URL(`http://[${v6}]/`) : null;
    // Only an IPv6 literal comes back in brackets: "[@host#x]" parses as a user name "[",
    // the host "host" and a fragment (found by fuzzing, test/fuzz).
    if (url === null || !url.hostname.startsWith('[')) return bad(`not an IPv6 address: ${v6}`);
    hostText = url.hostname;
    host = hostText.slice(1, -1);
  } else {
    const raw = name ?? '';
    if (!URL.canParse(`http://${raw}/`)) return bad(`not a host name: ${raw}`);
    host = new URL(`http://${raw}/`).hostname;
    // The URL parser reads "10" or "0x7f.1" as IPv4: an address must be written as one.
    if (IPV4.test(host) && host !== raw) return bad(`write an IPv4 address as four numbers: ${raw}`);
    if (!/^[a-z0-9_-]+(?:\.[a-z0-9_-]+)*\.?$/.test(host) || host.length > 253)
      return bad(`not a host name: ${raw}`);
    hostText = host;
  }
  return ok({
    host,
    port,
    startTls,
    locator: `${hostText}:${port}${startTls ? `/${startTls}` : ''}`,
  });
};
