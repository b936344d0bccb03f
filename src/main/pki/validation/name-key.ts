/**
 * Distinguished names in the comparable form RFC 5280 §7.1 asks for: attribute values are
 * compared after case folding and whitespace normalisation, whatever their string type
 * (a CA that rolls over from PrintableString to UTF8String still chains). Non-string values
 * compare as their DER bytes.
 */
import { toHex } from '../../../shared/asn1/hex.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { childrenOf, DerError, encoded, isUniversal, type Tlv } from '../../../shared/asn1/tlv.js';
import { isStringTlv, readOid, readString } from '../../../shared/asn1/values.js';

/** Each RDN is its attributes as sorted `oid=value` strings (RDN attributes are a SET). */
export type NameKey = readonly (readonly string[])[];

export const EMAIL_ATTRIBUTE = '1.2.840.113549.1.9.1';

const normalise = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

const attributeKey = (t: Tlv): { oid: string; key: string; text: string | null } => {
  const parts = childrenOf(t);
  const [typeTlv, valueTlv] = parts;
  if (parts.length !== 2 || !typeTlv || !valueTlv) throw new DerError('name attribute: bad shape');
  const oid = readOid(typeTlv, 'name attribute type');
  if (isStringTlv(valueTlv)) {
    const text = readString(valueTlv, 'name attribute value');
    return { oid, key: `${oid}=${normalise(text)}`, text };
  }
  return { oid, key: `${oid}=#${toHex(encoded(valueTlv))}`, text: null };
};

export const readRdn = (t: Tlv): string[] => {
  if (!isUniversal(t, Univ.set)) throw new DerError('name: RDN should be a SET');
  const keys = childrenOf(t).map((a) => attributeKey(a).key);
  if (keys.length === 0) throw new DerError('name: empty RDN');
  return keys.sort();
};

export const readNameKey = (t: Tlv): NameKey => {
  if (!isUniversal(t, Univ.sequence)) throw new DerError('name: expected SEQUENCE');
  return childrenOf(t).map(readRdn);
};

/** The values of one attribute type, as written (e.g. every commonName of a subject). */
export const attributeTexts = (t: Tlv, oid: string): string[] =>
  childrenOf(t).flatMap((rdn) =>
    childrenOf(rdn)
      .map(attributeKey)
      .flatMap((a) => (a.oid === oid && a.text !== null ? [a.text] : [])),
  );

/** Email addresses carried as emailAddress attributes (RFC 5280 §4.2.1.10 legacy form). */
export const emailAttributes = (t: Tlv): string[] =>
  childrenOf(t).flatMap((rdn) =>
    childrenOf(rdn)
      .map(attributeKey)
      .flatMap((a) => (a.oid === EMAIL_ATTRIBUTE && a.text !== null ? [a.text] : [])),
  );

const rdnEqual = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export const nameEquals = (a: NameKey, b: NameKey): boolean =>
  a.length === b.length && a.every((rdn, i) => rdnEqual(rdn, b[i] as readonly string[]));

/** Is `base` a leading sequence of RDNs of `name` (directoryName subtree, §4.2.1.10)? */
export const nameWithin = (name: NameKey, base: NameKey): boolean =>
  base.length <= name.length && base.every((rdn, i) => rdnEqual(rdn, name[i] as readonly string[]));

/** One string per name, for maps and sets. Equal ids ⇔ nameEquals. */
export const nameId = (n: NameKey): string => JSON.stringify(n);

/** The name key back from its id (facts keep only the id until a name is compared). */
export const nameKeyOfId = (id: string): NameKey => JSON.parse(id) as NameKey;
