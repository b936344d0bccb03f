/** certificatePolicies (RFC 5280 4.2.1.4), with CPS and user-notice qualifiers checked. */
import { Cursor } from '../../../../shared/asn1/cursor.js';
import { Univ } from '../../../../shared/asn1/tags.js';
import {
  childrenOf,
  contents,
  DerError,
  describeTag,
  isUniversal,
  parseDer,
  type Tlv,
} from '../../../../shared/asn1/tlv.js';
import { readIa5, readOid, readSmallInt, readString } from '../../../../shared/asn1/values.js';
import { readStrictThenLenient, type Reading } from './reading.js';

const CPS = '1.3.6.1.5.5.7.2.1';
const USER_NOTICE = '1.3.6.1.5.5.7.2.2';

/** One PolicyInformation; `qualifiers` are display texts, empty in the lenient reading. */
export type PolicyInformation = { oid: string; qualifiers: string[] };

const DISPLAY_TEXT = new Set<number>([Univ.ia5String, Univ.visibleString, Univ.bmpString, Univ.utf8String]);

const displayText = (t: Tlv, what: string): string => {
  if (t.tagClass !== 0 || !DISPLAY_TEXT.has(t.tagNumber))
    throw new DerError(`${what}: DisplayText expected, found ${describeTag(t)}`);
  return readString(t, what);
};

const userNotice = (t: Tlv): string => {
  // pyca cp_invalid: the unotice qualifier must be a UserNotice SEQUENCE, not a CPS URI.
  const c = Cursor.of(t, Univ.sequence, 'userNotice');
  const parts: string[] = [];
  const ref = c.optionalUniversal(Univ.sequence);
  if (ref) {
    const r = new Cursor(ref, 'noticeRef');
    const org = displayText(r.next('organization'), 'noticeRef organization');
    const numbers = Cursor.of(r.next('noticeNumbers'), Univ.sequence, 'noticeNumbers');
    const nums: number[] = [];
    while (numbers.remaining() > 0)
      nums.push(readSmallInt(numbers.next('noticeNumber', Univ.integer), 'noticeNumber'));
    r.end();
    parts.push(`ref ${org} #${nums.join(',')}`);
  }
  const text = c.peek();
  if (text) {
    parts.push(`"${displayText(c.next('explicitText'), 'explicitText')}"`);
  }
  c.end();
  return `notice: ${parts.join(' ')}`;
};

const qualifier = (t: Tlv): string => {
  const c = Cursor.of(t, Univ.sequence, 'policy qualifier');
  const id = readOid(c.next('policyQualifierId'), 'policyQualifierId');
  const q = c.next('qualifier');
  c.end();
  if (id === CPS) {
    if (!isUniversal(q, Univ.ia5String) || q.constructed)
      throw new DerError(`CPS qualifier should be IA5String, found ${describeTag(q)}`);
    return `CPS: ${readIa5(contents(q))}`;
  }
  if (id === USER_NOTICE) return userNotice(q);
  return `qualifier ${id}`;
};

const strictPolicies = (value: Uint8Array): PolicyInformation[] => {
  const c = Cursor.of(parseDer(value), Univ.sequence, 'certificatePolicies');
  if (c.remaining() === 0) throw new DerError('certificatePolicies: empty');
  const out: PolicyInformation[] = [];
  while (c.remaining() > 0) {
    const info = Cursor.of(c.next('policy'), Univ.sequence, 'PolicyInformation');
    const oid = readOid(info.next('policyIdentifier'), 'policyIdentifier');
    const quals = info.optionalUniversal(Univ.sequence);
    info.end();
    const qualifiers: string[] = [];
    if (quals) {
      const q = new Cursor(quals, 'policyQualifiers');
      if (q.remaining() === 0) throw new DerError('policyQualifiers: empty');
      while (q.remaining() > 0) qualifiers.push(qualifier(q.next('qualifier')));
    }
    out.push({ oid, qualifiers });
  }
  return out;
};

/** What path validation always accepted: the first child of each element as the policy OID. */
const lenientPolicies = (v: Uint8Array): PolicyInformation[] =>
  childrenOf(parseDer(v, 'certificatePolicies')).map((info) => {
    const first = childrenOf(info)[0];
    if (!first) throw new DerError('PolicyInformation: missing policyIdentifier');
    return { oid: readOid(first, 'policyIdentifier'), qualifiers: [] };
  });

export const readCertificatePolicies = (value: Uint8Array): Reading<PolicyInformation[]> =>
  readStrictThenLenient(
    () => strictPolicies(value),
    () => lenientPolicies(value),
  );
