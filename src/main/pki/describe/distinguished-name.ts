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

type DecodedAttribute = NameAttribute & { hexForm: boolean; valueTlv: Tlv; digest: string | null };

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
  if (isStringTlv(valueTlv)) {
    const capped = readCappedString(valueTlv, `name attribute ${short ?? oid}`);
    const base = { oid, short, value: capped.value, hexForm: false, valueTlv };
    if (capped.truncatedFrom === null) return { ...base, digest: null };
    return { ...base, truncatedFrom: capped.truncatedFrom, digest: digestTag(contents(valueTlv)) };
  }
  // BIT STRING (x500UniqueIdentifier) and other non-string values: RFC 4514 #hex form.
  return { oid, short, value: `#${cappedHex(encoded(valueTlv))}`, hexForm: true, valueTlv, digest: null };
};

/** RFC 4514 §2.4 escaping; control characters as \XX like OpenSSL. */
export const escapeRfc4514 = (value: string): string => {
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

const attributeText = (a: DecodedAttribute): string => {
  // A dotted type must carry a #hex BER value (RFC 4514 §2.4), as OpenSSL prints it.
  if (a.short === null) return `${a.oid}=#${cappedHex(encoded(a.valueTlv))}`;
  if (a.hexForm) return `${a.short}=${a.value}`;
  const cut = a.truncatedFrom === undefined ? '' : truncationSuffix(a.truncatedFrom, a.digest ?? undefined);
  return `${a.short}=${escapeRfc4514(a.value)}${cut}`;
};

/** A lone RDN (e.g. [1] IMPLICIT nameRelativeToCRLIssuer) as RFC 4514 text. */
export const relativeNameText = (t: Tlv): string => {
  const attrs = childrenOf(t).map(decodeAttribute);
  if (attrs.length === 0) throw new DerError('name: empty RDN');
  return attrs.map(attributeText).reverse().join('+');
};

/** Decodes a Name; throws DerError when any attribute cannot be read. */
export const decodeName = (t: Tlv): DistinguishedName => {
  if (!isUniversal(t, Univ.sequence)) throw new DerError(`name: expected SEQUENCE, found ${describeTag(t)}`);
  const rdns: DecodedAttribute[][] = [];
  for (const rdnTlv of childrenOf(t)) {
    if (!isUniversal(rdnTlv, Univ.set))
      throw new DerError(`name: RDN should be a SET, found ${describeTag(rdnTlv)}`);
    const attrs = childrenOf(rdnTlv).map(decodeAttribute);
    if (attrs.length === 0) throw new DerError('name: empty RDN');
    rdns.push(attrs);
  }
  // RFC 4514 allows any order inside a multi-valued RDN; OpenSSL's RFC2253 output reverses
  // the attributes as a flat list, so we do the same and users can compare texts as-is.
  const text = rdns
    .map((rdn) => rdn.map(attributeText).reverse().join('+'))
    .reverse()
    .join(',');
  return {
    text,
    rdns: rdns.map((rdn) =>
      rdn.map(({ oid, short, value, truncatedFrom }) =>
        truncatedFrom === undefined ? { oid, short, value } : { oid, short, value, truncatedFrom },
      ),
    ),
  };
};
