/**
 * Is the end-entity certificate for this peer? RFC 6125 / RFC 9525 host-name matching and
 * RFC 5280 §4.2.1.6 forms: only the subjectAltName counts (never the subject's common name,
 * as RFC 9525 and every current client have it); DNS names compared case-insensitively in
 * their A-label form, a wildcard only as the whole leftmost label standing for exactly one
 * label; IP addresses compared as addresses (v4 and v6, whatever the text's spelling); email
 * addresses with the local part as written and the domain case-insensitively.
 */
import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { certFacts, type CertFacts } from './cert-facts.js';
import type { GeneralNameValue } from './general-names.js';
import { ipText } from '../describe/general-names.js';
import { isHostName } from './general-name-syntax.js';
import { pathFailure, type Failure } from './types.js';

export type PeerName = { kind: 'dns' | 'ip' | 'email'; value: string };

/** The 4 or 16 octets of an IP address text, null when it is not one. */
export const ipBytes = (text: string): Uint8Array | null => {
  const family = isIP(text);
  if (family === 4) return Uint8Array.from(text.split('.').map(Number));
  if (family !== 6) return null;
  // Expand "::", and an embedded IPv4 tail, into eight 16-bit groups.
  let groups = text.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(groups);
  if (v4) {
    const b = (v4[1] as string).split('.').map(Number) as [number, number, number, number];
    groups = `${groups.slice(0, v4.index)}${((b[0] << 8) | b[1]).toString(16)}:${((b[2] << 8) | b[3]).toString(16)}`;
  }
  const [head = '', tail] = groups.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const all =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  const out = new Uint8Array(16);
  all.forEach((g: string, i) => {
    const v = parseInt(g, 16);
    out[i * 2] = v >> 8;
    out[i * 2 + 1] = v & 0xff;
  });
  return out;
};

/** A DNS name as compared: A-labels, lower case, one trailing dot dropped; null when not a host name. */
const hostOf = (text: string): string | null => {
  const trimmed = text.endsWith('.') ? text.slice(0, -1) : text;
  // eslint-disable-next-line no-control-regex -- "is it all ASCII" is a test on control characters too
  const ascii = /^[\x00-\x7f]*$/.test(trimmed) ? trimmed.toLowerCase() : domainToASCII(trimmed);
  return ascii !== '' && isHostName(ascii) ? ascii : null;
};

/** A certificate's dNSName against the peer's host (both in the form hostOf gives). */
const dnsMatches = (san: string, host: string): boolean => {
  const name = san.toLowerCase();
  if (!name.startsWith('*.')) return hostOf(name) === host;
  // A wildcard: exactly one whole label on the left, over at least two labels, never an IP.
  const parent = hostOf(name.slice(2));
  if (parent === null || !parent.includes('.') || isIP(host) !== 0) return false;
  const dot = host.indexOf('.');
  return dot > 0 && host.slice(dot + 1) === parent;
};

const emailMatches = (san: string, peer: string): boolean => {
  const a = san.lastIndexOf('@');
  const b = peer.lastIndexOf('@');
  return (
    a > 0 &&
    b > 0 &&
    san.slice(0, a) === peer.slice(0, b) &&
    san.slice(a + 1).toLowerCase() === peer.slice(b + 1).toLowerCase()
  );
};

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

const matches = (
  san: GeneralNameValue,
  peer: PeerName,
  host: string | null,
  ip: Uint8Array | null,
): boolean => {
  if (peer.kind === 'dns') return san.type === 'dns' && host !== null && dnsMatches(san.value, host);
  if (peer.kind === 'ip') return san.type === 'ip' && ip !== null && sameBytes(san.bytes, ip);
  return san.type === 'email' && emailMatches(san.value, peer.value);
};

/** Null when the certificate names the peer; otherwise why not. */
export const peerFailure = (leaf: CertFacts, peer: PeerName): Failure | null => {
  const host = peer.kind === 'dns' ? hostOf(peer.value) : null;
  const ip = peer.kind === 'ip' ? ipBytes(peer.value) : null;
  if ((peer.kind === 'dns' && host === null) || (peer.kind === 'ip' && ip === null))
    return pathFailure(
      'bad-peer-name',
      `"${peer.value}" is not a valid ${peer.kind === 'ip' ? 'IP address' : 'host name'}`,
    );
  if (leaf.subjectAltNames.some((san) => matches(san, peer, host, ip))) return null;
  const named = leaf.subjectAltNames.flatMap((n) =>
    n.type === 'dns' || n.type === 'email'
      ? [n.value]
      : n.type === 'ip' && (n.bytes.length === 4 || n.bytes.length === 16)
        ? [ipText(n.bytes)]
        : [],
  );
  const shown = named.length > 5 ? `${named.slice(0, 5).join(', ')}, …` : named.join(', ');
  return pathFailure(
    'host-mismatch',
    named.length === 0
      ? `${leaf.subjectText} is not for ${peer.value}: it names no host (no subjectAltName)`
      : `${leaf.subjectText} is for ${shown}, not ${peer.value}`,
  );
};

/**
 * Why a certificate (DER) is not for this host, null when it is: the same rule `vigie verify
 * --host` applies, for callers that only hold the bytes (the inventory's endpoint checks).
 */
export const hostMismatch = (der: Uint8Array, host: string): string | null => {
  const facts = certFacts(der);
  if (!facts) return 'the certificate cannot be read';
  const peer: PeerName = isIP(host) !== 0 ? { kind: 'ip', value: host } : { kind: 'dns', value: host };
  return peerFailure(facts, peer)?.message ?? null;
};
