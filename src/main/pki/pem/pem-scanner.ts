import { fail } from '../reader/read-error.js';

/**
 * Finds PEM blocks in a text file. Real files carry text around the blocks (openssl's
 * "Bag Attributes" or asn1parse dumps, mail headers, comments), CRLF line ends and legacy
 * labels, so we look for armour anywhere and decode strictly only what is inside it.
 */

export type PemBlock = {
  /** Label with runs of spaces collapsed, e.g. "X509 CERTIFICATE". */
  readonly label: string;
  /** RFC 1421 headers (legacy OpenSSL encryption: Proc-Type, DEK-Info). */
  readonly headers: ReadonlyMap<string, string>;
  /** The base64-decoded body. */
  readonly der: Uint8Array;
};

const BEGIN = '-----BEGIN ';
const END = '-----END ';
const DASHES = '-----';
const MAX_LABEL = 128;

/** True when the bytes contain PEM armour (checked on the raw bytes: no decoding needed). */
export const looksLikePem = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(BEGIN, 0, 'latin1');

const normaliseLabel = (label: string): string => label.trim().replace(/\s+/g, ' ').toUpperCase();

const readMarker = (text: string, at: number, prefix: string): { label: string; end: number } | null => {
  const labelStart = at + prefix.length;
  // Labels are short: look only at the rest of this line, never scan the whole file.
  const line = text.slice(labelStart, labelStart + MAX_LABEL).split(/[\r\n]/, 1)[0] ?? '';
  const close = line.indexOf(DASHES);
  if (close < 0) return null;
  return { label: normaliseLabel(line.slice(0, close)), end: labelStart + close + DASHES.length };
};

const parseHeaders = (lines: string[]): { headers: Map<string, string>; bodyStart: number } => {
  const headers = new Map<string, string>();
  let i = 0;
  while (i < lines.length && lines[i]?.trim() === '') i++;
  if (!(lines[i] ?? '').includes(':')) return { headers, bodyStart: i };
  let last: string | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') return { headers, bodyStart: i + 1 };
    if (/^\s/.test(line) && last !== null) {
      headers.set(last, `${headers.get(last) ?? ''}${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 0) return { headers, bodyStart: i }; // no blank separator: tolerate it
    last = line.slice(0, colon).trim();
    headers.set(last, line.slice(colon + 1).trim());
  }
  return { headers, bodyStart: i };
};

const decodeBase64 = (body: string, label: string): Uint8Array => {
  const compact = body.replace(/\s+/g, '');
  if (compact.length === 0) return fail('malformed', `The PEM block "${label}" is empty.`);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    return fail('malformed', `The PEM block "${label}" contains characters that are not base64.`);
  }
  if (compact.length % 4 !== 0) {
    return fail(
      'truncated',
      `The base64 text of the PEM block "${label}" is incomplete (lines are missing or cut).`,
    );
  }
  return new Uint8Array(Buffer.from(compact, 'base64'));
};

export const scanPem = (bytes: Uint8Array): PemBlock[] => {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const blocks: PemBlock[] = [];
  const lastNewline = text.lastIndexOf('\n');
  let pos = text.indexOf(BEGIN);
  while (pos >= 0) {
    const begin = readMarker(text, pos, BEGIN);
    if (begin === null) {
      // "-----BEGIN " without its closing dashes: text that merely mentions PEM, or a cut file.
      if (pos > lastNewline) fail('truncated', 'The file ends inside a PEM "BEGIN" line.');
      pos = text.indexOf(BEGIN, pos + BEGIN.length);
      continue;
    }
    const endAt = text.indexOf(END, begin.end);
    const nextBegin = text.indexOf(BEGIN, begin.end);
    if (endAt < 0 || (nextBegin >= 0 && nextBegin < endAt)) {
      fail('truncated', `The PEM block "${begin.label}" has no END line: the file is probably cut short.`);
    }
    const end = readMarker(text, endAt, END);
    if (end === null)
      return fail('truncated', `The END line of the PEM block "${begin.label}" is cut short.`);
    if (end.label !== begin.label) {
      fail('malformed', `The PEM block "${begin.label}" is closed by a different label ("${end.label}").`);
    }
    const lines = text.slice(begin.end, endAt).split(/\r\n|\r|\n/);
    const { headers, bodyStart } = parseHeaders(lines);
    blocks.push({
      label: begin.label,
      headers,
      der: decodeBase64(lines.slice(bodyStart).join(''), begin.label),
    });
    pos = text.indexOf(BEGIN, end.end);
  }
  return blocks;
};
