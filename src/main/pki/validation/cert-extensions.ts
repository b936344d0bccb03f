/** Decoders for the certificate extensions path validation acts on (RFC 5280 §4.2). */
import { ExtOid } from '../asn1/oids.js';
import { readExtensionValue, type Reading } from '../certificate/index.js';
import { toHex } from '../../../shared/asn1/hex.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { childrenOf, DerError, isContext, parseDer, type Tlv } from '../../../shared/asn1/tlv.js';
import { readBitString, setBits } from '../../../shared/asn1/values.js';
import {
  readDpName,
  readGeneralName,
  readGeneralNames,
  type DpName,
  type GeneralNameValue,
} from './general-names.js';

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

/** keyIdentifier [0] of a CRL's AuthorityKeyIdentifier in hex, null when absent. */
export const readAuthorityKeyId = (v: Uint8Array): string | null => {
  const { keyId } = acceptedValue(readExtensionValue(ExtOid.authorityKeyIdentifier, v));
  return keyId ? toHex(keyId) : null;
};

export type NameConstraints = { permitted: GeneralNameValue[] | null; excluded: GeneralNameValue[] };

/** GeneralSubtree: base only; minimum/maximum are always 0/absent in RFC 5280 profiles. */
const readSubtrees = (t: Tlv): GeneralNameValue[] =>
  childrenOf(t).map((subtree) => {
    const base = childrenOf(subtree)[0];
    if (!base) throw new DerError('GeneralSubtree: missing base');
    return readGeneralName(base);
  });

export const readNameConstraints = (v: Uint8Array): NameConstraints => {
  let permitted: GeneralNameValue[] | null = null;
  let excluded: GeneralNameValue[] = [];
  for (const t of childrenOf(parseDer(v, 'nameConstraints'))) {
    if (isContext(t, 0)) permitted = readSubtrees(t);
    else if (isContext(t, 1)) excluded = readSubtrees(t);
    else throw new DerError('nameConstraints: unexpected field');
  }
  return { permitted, excluded };
};

export const readSubjectAltName = (v: Uint8Array): GeneralNameValue[] =>
  readGeneralNames(parseDer(v, 'subjectAltName'));

/** Reason flags bits 1..8 (bit 0 is unused); `null` means all reasons. */
export type Reasons = ReadonlySet<number> | null;

export type DistributionPoint = {
  name: DpName | null;
  reasons: Reasons;
  crlIssuer: GeneralNameValue[] | null;
};

export const readReasons = (t: Tlv): Set<number> => {
  const bits = readBitString({ ...t, tagClass: 0, tagNumber: Univ.bitString }, 'ReasonFlags');
  return new Set(setBits(bits));
};

export const readCrlDistributionPoints = (v: Uint8Array): DistributionPoint[] =>
  childrenOf(parseDer(v, 'cRLDistributionPoints')).map((dp) => {
    const out: DistributionPoint = { name: null, reasons: null, crlIssuer: null };
    for (const f of childrenOf(dp)) {
      if (isContext(f, 0)) out.name = readDpName(f);
      else if (isContext(f, 1)) out.reasons = readReasons(f);
      else if (isContext(f, 2)) out.crlIssuer = readGeneralNames(f);
      else throw new DerError('DistributionPoint: unexpected field');
    }
    return out;
  });
