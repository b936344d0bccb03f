/**
 * The PKCS#9 extensionRequest attribute: what the profile says the certificate will carry.
 * Whether the IGC-Santé platform reads requested extensions is unknown (it certainly applies
 * its own profile). Asking for exactly that profile is harmless and makes the CSR
 * self-describing: anyone (openssl req -text, our inspector) can see what it was made for.
 * The rfc822Name SAN of PS/PRO profiles is not requested: SubjectSpec carries no e-mail.
 */
import {
  booleanTrue,
  contextConstructed,
  contextPrimitive,
  ia5Bytes,
  namedBits,
  objectIdentifier,
  octetString,
  sequence,
  setOf,
} from '../../../shared/asn1/build.js';
import type { KeyUsageName } from '../../../shared/catalogue/oids.js';
import type { ExpectedProfile } from '../../../shared/igc-sante/profile.js';

const OID = {
  extensionRequest: '1.2.840.113549.1.9.14',
  keyUsage: '2.5.29.15',
  subjectAltName: '2.5.29.17',
  extKeyUsage: '2.5.29.37',
} as const;

/** RFC 5280 §4.2.1.3 KeyUsage bit numbers. */
const KEY_USAGE_BIT: Readonly<Record<KeyUsageName, number>> = {
  digitalSignature: 0,
  nonRepudiation: 1,
  keyEncipherment: 2,
  dataEncipherment: 3,
  keyAgreement: 4,
  keyCertSign: 5,
  cRLSign: 6,
  encipherOnly: 7,
  decipherOnly: 8,
};

/** `critical` is DEFAULT FALSE, so DER writes it only when true. */
const extension = (oid: string, critical: boolean, value: Uint8Array): Uint8Array =>
  critical
    ? sequence(objectIdentifier(oid), booleanTrue(), octetString(value))
    : sequence(objectIdentifier(oid), octetString(value));

/** Extensions in the order IGC-Santé certificates list them: KU, EKU, SAN. */
export const encodeExtensions = (profile: ExpectedProfile, dnsNames: readonly string[]): Uint8Array[] => {
  const extensions = [
    // keyUsage is critical on every IGC-Santé certificate seen (H).
    extension(
      OID.keyUsage,
      profile.keyUsageCritical,
      namedBits(profile.keyUsage.map((k) => KEY_USAGE_BIT[k])),
    ),
  ];
  if (profile.extKeyUsage.length > 0) {
    // extendedKeyUsage is not critical on the real certificates.
    extensions.push(
      extension(OID.extKeyUsage, false, sequence(...profile.extKeyUsage.map((e) => objectIdentifier(e.oid)))),
    );
  }
  if (dnsNames.length > 0) {
    // Not critical: the subject is never empty (RFC 5280 §4.2.1.6). dNSName is [2] IA5String.
    extensions.push(
      extension(
        OID.subjectAltName,
        false,
        sequence(...dnsNames.map((d) => contextPrimitive(2, ia5Bytes(d)))),
      ),
    );
  }
  return extensions;
};

/** `attributes [0] IMPLICIT SET OF Attribute` holding the one extensionRequest. */
export const encodeAttributes = (profile: ExpectedProfile, dnsNames: readonly string[]): Uint8Array => {
  const request = sequence(
    objectIdentifier(OID.extensionRequest),
    setOf([sequence(...encodeExtensions(profile, dnsNames))]),
  );
  return contextConstructed(0, request);
};
