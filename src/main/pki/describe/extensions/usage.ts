/** keyUsage, extendedKeyUsage, basicConstraints, key identifiers, privateKeyUsagePeriod. */
import { Cursor } from '../../../../shared/asn1/cursor.js';
import { Univ } from '../../../../shared/asn1/tags.js';
import { readImplicitGeneralizedTime } from '../../../../shared/asn1/time.js';
import {
  contents,
  DerError,
  describeTag,
  isUniversal,
  parseDer,
  type Tlv,
} from '../../../../shared/asn1/tlv.js';
import {
  readBitString,
  readBoolean,
  readImplicitInteger,
  readOctetString,
  readOid,
  readSmallInt,
  serialHex,
  setBits,
} from '../../../../shared/asn1/values.js';
import { colonHex } from '../hex.js';
import { generalNameText, decodeGeneralNames } from '../general-names.js';
import { EKU_NAMES } from '../oid-names.js';
import type { Decoded } from './types.js';

export const KEY_USAGE_BITS = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;

export const decodeKeyUsage = (value: Uint8Array): Decoded => {
  const bits = setBits(readBitString(parseDer(value), 'keyUsage'));
  const known = bits.filter((b) => b < KEY_USAGE_BITS.length).map((b) => KEY_USAGE_BITS[b] as string);
  const unknown = bits.filter((b) => b >= KEY_USAGE_BITS.length).map((b) => `unknown bit ${b}`);
  return { summary: [...known, ...unknown], facts: { keyUsage: known } };
};

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

export const decodeBasicConstraints = (value: Uint8Array): Decoded => {
  const c = Cursor.of(parseDer(value), Univ.sequence, 'basicConstraints');
  const caTlv = c.optionalUniversal(Univ.boolean);
  const ca = caTlv ? readBoolean(caTlv, 'basicConstraints cA') : false;
  // DER omits DEFAULT values: an explicit cA FALSE is an encoding error.
  if (caTlv && !ca) throw new DerError('basicConstraints: cA FALSE must be omitted in DER');
  const lenTlv = c.optionalUniversal(Univ.integer);
  c.end();
  const pathLength = lenTlv ? readSmallInt(lenTlv, 'pathLenConstraint') : null;
  if (pathLength !== null && pathLength < 0)
    throw new DerError('basicConstraints: negative pathLenConstraint');
  // RFC 5280 4.2.1.9: pathLenConstraint only makes sense when cA is TRUE (pyca wosign-bc-invalid).
  if (pathLength !== null && !ca)
    throw new DerError('basicConstraints: pathLenConstraint set while cA is FALSE');
  const summary = [`CA: ${ca ? 'TRUE' : 'FALSE'}`];
  if (pathLength !== null) summary.push(`pathLenConstraint: ${pathLength}`);
  return { summary, facts: { basicConstraints: { isCa: ca, pathLength } } };
};

export const decodeSubjectKeyIdentifier = (value: Uint8Array): Decoded => ({
  summary: [colonHex(readOctetString(parseDer(value), 'subjectKeyIdentifier'))],
});

export const decodeAuthorityKeyIdentifier = (value: Uint8Array): Decoded => {
  const c = Cursor.of(parseDer(value), Univ.sequence, 'authorityKeyIdentifier');
  const summary: string[] = [];
  const keyId = c.optionalContext(0);
  if (keyId) {
    if (keyId.constructed) throw new DerError('authorityKeyIdentifier: keyIdentifier must be primitive');
    summary.push(`keyid:${colonHex(contents(keyId))}`);
  }
  const issuer = c.optionalContext(1);
  if (issuer)
    for (const n of decodeGeneralNames(issuer, 'authorityCertIssuer'))
      summary.push(`issuer:${generalNameText(n)}`);
  const serial = c.optionalContext(2);
  if (serial) {
    readImplicitInteger(serial, 'authorityCertSerialNumber');
    summary.push(`serial:${serialHex(contents(serial))}`);
  }
  c.end();
  if ((issuer === undefined) !== (serial === undefined)) {
    throw new DerError(
      'authorityKeyIdentifier: authorityCertIssuer and authorityCertSerialNumber go together',
    );
  }
  return { summary };
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

const skipCerts = (t: Tlv, what: string): number => {
  const n = Number(readImplicitInteger(t, what));
  if (n < 0) throw new DerError(`${what}: negative SkipCerts`);
  return n;
};

export const decodeInhibitAnyPolicy = (value: Uint8Array): Decoded => {
  const t = parseDer(value);
  if (!isUniversal(t, Univ.integer))
    throw new DerError(`inhibitAnyPolicy: expected INTEGER, found ${describeTag(t)}`);
  return { summary: [`skipCerts: ${skipCerts(t, 'inhibitAnyPolicy')}`] };
};

export const decodePolicyConstraints = (value: Uint8Array): Decoded => {
  const c = Cursor.of(parseDer(value), Univ.sequence, 'policyConstraints');
  const summary: string[] = [];
  const require = c.optionalContext(0);
  if (require) summary.push(`requireExplicitPolicy: ${skipCerts(require, 'requireExplicitPolicy')}`);
  const inhibit = c.optionalContext(1);
  if (inhibit) summary.push(`inhibitPolicyMapping: ${skipCerts(inhibit, 'inhibitPolicyMapping')}`);
  c.end();
  if (summary.length === 0) throw new DerError('policyConstraints: empty');
  return { summary };
};

export const decodePolicyMappings = (value: Uint8Array): Decoded => {
  const c = Cursor.of(parseDer(value), Univ.sequence, 'policyMappings');
  const summary: string[] = [];
  while (c.remaining() > 0) {
    const m = Cursor.of(c.next('mapping'), Univ.sequence, 'policy mapping');
    const from = readOid(m.next('issuerDomainPolicy'), 'issuerDomainPolicy');
    const to = readOid(m.next('subjectDomainPolicy'), 'subjectDomainPolicy');
    m.end();
    summary.push(`${from} → ${to}`);
  }
  if (summary.length === 0) throw new DerError('policyMappings: empty');
  return { summary };
};
