/** keyUsage, extendedKeyUsage, basicConstraints, key identifiers, privateKeyUsagePeriod, policy controls. */
import { Cursor } from '../../../../shared/asn1/cursor.js';
import { Univ } from '../../../../shared/asn1/tags.js';
import { readImplicitGeneralizedTime } from '../../../../shared/asn1/time.js';
import { DerError, parseDer } from '../../../../shared/asn1/tlv.js';
import { readOid } from '../../../../shared/asn1/values.js';
import { EKU_NAMES } from '../oid-names.js';
import { ExtOid } from '../../asn1/oids.js';
import { sharedDecoder } from './shared-views.js';
import type { Decoded } from './types.js';

export const decodeExtendedKeyUsage = (value: Uint8Array): Decoded => {
  const c = Cursor.of(parseDer(value), Univ.sequence, 'extendedKeyUsage');
  if (c.remaining() === 0) throw new DerError('extendedKeyUsage: empty list');
  const refs = [];
  while (c.remaining() > 0) {
    const oid = readOid(c.next('purpose'), 'extendedKeyUsage purpose');
    refs.push({ oid, name: EKU_NAMES[oid] ?? oid });
  }
  return {
    summary: refs.map((r) => (r.name === r.oid ? r.oid : `${r.name} (${r.oid})`)),
    facts: { extendedKeyUsage: refs },
  };
};

export const decodePrivateKeyUsagePeriod = (value: Uint8Array): Decoded => {
  const c = Cursor.of(parseDer(value), Univ.sequence, 'privateKeyUsagePeriod');
  const summary: string[] = [];
  const nb = c.optionalContext(0);
  if (nb) summary.push(`notBefore: ${readImplicitGeneralizedTime(nb, 'notBefore').toISOString()}`);
  const na = c.optionalContext(1);
  if (na) summary.push(`notAfter: ${readImplicitGeneralizedTime(na, 'notAfter').toISOString()}`);
  c.end();
  if (summary.length === 0) throw new DerError('privateKeyUsagePeriod: neither date present');
  return { summary };
};

/** Decoded in certificate/extensions, shared with path validation; shown by shared-views.ts. */
export const decodeKeyUsage = sharedDecoder(ExtOid.keyUsage);
export const decodeBasicConstraints = sharedDecoder(ExtOid.basicConstraints);
export const decodeSubjectKeyIdentifier = sharedDecoder(ExtOid.subjectKeyIdentifier);
export const decodeAuthorityKeyIdentifier = sharedDecoder(ExtOid.authorityKeyIdentifier);
export const decodeInhibitAnyPolicy = sharedDecoder(ExtOid.inhibitAnyPolicy);
export const decodePolicyConstraints = sharedDecoder(ExtOid.policyConstraints);
export const decodePolicyMappings = sharedDecoder(ExtOid.policyMappings);
export { KEY_USAGE_BITS } from './shared-views.js';
