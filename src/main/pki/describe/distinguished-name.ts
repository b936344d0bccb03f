/**
 * Distinguished names read from the ASN.1 RDNSequence (never by splitting text), so that
 * multi-valued RDNs (IGC-Santé PS certificates: {SN + CN + GN}) and accents survive.
 */
import type { DistinguishedName, NameAttribute } from '../../../shared/model/names.js';
import { Cursor } from '../../../shared/asn1/cursor.js';
import { toHex } from '../../../shared/asn1/hex.js';
import { TagClass, Univ } from '../../../shared/asn1/tags.js';
import {
  childrenOf,
  DerError,
  describeTag,
  encoded,
  isUniversal,
  type Tlv,
} from '../../../shared/asn1/tlv.js';
import { isStringTlv, readOid, readString } from '../../../shared/asn1/values.js';
import { ATTRIBUTE_SHORT_NAMES } from './oid-names.js';

type DecodedAttribute = NameAttribute & { hexForm: boolean; derHex: string };

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
  const derHex = toHex(encoded(valueTlv));
  const short = ATTRIBUTE_SHORT_NAMES[oid] ?? null;
  if (isStringTlv(valueTlv)) {
    return {
      oid,
      short,
      value: readString(valueTlv, `name attribute ${short ?? oid}`),
      hexForm: false,
      derHex,
    };
  }
  // BIT STRING (x500UniqueIdentifier) and other non-string values: RFC 4514 #hex form.
  return { oid, short, value: `#${derHex}`, hexForm: true, derHex };
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
  if (a.short === null) return `${a.oid}=#${a.derHex}`;
  return `${a.short}=${a.hexForm ? a.value : escapeRfc4514(a.value)}`;
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
  return { text, rdns: rdns.map((rdn) => rdn.map(({ oid, short, value }) => ({ oid, short, value }))) };
};
