import { CertBag, CRLBag, SafeContents, type PKCS12Attribute } from '@peculiar/asn1-pfx';
import { Oid } from '../asn1/oids.js';
import { schemaBudget, schemaParse, type SchemaBudget } from '../asn1/schema-parse.js';
import { parseDer, parseDerExact } from '../asn1/parse-der.js';
import { toHex } from '../../../shared/asn1/hex.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { contents, encoded, isUniversal, type Tlv } from '../../../shared/asn1/tlv.js';
import { readOctets } from '../asn1/elements.js';
import { parseEncryptedPkcs8, type EncryptedKey } from '../keys/encrypted-pkcs8.js';
import { throwReadFailure, ReaderFailure } from '../reader/read-error.js';

/**
 * SafeContents -> a flat list of bags, without any cryptography. Shrouded key bags have
 * their scheme and iteration count read here, so limits fire before decryption starts.
 */

export type BagAttributes = { friendlyName: string | null; localKeyId: string | null };

export type Bag =
  | { kind: 'certificate'; node: Tlv; attrs: BagAttributes }
  | { kind: 'crl'; node: Tlv; attrs: BagAttributes }
  | { kind: 'key'; node: Tlv; attrs: BagAttributes }
  | { kind: 'shrouded-key'; key: EncryptedKey | null; unsupported: string | null; attrs: BagAttributes }
  | { kind: 'skipped'; reason: string };

/** Nested safeContentsBag levels we follow; real files use none or one. */
const MAX_BAG_NESTING = 4;

/** BMPString is UTF-16 big-endian; swap to little-endian for Buffer's decoder. */
const decodeBmp = (value: Uint8Array): string => {
  const swapped = Buffer.from(value.subarray(0, value.length - (value.length % 2)));
  return swapped.swap16().toString('utf16le');
};

const readAttributes = (attributes: readonly PKCS12Attribute[] | undefined): BagAttributes => {
  const out: BagAttributes = { friendlyName: null, localKeyId: null };
  for (const attr of attributes ?? []) {
    const first = attr.attrValues[0];
    if (first === undefined) continue;
    const node = parseDerExact(new Uint8Array(first), 'A PKCS#12 bag attribute');
    if (attr.attrId === Oid.friendlyName && isUniversal(node, Univ.bmpString))
      out.friendlyName = decodeBmp(contents(node));
    else if (attr.attrId === Oid.localKeyId && isUniversal(node, Univ.octetString))
      out.localKeyId = toHex(contents(node));
  }
  return out;
};

/** The OCTET STRING inside a certBag/crlBag, parsed as the object it holds. */
const wrappedObject = (raw: ArrayBuffer, what: string): Tlv => {
  const octets = readOctets(parseDerExact(new Uint8Array(raw), what), what);
  return parseDer(octets, what).node;
};

const shroudedKey = (value: Tlv, attrs: BagAttributes): Bag => {
  try {
    return {
      kind: 'shrouded-key',
      key: parseEncryptedPkcs8(value, 'A PKCS#12 key bag'),
      unsupported: null,
      attrs,
    };
  } catch (e) {
    // An unsupported cipher leaves that key locked; the certificates are still worth showing.
    if (e instanceof ReaderFailure && e.error.code === 'unsupported-algorithm') {
      return { kind: 'shrouded-key', key: null, unsupported: e.error.message, attrs };
    }
    throw e;
  }
};

/** `budget`: the file's ASN.1 element allowance (schema-parse.ts), shared by all its bag lists. */
export const collectBags = (
  safeContents: Uint8Array,
  budget: SchemaBudget = schemaBudget(),
  depth = 0,
): Bag[] => {
  if (depth > MAX_BAG_NESTING)
    return throwReadFailure('malformed', 'PKCS#12 bags are nested too deeply.', { limit: MAX_BAG_NESTING });
  const bags = schemaParse(
    encoded(parseDerExact(safeContents, 'A PKCS#12 bag list')),
    SafeContents,
    'A PKCS#12 bag list',
    budget,
  );
  const out: Bag[] = [];
  for (const bag of bags) {
    const attrs = readAttributes(bag.bagAttributes);
    const value = parseDerExact(new Uint8Array(bag.bagValue), 'A PKCS#12 bag');
    switch (bag.bagId) {
      case Oid.certBag: {
        const cert = schemaParse(encoded(value), CertBag, 'A PKCS#12 certificate bag', budget);
        if (cert.certId === Oid.x509Certificate)
          out.push({
            kind: 'certificate',
            node: wrappedObject(cert.certValue, 'A PKCS#12 certificate'),
            attrs,
          });
        else out.push({ kind: 'skipped', reason: `a certificate of type ${cert.certId}` });
        break;
      }
      case Oid.crlBag: {
        const crl = schemaParse(encoded(value), CRLBag, 'A PKCS#12 CRL bag', budget);
        if (crl.crlId === Oid.x509Crl)
          out.push({ kind: 'crl', node: wrappedObject(crl.crltValue, 'A PKCS#12 CRL'), attrs });
        else out.push({ kind: 'skipped', reason: `a CRL of type ${crl.crlId}` });
        break;
      }
      case Oid.keyBag:
        out.push({ kind: 'key', node: value, attrs });
        break;
      case Oid.pkcs8ShroudedKeyBag:
        out.push(shroudedKey(value, attrs));
        break;
      case Oid.safeContentsBag:
        out.push(...collectBags(encoded(value), budget, depth + 1));
        break;
      case Oid.secretBag:
        out.push({ kind: 'skipped', reason: 'a secret bag' });
        break;
      default:
        out.push({ kind: 'skipped', reason: `a bag of type ${bag.bagId}` });
    }
  }
  return out;
};
