/** certificatePolicies (RFC 5280 4.2.1.4), with CPS and user-notice qualifiers checked. */
import { Cursor } from '../../../../shared/asn1/cursor.js';
import { Univ } from '../../../../shared/asn1/tags.js';
import {
  contents,
  DerError,
  describeTag,
  isUniversal,
  parseDer,
  type Tlv,
} from '../../../../shared/asn1/tlv.js';
import { readIa5, readOid, readSmallInt, readString } from '../../../../shared/asn1/values.js';
import type { Decoded } from './types.js';

const CPS = '1.3.6.1.5.5.7.2.1';
const USER_NOTICE = '1.3.6.1.5.5.7.2.2';
const ANY_POLICY = '2.5.29.32.0';

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

export const decodeCertificatePolicies = (value: Uint8Array): Decoded => {
  const c = Cursor.of(parseDer(value), Univ.sequence, 'certificatePolicies');
  if (c.remaining() === 0) throw new DerError('certificatePolicies: empty');
  const policies: string[] = [];
  const summary: string[] = [];
  while (c.remaining() > 0) {
    const info = Cursor.of(c.next('policy'), Univ.sequence, 'PolicyInformation');
    const oid = readOid(info.next('policyIdentifier'), 'policyIdentifier');
    policies.push(oid);
    summary.push(oid === ANY_POLICY ? `${oid} (anyPolicy)` : oid);
    const quals = info.optionalUniversal(Univ.sequence);
    info.end();
    if (quals) {
      const q = new Cursor(quals, 'policyQualifiers');
      if (q.remaining() === 0) throw new DerError('policyQualifiers: empty');
      while (q.remaining() > 0) summary.push(`  ${qualifier(q.next('qualifier'))}`);
    }
  }
  return { summary, facts: { policies } };
};
