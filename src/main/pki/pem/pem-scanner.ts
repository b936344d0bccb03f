import type { ReadError } from '../../../shared/model/errors.js';
import { throwReadFailure, readError, ReaderFailure } from '../reader/read-error.js';

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
  /** 1-based position of the block among the file's BEGIN lines. */
  readonly ordinal: number;
  /** 1-based line of its BEGIN marker. */
  readonly line: number;
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

/** \s restricted to what a latin1-decoded file can hold (the text is read as latin1). */
const isSpace = (code: number): boolean => (code >= 9 && code <= 13) || code === 32 || code === 0xa0;

/** Base64 with whitespace anywhere (line breaks, indentation), padding only at the end. */
const BASE64_BODY = /^[A-Za-z0-9+/\s]*(?:=\s*){0,2}$/;

/**
 * Decodes a block body as it stands, line breaks included: Node's decoder skips whitespace,
 * so there is no joined or compacted copy of the text per block (30,000 blocks in a bundle).
 */
const decodeBase64 = (body: string, label: string): Uint8Array => {
  let spaces = 0;
  for (let i = 0; i < body.length; i++) if (isSpace(body.charCodeAt(i))) spaces++;
  const length = body.length - spaces;
  if (length === 0) return throwReadFailure('malformed', `The PEM block "${label}" is empty.`);
  if (!BASE64_BODY.test(body)) {
    return throwReadFailure('malformed', `The PEM block "${label}" contains characters that are not base64.`);
  }
  if (length % 4 !== 0) {
    return throwReadFailure(
      'truncated',
      `The base64 text of the PEM block "${label}" is incomplete (lines are missing or cut).`,
    );
  }
  return new Uint8Array(Buffer.from(body, 'base64'));
};

/** Where the body of a block starts: after its RFC 1421 headers, if the first line has any. */
const NO_HEADERS: ReadonlyMap<string, string> = new Map();

const headersOf = (inner: string): { headers: ReadonlyMap<string, string>; body: string } => {
  const firstLine = /^\s*([^\r\n]*)/.exec(inner)?.[1] ?? '';
  // No colon on the first non-blank line: no headers, the whole text is base64 (the usual case).
  if (!firstLine.includes(':')) return { headers: NO_HEADERS, body: inner };
  const lines = inner.split(/\r\n|\r|\n/);
  const { headers, bodyStart } = parseHeaders(lines);
  return { headers, body: lines.slice(bodyStart).join('\n') };
};

/** A block whose armour or base64 is damaged: skipped, and named in a warning. */
export type BrokenPemBlock = {
  /** The BEGIN label, or "" when even the BEGIN line is cut. */
  readonly label: string;
  /** 1-based position of the block among the file's BEGIN lines. */
  readonly ordinal: number;
  /** 1-based line of its BEGIN marker. */
  readonly line: number;
  readonly error: ReadError;
};

export type ScannedPem = { kind: 'block'; block: PemBlock } | ({ kind: 'broken' } & BrokenPemBlock);

/**
 * Counts lines incrementally so positions cost O(file) in total, not O(file) per block. The
 * next newline is kept once found: with no newline ahead (CR line ends, one long line) each
 * call searched to the end of the file again (found by fuzzing, test/fuzz).
 */
const lineCounter = (text: string) => {
  let next = text.indexOf('\n');
  let line = 1;
  return (pos: number): number => {
    while (next >= 0 && next < pos) {
      line++;
      next = text.indexOf('\n', next + 1);
    }
    return line;
  };
};

const failure = (e: unknown): ReadError => {
  if (e instanceof ReaderFailure) return e.error;
  throw e;
};

/**
 * Every BEGIN line of the file, in order: a readable block, or a broken one with the reason.
 * One damaged block (a key cut short after a good certificate) must not hide the others;
 * the reader decides what to do when nothing at all is readable.
 * Lazy: a block is decoded when asked for, so a reader that handles each block before the
 * next never holds 30,000 decoded bodies (and their header maps) at once.
 */
export function* scanPemLazily(bytes: Uint8Array): Generator<ScannedPem, void, undefined> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let count = 0;
  const lineAt = lineCounter(text);
  const lastNewline = text.lastIndexOf('\n');
  // The first END marker at or after a position, searched again only once passed: positions
  // only grow, so the whole file is scanned once, not once per BEGIN line (500,000 BEGIN
  // lines with no END took minutes; found by fuzzing, test/fuzz).
  let endFrom = 0;
  let endFound = -2;
  const nextEnd = (from: number): number => {
    if (endFound === -2 || (endFound >= 0 && endFound < from) || (endFound === -1 && from < endFrom)) {
      endFound = text.indexOf(END, from);
      endFrom = from;
    }
    return endFound;
  };
  let pos = text.indexOf(BEGIN);
  while (pos >= 0) {
    // Counts what is yielded: a BEGIN mentioned in text (not at the end) is no block.
    const ordinal = count + 1;
    const line = lineAt(pos);
    const broken = (label: string, error: ReadError): ScannedPem => {
      count = ordinal;
      return { kind: 'broken', label, ordinal, line, error };
    };
    const begin = readMarker(text, pos, BEGIN);
    if (begin === null) {
      // "-----BEGIN " without its closing dashes: text that merely mentions PEM, or a cut file.
      if (pos > lastNewline)
        yield broken('', readError('truncated', 'The file ends inside a PEM "BEGIN" line.'));
      pos = text.indexOf(BEGIN, pos + BEGIN.length);
      continue;
    }
    const endAt = nextEnd(begin.end);
    const nextBegin = text.indexOf(BEGIN, begin.end);
    if (endAt < 0 || (nextBegin >= 0 && nextBegin < endAt)) {
      yield broken(
        begin.label,
        readError(
          'truncated',
          `The PEM block "${begin.label}" has no END line: the file is probably cut short.`,
        ),
      );
      pos = nextBegin;
      continue;
    }
    const end = readMarker(text, endAt, END);
    if (end === null) {
      yield broken(
        begin.label,
        readError('truncated', `The END line of the PEM block "${begin.label}" is cut short.`),
      );
      pos = text.indexOf(BEGIN, endAt + END.length);
      continue;
    }
    pos = text.indexOf(BEGIN, end.end);
    if (end.label !== begin.label) {
      yield broken(
        begin.label,
        readError(
          'malformed',
          `The PEM block "${begin.label}" is closed by a different label ("${end.label}").`,
        ),
      );
      continue;
    }
    const { headers, body } = headersOf(text.slice(begin.end, endAt));
    let entry: ScannedPem;
    try {
      const der = decodeBase64(body, begin.label);
      entry = { kind: 'block', block: { label: begin.label, headers, der, ordinal, line } };
      count = ordinal;
    } catch (e) {
      entry = broken(begin.label, failure(e));
    }
    // Yielded outside the try: a failure in the consumer's code is not this block's.
    yield entry;
  }
}

/** All of `scanPemLazily` at once. */
export const scanPem = (bytes: Uint8Array): ScannedPem[] => [...scanPemLazily(bytes)];
