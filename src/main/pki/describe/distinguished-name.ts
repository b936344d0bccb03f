/**
 * Distinguished names read from the ASN.1 RDNSequence (never by splitting text), so that
 * multi-valued RDNs (IGC-Santé PS certificates: {SN + CN + GN}) and accents survive.
 */
import type { DistinguishedName, NameAttribute } from '../../../shared/model/names.js';
import { Cursor } from '../../../shared/asn1/cursor.js';
import { toHex } from '../../../shared/asn1/hex.js';
import { TagClass, Univ } from '../../../shared/asn1/tags.js';
import { MAX_TEXT_CHARS } from '../../../shared/limits.js';
import { truncationSuffix } from '../../../shared/text-cap.js';
import {
  childrenOf,
  contents,
  DerError,
  describeTag,
  encoded,
  isUniversal,
  type Tlv,
} from '../../../shared/asn1/tlv.js';
import { isStringTlv, readOid } from '../../../shared/asn1/values.js';
import { readCappedString } from './capped-string.js';
import { sha256Hex } from './hex.js';
import { ATTRIBUTE_SHORT_NAMES } from './oid-names.js';

/** One attribute for the model, and its RFC 4514 text (built at once: no second record). */
type DecodedAttribute = { attribute: NameAttribute; text: string };

/** Hex of a value, at most MAX_TEXT_CHARS digits: a 10 MB value must not become 20 MB of text. */
const cappedHex = (bytes: Uint8Array): string => {
  const limit = MAX_TEXT_CHARS >> 1;
  if (bytes.length <= limit) return toHex(bytes);
  return `${toHex(bytes.subarray(0, limit))}${truncationSuffix(bytes.length * 2, digestTag(bytes))}`;
};

/** Keeps two cut values with the same first characters distinct wherever texts are compared. */
const digestTag = (bytes: Uint8Array): string => `sha256=${sha256Hex(bytes).slice(0, 16)}`;

const decodeAttribute = (t: Tlv): DecodedAttribute => {
  const c = Cursor.of(t, Univ.sequence, 'name attribute');
  const oid = readOid(c.next('type'), 'name attribute type');
  const valueTlv = c.next('value');
  c.end();
  // X.520 values are universal types; anything else is how pyca's long-form-name-attribute
  // vector is broken, and OpenSSL refuses it as well.
  if (valueTlv.tagClass !== TagClass.universal) {
    throw new DerError(`name attribute ${oid}: value has non-universal tag ${describeTag(valueTlv)}`);
  }
  const short = ATTRIBUTE_SHORT_NAMES[oid] ?? null;
  // A dotted type must carry a #hex BER value (RFC 4514 §2.4), as OpenSSL prints it.
  const dotted = (): string => `${oid}=#${cappedHex(encoded(valueTlv))}`;
  if (isStringTlv(valueTlv)) {
    const capped = readCappedString(valueTlv, `name attribute ${short ?? oid}`);
    if (capped.truncatedFrom === null) {
      const text = short === null ? dotted() : `${short}=${escapeRfc4514(capped.value)}`;
      return { attribute: { oid, short, value: capped.value }, text };
    }
    // The digest keeps two cut values with the same first characters distinct.
    const cut = truncationSuffix(capped.truncatedFrom, digestTag(contents(valueTlv)));
    const text = short === null ? dotted() : `${short}=${escapeRfc4514(capped.value)}${cut}`;
    return { attribute: { oid, short, value: capped.value, truncatedFrom: capped.truncatedFrom }, text };
  }
  // BIT STRING (x500UniqueIdentifier) and other non-string values: RFC 4514 #hex form.
  const value = `#${cappedHex(encoded(valueTlv))}`;
  return { attribute: { oid, short, value }, text: short === null ? dotted() : `${short}=${value}` };
};

/** RFC 4514 §2.4 escaping; control characters as \XX like OpenSSL. */
/** Anything escapeRfc4514 would change; most values have none and are returned as they are. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NEEDS_ESCAPE = /[,+"\\<>;\x00-\x1f\x7f]|^[ #]| $/;

export const escapeRfc4514 = (value: string): string => {
  if (!NEEDS_ESCAPE.test(value)) return value;
  let out = '';
  const last = value.length - 1;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] as string;
    const code = ch.charCodeAt(0);
    if (',+"\\<>;'.includes(ch) || (i === 0 && (ch === ' ' || ch === '#')) || (i === last && ch === ' '))
      out += `\\${ch}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(16).toUpperCase().padStart(2, '0')}`;
    else out += ch;
  }
  return out;
};

/** A lone RDN (e.g. [1] IMPLICIT nameRelativeToCRLIssuer) as RFC 4514 text. */
export const relativeNameText = (t: Tlv): string => {
  const attrs = childrenOf(t).map(decodeAttribute);
  if (attrs.length === 0) throw new DerError('name: empty RDN');
  return rdnText(attrs);
};

/** The attributes of one RDN, last first, joined by "+" (see decodeName). */
const rdnText = (attrs: readonly DecodedAttribute[]): string => {
  let text = (attrs[attrs.length - 1] as DecodedAttribute).text;
  for (let i = attrs.length - 2; i >= 0; i--) text += `+${(attrs[i] as DecodedAttribute).text}`;
  return text;
};

/** Decodes a Name; throws DerError when any attribute cannot be read. */
export const decodeName = (t: Tlv): DistinguishedName => {
  if (!isUniversal(t, Univ.sequence)) throw new DerError(`name: expected SEQUENCE, found ${describeTag(t)}`);
  const rdnTlvs = childrenOf(t);
  const rdns: NameAttribute[][] = [];
  let text = '';
  // RFC 4514 allows any order inside a multi-valued RDN; OpenSSL's RFC2253 output reverses
  // the attributes as a flat list, so we do the same and users can compare texts as-is.
  for (const rdnTlv of rdnTlvs) {
    if (!isUniversal(rdnTlv, Univ.set))
      throw new DerError(`name: RDN should be a SET, found ${describeTag(rdnTlv)}`);
    const attrs = childrenOf(rdnTlv).map(decodeAttribute);
    if (attrs.length === 0) throw new DerError('name: empty RDN');
    rdns.push(attrs.map((a) => a.attribute));
    text = text === '' ? rdnText(attrs) : `${rdnText(attrs)},${text}`;
  }
  return { text, rdns };
};
