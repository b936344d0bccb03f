/** GeneralName / GeneralNames (RFC 5280 4.2.1.6) to the shared `GeneralName` view. */
import type { GeneralName } from '../../../shared/model/names.js';
import { Cursor } from '../../../shared/asn1/cursor.js';
import { toHex } from '../../../shared/asn1/hex.js';
import { TagClass, Univ } from '../../../shared/asn1/tags.js';
import {
  childrenOf,
  contents,
  DerError,
  describeTag,
  encoded,
  isContext,
  parseDer,
  type Tlv,
} from '../../../shared/asn1/tlv.js';
import { isStringTlv, oidFromBytes, readIa5, readOid, readString } from '../../../shared/asn1/values.js';
import { capText, truncationSuffix } from '../../../shared/text-cap.js';
import { decodeName } from './distinguished-name.js';
import { sha256Hex } from './hex.js';

const UPN_OID = '1.3.6.1.4.1.311.20.2.3';

/** Hex of at most 64 bytes: enough to recognise a value, short enough for one line. */
export const shortHex = (bytes: Uint8Array): string =>
  bytes.length > 64 ? `${toHex(bytes.subarray(0, 64))}… (${bytes.length} bytes)` : toHex(bytes);

const ipv6Text = (b: Uint8Array): string => {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((b[i] as number) << 8) | (b[i + 1] as number));
  // RFC 5952: compress the longest run (≥ 2) of zero groups, the first one on a tie.
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
};

export const ipText = (b: Uint8Array): string => {
  if (b.length === 4) return Array.from(b).join('.');
  if (b.length === 16) return ipv6Text(b);
  throw new DerError(`iPAddress of ${b.length} bytes (expected 4 or 16)`);
};

const prefixLength = (mask: Uint8Array): number => {
  let bits = 0;
  let seenZero = false;
  for (const byte of mask) {
    for (let i = 7; i >= 0; i--) {
      const set = ((byte >> i) & 1) === 1;
      if (set && seenZero) throw new DerError(`non-contiguous netmask ${toHex(mask)}`);
      if (set) bits++;
      else seenZero = true;
    }
  }
  return bits;
};

/** A netmask of leading ones then zeros only (what CIDR text can say). */
export const isContiguousMask = (mask: Uint8Array): boolean => {
  try {
    prefixLength(mask);
    return true;
  } catch (e) {
    if (e instanceof DerError) return false;
    throw e;
  }
};

/** Address + mask from name constraints (8 or 32 bytes) as CIDR text. */
export const ipRangeText = (b: Uint8Array): string => {
  if (b.length !== 8 && b.length !== 32)
    throw new DerError(`iPAddress constraint of ${b.length} bytes (expected 8 or 32)`);
  const half = b.length / 2;
  return `${ipText(b.subarray(0, half))}/${prefixLength(b.subarray(half))}`;
};

const primitiveIa5 = (t: Tlv, what: string): string => {
  if (t.constructed) throw new DerError(`${what} must be primitive`);
  return readIa5(contents(t));
};

const explicitInner = (t: Tlv, what: string): Tlv => {
  const inner = childrenOf(t);
  if (inner.length !== 1) throw new DerError(`${what}: expected one explicit value`);
  return inner[0] as Tlv;
};

const otherName = (t: Tlv): GeneralName => {
  const c = new Cursor(t, 'otherName');
  const typeId = readOid(c.next('type-id'), 'otherName type-id');
  const wrapped = c.next('value');
  c.end();
  if (!isContext(wrapped, 0))
    throw new DerError(`otherName value should be [0], found ${describeTag(wrapped)}`);
  const inner = explicitInner(wrapped, 'otherName value');
  if (typeId === UPN_OID) return { type: 'upn', value: readString(inner, 'UPN') };
  const shown = isStringTlv(inner) ? readString(inner, 'otherName value') : `#${shortHex(encoded(inner))}`;
  return { type: 'other', value: `otherName ${typeId}: ${shown}` };
};

/**
 * ediPartyName fields are EXPLICIT (DirectoryString is a CHOICE). Real files (pyca
 * san_edipartyname.der) also put the whole string TLV under a primitive tag: read both.
 */
const directoryStringField = (field: Tlv, label: string): string => {
  if (field.constructed) return readString(explicitInner(field, label), label);
  const v = contents(field);
  try {
    const inner = parseDer(v);
    if (isStringTlv(inner)) return readString(inner, label);
  } catch (e) {
    if (!(e instanceof DerError)) throw e; // not a nested TLV: plain text below
  }
  return readIa5(v);
};

const ediPartyName = (t: Tlv): GeneralName => {
  const parts: string[] = [];
  for (const field of childrenOf(t)) {
    const label = isContext(field, 0) ? 'nameAssigner' : isContext(field, 1) ? 'partyName' : null;
    if (!label) throw new DerError(`ediPartyName: unexpected ${describeTag(field)}`);
    parts.push(`${label}=${directoryStringField(field, label)}`);
  }
  return { type: 'other', value: `ediPartyName ${parts.join(', ')}` };
};

export type GeneralNameOptions = { ipWithMask?: boolean };

const decodeFull = (t: Tlv, options: GeneralNameOptions): GeneralName => {
  if (t.tagClass !== TagClass.context) throw new DerError(`GeneralName: unexpected ${describeTag(t)}`);
  switch (t.tagNumber) {
    case 0:
      return otherName(t);
    case 1:
      return { type: 'email', value: primitiveIa5(t, 'rfc822Name') };
    case 2:
      return { type: 'dns', value: primitiveIa5(t, 'dNSName') };
    case 3:
      if (!t.constructed) throw new DerError('x400Address must be constructed');
      return { type: 'other', value: `x400Address #${shortHex(contents(t))}` };
    case 4:
      return { type: 'dn', value: decodeName(explicitInner(t, 'directoryName')).text };
    case 5:
      return ediPartyName(t);
    case 6:
      return { type: 'uri', value: primitiveIa5(t, 'uniformResourceIdentifier') };
    case 7: {
      if (t.constructed) throw new DerError('iPAddress must be primitive');
      const v = contents(t);
      return { type: 'ip', value: options.ipWithMask ? ipRangeText(v) : ipText(v) };
    }
    case 8:
      if (t.constructed) throw new DerError('registeredID must be primitive');
      return { type: 'other', value: `registeredID ${oidFromBytes(contents(t), 'registeredID')}` };
    default:
      throw new DerError(`GeneralName: unknown choice [${t.tagNumber}]`);
  }
};

/**
 * One GeneralName, its value cut at MAX_TEXT_CHARS (text-cap.ts): a hostile SAN can be
 * megabytes long, and the value is escaped, copied and serialised several times downstream.
 * A directoryName's text is already capped per attribute; the whole text is capped again.
 */
export const decodeGeneralName = (t: Tlv, options: GeneralNameOptions = {}): GeneralName => {
  const name = decodeFull(t, options);
  const capped = capText(name.value);
  if (capped.truncatedFrom === null) return name;
  return {
    type: name.type,
    value: `${capped.value}${truncationSuffix(capped.truncatedFrom, `sha256=${sha256Hex(encoded(t)).slice(0, 16)}`)}`,
    truncatedFrom: capped.truncatedFrom,
  };
};

/** GeneralNames ::= SEQUENCE SIZE (1..MAX) OF GeneralName (or the IMPLICIT-tagged same). */
export const decodeGeneralNames = (t: Tlv, what: string, options: GeneralNameOptions = {}): GeneralName[] => {
  const items = childrenOf(t);
  if (items.length === 0) throw new DerError(`${what}: empty GeneralNames`);
  return items.map((i) => decodeGeneralName(i, options));
};

export const sequenceOfGeneralNames = (t: Tlv, what: string): GeneralName[] => {
  if (t.tagClass !== TagClass.universal || t.tagNumber !== Univ.sequence) {
    throw new DerError(`${what}: expected SEQUENCE, found ${describeTag(t)}`);
  }
  return decodeGeneralNames(t, what);
};

export const generalNameText = (n: GeneralName): string => {
  const labels: Record<GeneralName['type'], string> = {
    dns: 'DNS',
    email: 'email',
    ip: 'IP',
    uri: 'URI',
    dn: 'DirName',
    upn: 'UPN',
    other: '',
  };
  return n.type === 'other' ? n.value : `${labels[n.type]}:${n.value}`;
};
