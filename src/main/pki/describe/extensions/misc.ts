/** Smaller extensions: CT (SCT list, poison), TLS feature, Netscape, Microsoft, QC statements. */
import { Cursor } from '../../../../shared/asn1/cursor.js';
import { toHex } from '../../../../shared/asn1/hex.js';
import { Univ } from '../../../../shared/asn1/tags.js';
import { childrenOf, DerError, parseDer } from '../../../../shared/asn1/tlv.js';
import {
  readBitString,
  readNull,
  readOctetString,
  readOid,
  readSmallInt,
  readString,
  setBits,
} from '../../../../shared/asn1/values.js';
import type { Decoded } from './types.js';

export const decodeNullExtension =
  (label: string) =>
  (value: Uint8Array): Decoded => {
    readNull(parseDer(value), label);
    return { summary: [label] };
  };

const u16 = (b: Uint8Array, p: number): number => ((b[p] as number) << 8) | (b[p + 1] as number);

/** RFC 6962 SignedCertificateTimestampList, a TLS structure inside an OCTET STRING. */
export const decodeSctList = (value: Uint8Array): Decoded => {
  const list = readOctetString(parseDer(value), 'SCT list');
  if (list.length < 2 || u16(list, 0) !== list.length - 2) throw new DerError('SCT list: length mismatch');
  const summary: string[] = [];
  const problems: string[] = [];
  let p = 2;
  while (p < list.length) {
    if (p + 2 > list.length) throw new DerError('SCT list: truncated entry length');
    const len = u16(list, p);
    const sct = list.subarray(p + 2, p + 2 + len);
    if (sct.length !== len) throw new DerError('SCT: length larger than the data');
    p += 2 + len;
    const version = sct[0];
    if (version !== 0) {
      problems.push(`SCT with unknown version ${String(version)}`);
      continue;
    }
    if (sct.length < 47) throw new DerError('SCT: too short');
    const logId = toHex(sct.subarray(1, 33));
    const ms = Number(Buffer.from(sct.subarray(33, 41)).readBigUInt64BE());
    const extLen = u16(sct, 41);
    const q = 43 + extLen;
    if (q + 4 > sct.length) throw new DerError('SCT: truncated');
    const hash = sct[q] as number;
    const sig = sct[q + 1] as number;
    const sigLen = u16(sct, q + 2);
    if (q + 4 + sigLen !== sct.length) throw new DerError('SCT: signature length mismatch');
    if (hash === 0) problems.push('SCT with hash algorithm "none"');
    if (sig === 0) problems.push('SCT with anonymous signature algorithm');
    const when = Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : String(ms);
    summary.push(`log ${logId} at ${when}`);
  }
  if (problems.length > 0) throw new DerError(problems.join('; '));
  return { summary };
};

export const decodeTlsFeature = (value: Uint8Array): Decoded => {
  const c = Cursor.of(parseDer(value), Univ.sequence, 'tlsFeature');
  const names: Record<number, string> = { 5: 'status_request', 17: 'status_request_v2' };
  const summary: string[] = [];
  while (c.remaining() > 0) {
    const n = readSmallInt(c.next('feature', Univ.integer), 'tlsFeature');
    summary.push(names[n] ?? String(n));
  }
  return { summary };
};

const NETSCAPE_TYPES = [
  'SSL client',
  'SSL server',
  'S/MIME',
  'object signing',
  'reserved',
  'SSL CA',
  'S/MIME CA',
  'object signing CA',
];

export const decodeNetscapeCertType = (value: Uint8Array): Decoded => ({
  summary: setBits(readBitString(parseDer(value), 'netscapeCertType')).map(
    (b) => NETSCAPE_TYPES[b] ?? `bit ${b}`,
  ),
});

export const decodeStringExtension =
  (what: string) =>
  (value: Uint8Array): Decoded => ({ summary: [readString(parseDer(value), what)] });

export const decodeMsTemplate = (value: Uint8Array): Decoded => {
  const c = Cursor.of(parseDer(value), Univ.sequence, 'msCertificateTemplate');
  const summary = [`template ${readOid(c.next('templateID'), 'templateID')}`];
  const major = c.optionalUniversal(Univ.integer);
  const minor = c.optionalUniversal(Univ.integer);
  c.end();
  if (major)
    summary.push(`version ${readSmallInt(major, 'major')}${minor ? `.${readSmallInt(minor, 'minor')}` : ''}`);
  return { summary };
};

/** Lists the OID of each element of a SEQUENCE OF SEQUENCE { OID, … } (QC statements, SDA). */
export const decodeOidList =
  (what: string) =>
  (value: Uint8Array): Decoded => {
    const c = Cursor.of(parseDer(value), Univ.sequence, what);
    const summary: string[] = [];
    while (c.remaining() > 0) {
      const item = c.next('item', Univ.sequence);
      const first = childrenOf(item)[0];
      if (!first) throw new DerError(`${what}: empty item`);
      summary.push(readOid(first, what));
    }
    return { summary };
  };
