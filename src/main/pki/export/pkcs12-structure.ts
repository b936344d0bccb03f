import {
  contextConstructed,
  contextPrimitive,
  objectIdentifier,
  octetString,
  sequence,
  setOf,
  unsignedInteger,
} from '../../../shared/asn1/build.js';
import { encodeElement } from '../../../shared/asn1/encode.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { Oid } from '../asn1/oids.js';
import type { Encrypted } from './pbe-encrypt.js';

/**
 * DER builders for the PKCS#12 layers (RFC 7292) we write: SafeBags with their attributes,
 * the ContentInfos of the AuthenticatedSafe, and the PFX around them. No cryptography here.
 */

export type BagAttributes = { readonly friendlyName?: string; readonly localKeyId?: Uint8Array };

/** BMPString: UTF-16 big-endian code units (what Windows, NSS and OpenSSL all display). */
const bmpString = (text: string): Uint8Array => {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 * i] = unit >> 8;
    out[2 * i + 1] = unit & 0xff;
  }
  return encodeElement(0x00, Univ.bmpString, out);
};

const attribute = (oid: string, value: Uint8Array): Uint8Array =>
  sequence(objectIdentifier(oid), setOf([value]));

const attributes = (a: BagAttributes): Uint8Array[] => {
  const out: Uint8Array[] = [];
  if (a.friendlyName !== undefined) out.push(attribute(Oid.friendlyName, bmpString(a.friendlyName)));
  if (a.localKeyId !== undefined) out.push(attribute(Oid.localKeyId, octetString(a.localKeyId)));
  return out;
};

/** SafeBag ::= SEQUENCE { bagId, bagValue [0] EXPLICIT, bagAttributes SET OF OPTIONAL } */
const safeBag = (bagId: string, value: Uint8Array, attrs: BagAttributes): Uint8Array => {
  const list = attributes(attrs);
  return sequence(
    objectIdentifier(bagId),
    contextConstructed(0, value),
    ...(list.length > 0 ? [setOf(list)] : []),
  );
};

export const certBag = (certificate: Uint8Array, attrs: BagAttributes): Uint8Array =>
  safeBag(
    Oid.certBag,
    sequence(objectIdentifier(Oid.x509Certificate), contextConstructed(0, octetString(certificate))),
    attrs,
  );

/** The value is an EncryptedPrivateKeyInfo: { encryptionAlgorithm, encryptedData }. */
export const shroudedKeyBag = (key: Encrypted, attrs: BagAttributes): Uint8Array =>
  safeBag(Oid.pkcs8ShroudedKeyBag, sequence(key.algorithm, octetString(key.ciphertext)), attrs);

export const safeContents = (bags: readonly Uint8Array[]): Uint8Array => sequence(...bags);

/** ContentInfo { data, [0] EXPLICIT OCTET STRING } */
export const dataContentInfo = (content: Uint8Array): Uint8Array =>
  sequence(objectIdentifier(Oid.data), contextConstructed(0, octetString(content)));

/**
 * ContentInfo { encryptedData, [0] EXPLICIT EncryptedData { version 0,
 *   EncryptedContentInfo { data, algorithm, [0] IMPLICIT OCTET STRING } } }
 */
export const encryptedContentInfo = (encrypted: Encrypted): Uint8Array =>
  sequence(
    objectIdentifier(Oid.encryptedData),
    contextConstructed(
      0,
      sequence(
        unsignedInteger(0),
        sequence(objectIdentifier(Oid.data), encrypted.algorithm, contextPrimitive(0, encrypted.ciphertext)),
      ),
    ),
  );

/** PFX { version 3, authSafe ContentInfo(data), macData } */
export const pfx = (authSafe: Uint8Array, mac: Uint8Array): Uint8Array =>
  sequence(unsignedInteger(3), dataContentInfo(authSafe), mac);
