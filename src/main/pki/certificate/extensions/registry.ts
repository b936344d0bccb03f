/**
 * The extensions both describe and path validation read: one decoder each, run once per
 * occurrence in a certificate (memoised by its position in the Extensions list).
 */
import { ExtOid } from '../../asn1/oids.js';
import { derivedOnce, type ParsedCertificate } from '../parsed-certificate.js';
import { readBasicConstraints } from './basic-constraints.js';
import { readCertificatePolicies } from './certificate-policies.js';
import {
  readCrlDistributionPointsExtension,
  readNameConstraintsExtension,
  readSubjectAltNameExtension,
} from './general-name-extensions.js';
import { readAuthorityKeyIdentifier, readSubjectKeyIdentifier } from './key-identifiers.js';
import { readKeyUsage } from './key-usage.js';
import { readInhibitAnyPolicy, readPolicyConstraints, readPolicyMappings } from './policy-controls.js';
import type { Reading } from './reading.js';

const READERS = {
  [ExtOid.basicConstraints]: readBasicConstraints,
  [ExtOid.keyUsage]: readKeyUsage,
  [ExtOid.subjectKeyIdentifier]: readSubjectKeyIdentifier,
  [ExtOid.authorityKeyIdentifier]: readAuthorityKeyIdentifier,
  [ExtOid.certificatePolicies]: readCertificatePolicies,
  [ExtOid.policyMappings]: readPolicyMappings,
  [ExtOid.policyConstraints]: readPolicyConstraints,
  [ExtOid.inhibitAnyPolicy]: readInhibitAnyPolicy,
  [ExtOid.subjectAltName]: readSubjectAltNameExtension,
  [ExtOid.nameConstraints]: readNameConstraintsExtension,
  [ExtOid.cRLDistributionPoints]: readCrlDistributionPointsExtension,
} as const;

export type SharedExtensionOid = keyof typeof READERS;
export type ReadingOf<O extends SharedExtensionOid> = ReturnType<(typeof READERS)[O]>;

export const isSharedExtension = (oid: string): oid is SharedExtensionOid => Object.hasOwn(READERS, oid);

const decodes = new Map<string, number>();

/** Decodes one extnValue (no memo: CSRs and CRLs, which are read once anyway). */
export const readExtensionValue = <O extends SharedExtensionOid>(oid: O, value: Uint8Array): ReadingOf<O> => {
  decodes.set(oid, (decodes.get(oid) ?? 0) + 1);
  return (READERS[oid] as (v: Uint8Array) => ReadingOf<O>)(value);
};

const readingsOf = derivedOnce((_cert: ParsedCertificate) => new Map<number, Reading<unknown>>());

/**
 * The extension at `index` of the certificate's Extensions list, decoded on first use by
 * whichever consumer comes first (describe or validation) and shared with the other.
 */
export const certificateExtension = <O extends SharedExtensionOid>(
  cert: ParsedCertificate,
  index: number,
  oid: O,
  value: Uint8Array,
): ReadingOf<O> => {
  const memo = readingsOf(cert);
  const known = memo.get(index);
  if (known) return known as ReadingOf<O>;
  const reading = readExtensionValue(oid, value);
  memo.set(index, reading);
  return reading;
};

/** How many times each shared extension was actually decoded, by OID (for tests). */
export const extensionDecodeCount = (oid: SharedExtensionOid): number => decodes.get(oid) ?? 0;
