/** Decoders for the certificate extensions path validation acts on (RFC 5280 §4.2). */
import { ExtOid } from '../asn1/oids.js';
import { readExtensionValue, type Reading, type TwoViews } from '../certificate/index.js';
import { toHex } from '../../../shared/asn1/hex.js';
import { DerError } from '../../../shared/asn1/tlv.js';

/** The extensions path validation understands (any other critical one is refused), from the registry. */
export const EXT = {
  subjectKeyId: ExtOid.subjectKeyIdentifier,
  keyUsage: ExtOid.keyUsage,
  subjectAltName: ExtOid.subjectAltName,
  issuerAltName: ExtOid.issuerAltName,
  basicConstraints: ExtOid.basicConstraints,
  nameConstraints: ExtOid.nameConstraints,
  crlDistributionPoints: ExtOid.cRLDistributionPoints,
  certificatePolicies: ExtOid.certificatePolicies,
  policyMappings: ExtOid.policyMappings,
  authorityKeyId: ExtOid.authorityKeyIdentifier,
  policyConstraints: ExtOid.policyConstraints,
  extKeyUsage: ExtOid.extendedKeyUsage,
  freshestCrl: ExtOid.freshestCRL,
  inhibitAnyPolicy: ExtOid.inhibitAnyPolicy,
  subjectDirectoryAttributes: ExtOid.subjectDirectoryAttributes,
  authorityInfoAccess: ExtOid.authorityInfoAccess,
} as const;

export type { BasicConstraints, PolicyConstraints, PolicyMapping } from '../certificate/index.js';

export const KU = { digitalSignature: 0, keyCertSign: 5, cRLSign: 6 } as const;

/**
 * The value path validation acts on, from the shared decoder (certificate/extensions):
 * strict findings are ignored (validation's acceptance), a refusal is the DerError it was.
 */
export const acceptedValue = <V>({ value, refusal }: Reading<V>): V => {
  if (refusal !== null || value === null) throw new DerError(refusal ?? 'unreadable extension');
  return value;
};

/** Same, for a value describe and validation read into different models (GeneralNames). */
export const acceptedView = <S, A>(reading: Reading<TwoViews<S, A>>): A => {
  const { accepted } = acceptedValue(reading);
  // No refusal means the lenient reading succeeded.
  if (accepted === null) throw new DerError('unreadable extension');
  return accepted;
};

/** keyIdentifier [0] of a CRL's AuthorityKeyIdentifier in hex, null when absent. */
export const readAuthorityKeyId = (v: Uint8Array): string | null => {
  const { keyId } = acceptedValue(readExtensionValue(ExtOid.authorityKeyIdentifier, v));
  return keyId ? toHex(keyId) : null;
};

export type { DistributionPoint, NameConstraints, Reasons } from './name-extensions.js';
export { readReasons } from './name-extensions.js';
