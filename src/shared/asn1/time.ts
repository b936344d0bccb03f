/** DER times: UTCTime and GeneralizedTime, strictly as RFC 5280 profiles them. */
import { Univ } from './tags.js';
import { latin1 } from './text.js';
import { contents, DerError, describeTag, isUniversal, type Tlv } from './tlv.js';
import { implicitPrimitive } from './values.js';

const digits = (s: string, from: number, len: number): number => {
  let n = 0;
  for (let i = from; i < from + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
};

const daysIn = (year: number, month: number): number => {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
};

/** Time text (UTCTime when `isUtc`, else GeneralizedTime) as RFC 5280 and DER require it. */
export const parseTimeText = (s: string, isUtc: boolean, what: string): Date => {
  const m = isUtc ? /^(\d{12})Z$/.exec(s) : /^(\d{14})(?:\.(\d*[1-9]))?Z$/.exec(s);
  if (!m)
    throw new DerError(`${what}: malformed ${isUtc ? 'UTCTime' : 'GeneralizedTime'} '${s.slice(0, 40)}'`);
  const body = m[1] as string;
  let year: number;
  let p: number;
  if (isUtc) {
    const yy = digits(body, 0, 2);
    year = yy >= 50 ? 1900 + yy : 2000 + yy; // RFC 5280 4.1.2.5.1
    p = 2;
  } else {
    year = digits(body, 0, 4);
    p = 4;
  }
  const month = digits(body, p, 2);
  const day = digits(body, p + 2, 2);
  const hour = digits(body, p + 4, 2);
  const minute = digits(body, p + 6, 2);
  const second = digits(body, p + 8, 2);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysIn(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw new DerError(`${what}: date out of range '${s}'`);
  }
  const ms = m[2] ? Math.floor(Number(`0.${m[2]}`) * 1000) : 0;
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d;
};

/** The `len` digits of `buf` at `at` as a number; -1 when one of them is not a digit. */
const byteDigits = (buf: Uint8Array, at: number, len: number): number => {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const c = (buf[i] as number) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
};

/**
 * The two forms nearly every certificate and CRL entry uses, YYMMDDHHMMSSZ and
 * YYYYMMDDHHMMSSZ, read from the bytes with no string or regular expression. Null for
 * anything else (a fraction, a field out of range, a year before 100), which
 * parseTimeText then reads or refuses with its message: the result is always the same.
 */
const commonTime = (buf: Uint8Array, start: number, end: number, isUtc: boolean): Date | null => {
  if (end - start !== (isUtc ? 13 : 15) || buf[end - 1] !== 0x5a /* Z */) return null;
  let year: number;
  if (isUtc) {
    const yy = byteDigits(buf, start, 2);
    if (yy < 0) return null;
    year = yy >= 50 ? 1900 + yy : 2000 + yy; // RFC 5280 4.1.2.5.1
  } else {
    year = byteDigits(buf, start, 4);
    // Date.UTC reads years 0–99 as 1900–1999: those (and non-digits, -1) take the long way.
    if (year < 100) return null;
  }
  const p = start + (isUtc ? 2 : 4);
  const month = byteDigits(buf, p, 2);
  const day = byteDigits(buf, p + 2, 2);
  const hour = byteDigits(buf, p + 4, 2);
  const minute = byteDigits(buf, p + 6, 2);
  const second = byteDigits(buf, p + 8, 2);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return null;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
};

/**
 * UTCTime (YYMMDDHHMMSSZ) or GeneralizedTime (YYYYMMDDHHMMSS[.f]Z). Anything looser is
 * malformed (pyca crl_invalid_time).
 */
export const readTime = (t: Tlv, what: string): Date => {
  const isUtc = isUniversal(t, Univ.utcTime);
  if (!isUtc && !isUniversal(t, Univ.generalizedTime))
    throw new DerError(`${what}: expected a time, found ${describeTag(t)}`);
  if (t.constructed) throw new DerError(`${what}: time must be primitive`);
  return (
    commonTime(t.buf, t.valueStart, t.valueEnd, isUtc) ??
    parseTimeText(latin1.decode(contents(t)), isUtc, what)
  );
};

export const readImplicitGeneralizedTime = (t: Tlv, what: string): Date =>
  parseTimeText(latin1.decode(implicitPrimitive(t, what)), false, what);
