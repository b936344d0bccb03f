/** A readable one-line-per-item summary of an extension we have no decoder for. */
import { TagClass, Univ, universalName } from '../../../../shared/asn1/tags.js';
import {
  childrenOf,
  contents,
  DerError,
  describeTag,
  parseDer,
  type Tlv,
  walk,
} from '../../../../shared/asn1/tlv.js';
import { bigIntOf, isStringTlv, oidFromBytes, readString } from '../../../../shared/asn1/values.js';
import { shortHex } from '../general-names.js';
import type { Decoded } from './types.js';

const MAX_LINES = 16;

const label = (t: Tlv): string =>
  t.tagClass === TagClass.universal ? universalName(t.tagNumber) : describeTag(t);

const scalar = (t: Tlv): string => {
  const v = contents(t);
  if (t.tagClass === TagClass.universal && !t.constructed) {
    if (isStringTlv(t)) {
      try {
        return `${label(t)} "${readString(t, 'value')}"`;
      } catch (e) {
        if (!(e instanceof DerError)) throw e;
        return `${label(t)} #${shortHex(v)}`;
      }
    }
    if ((t.tagNumber === Univ.integer || t.tagNumber === Univ.enumerated) && v.length > 0 && v.length <= 8) {
      return `${label(t)} ${bigIntOf(v).toString()}`;
    }
    if (t.tagNumber === Univ.oid) {
      try {
        return `OID ${oidFromBytes(v)}`;
      } catch (e) {
        if (!(e instanceof DerError)) throw e; // else: fall through to hex
      }
    }
    if (t.tagNumber === Univ.boolean && v.length === 1) return `BOOLEAN ${v[0] === 0 ? 'FALSE' : 'TRUE'}`;
    if (t.tagNumber === Univ.null) return 'NULL';
  }
  if (t.constructed) return `${label(t)} (${childrenOf(t).length} item(s))`;
  return `${label(t)} ${shortHex(v)}`;
};

/** Raw bytes that are not DER: hex, plus the text when it is printable ASCII. */
const rawBytes = (value: Uint8Array): string[] => {
  const printable = value.length > 0 && value.every((b) => b >= 0x20 && b < 0x7f);
  const text = printable ? ` "${Buffer.from(value).toString('latin1').slice(0, 128)}"` : '';
  return [`not DER: ${shortHex(value)}${text}`];
};

/** Never throws: anything that does not parse is shown as hex. */
export const summarizeRaw = (value: Uint8Array): Decoded => {
  let top: Tlv;
  try {
    top = parseDer(value);
    walk(top);
  } catch (e) {
    if (e instanceof DerError) return { summary: rawBytes(value) };
    throw e;
  }
  if (!top.constructed) return { summary: [scalar(top)] };
  const kids = childrenOf(top);
  const lines = [`${label(top)} of ${kids.length} item(s)`];
  for (const k of kids.slice(0, MAX_LINES)) lines.push(`  ${scalar(k)}`);
  if (kids.length > MAX_LINES) lines.push(`  … ${kids.length - MAX_LINES} more`);
  return { summary: lines };
};
