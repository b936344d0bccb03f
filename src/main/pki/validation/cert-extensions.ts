/** Decoders for the certificate extensions path validation acts on (RFC 5280 §4.2). */
import { Cursor } from '../../../shared/asn1/cursor.js';
import { ExtOid } from '../asn1/oids.js';
import { toHex } from '../../../shared/asn1/hex.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { childrenOf, contents, DerError, isContext, parseDer, type Tlv } from '../../../shared/asn1/tlv.js';
import {
  readBitString,
  readBoolean,
  readOctetString,
  readImplicitInteger,
  readOid,
  readSmallInt,
  setBits,
} from '../../../shared/asn1/values.js';
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

export type BasicConstraints = { ca: boolean; pathLen: number | null };

export const readBasicConstraints = (v: Uint8Array): BasicConstraints => {
  const c = Cursor.of(parseDer(v, 'basicConstraints'), Univ.sequence, 'basicConstraints');
  const caTlv = c.optionalUniversal(Univ.boolean);
  const lenTlv = c.optionalUniversal(Univ.integer);
  c.end();
  return {
    ca: caTlv ? readBoolean(caTlv, 'cA') : false,
    pathLen: lenTlv ? readSmallInt(lenTlv, 'pathLenConstraint') : null,
  };
};

export const KU = { digitalSignature: 0, keyCertSign: 5, cRLSign: 6 } as const;

export const readKeyUsage = (v: Uint8Array): Set<number> =>
  new Set(setBits(readBitString(parseDer(v, 'keyUsage'), 'keyUsage')));

export const readSubjectKeyId = (v: Uint8Array): string => toHex(readOctetString(parseDer(v, 'SKI'), 'SKI'));

/** keyIdentifier [0] of AuthorityKeyIdentifier, null when absent. */
export const readAuthorityKeyId = (v: Uint8Array): string | null => {
  const first = childrenOf(parseDer(v, 'AKI')).find((t) => isContext(t, 0));
  return first ? toHex(contents(first)) : null;
};

export const readPolicies = (v: Uint8Array): string[] =>
  childrenOf(parseDer(v, 'certificatePolicies')).map((info) => {
    const first = childrenOf(info)[0];
    if (!first) throw new DerError('PolicyInformation: missing policyIdentifier');
    return readOid(first, 'policyIdentifier');
  });

export type PolicyMapping = { issuer: string; subject: string };

export const readPolicyMappings = (v: Uint8Array): PolicyMapping[] =>
  childrenOf(parseDer(v, 'policyMappings')).map((m) => {
    const c = Cursor.of(m, Univ.sequence, 'PolicyMapping');
    const issuer = readOid(c.next('issuerDomainPolicy'), 'issuerDomainPolicy');
    const subject = readOid(c.next('subjectDomainPolicy'), 'subjectDomainPolicy');
    c.end();
    return { issuer, subject };
  });

export type PolicyConstraints = { requireExplicit: number | null; inhibitMapping: number | null };

export const readPolicyConstraints = (v: Uint8Array): PolicyConstraints => {
  const out: PolicyConstraints = { requireExplicit: null, inhibitMapping: null };
  for (const t of childrenOf(parseDer(v, 'policyConstraints'))) {
    if (!isContext(t, 0) && !isContext(t, 1)) throw new DerError('policyConstraints: unexpected field');
    const n = Number(readImplicitInteger(t, 'SkipCerts'));
    if (t.tagNumber === 0) out.requireExplicit = n;
    else out.inhibitMapping = n;
  }
  return out;
};

export const readInhibitAnyPolicy = (v: Uint8Array): number =>
  readSmallInt(parseDer(v, 'inhibitAnyPolicy'), 'inhibitAnyPolicy');

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
