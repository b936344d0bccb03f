/** policyMappings, policyConstraints and inhibitAnyPolicy (RFC 5280 4.2.1.5, 4.2.1.11, 4.2.1.14). */
import { Cursor } from '../../../../shared/asn1/cursor.js';
import { Univ } from '../../../../shared/asn1/tags.js';
import {
  childrenOf,
  DerError,
  describeTag,
  isContext,
  isUniversal,
  parseDer,
  type Tlv,
} from '../../../../shared/asn1/tlv.js';
import { readImplicitInteger, readOid, readSmallInt } from '../../../../shared/asn1/values.js';
import { readStrictThenLenient, type Finding, type Reading } from './reading.js';

export type PolicyMapping = { issuer: string; subject: string };

const lenientMappings = (v: Uint8Array): PolicyMapping[] =>
  childrenOf(parseDer(v, 'policyMappings')).map((m) => {
    const c = Cursor.of(m, Univ.sequence, 'PolicyMapping');
    const issuer = readOid(c.next('issuerDomainPolicy'), 'issuerDomainPolicy');
    const subject = readOid(c.next('subjectDomainPolicy'), 'subjectDomainPolicy');
    c.end();
    return { issuer, subject };
  });

export const readPolicyMappings = (value: Uint8Array): Reading<PolicyMapping[]> =>
  readStrictThenLenient(
    (findings) => {
      const c = Cursor.of(parseDer(value), Univ.sequence, 'policyMappings');
      const out: PolicyMapping[] = [];
      while (c.remaining() > 0) {
        const m = Cursor.of(c.next('mapping'), Univ.sequence, 'policy mapping');
        const issuer = readOid(m.next('issuerDomainPolicy'), 'issuerDomainPolicy');
        const subject = readOid(m.next('subjectDomainPolicy'), 'subjectDomainPolicy');
        m.end();
        out.push({ issuer, subject });
      }
      if (out.length === 0) findings.push({ code: 'empty', message: 'policyMappings: empty' });
      return out;
    },
    () => lenientMappings(value),
  );

/** SkipCerts; a negative count is a finding (validation uses it as it is). */
const skipCerts = (t: Tlv, what: string, findings: Finding[]): number => {
  const n = Number(readImplicitInteger(t, what));
  if (n < 0) findings.push({ code: 'negative-skip-certs', message: `${what}: negative SkipCerts` });
  return n;
};

export type PolicyConstraints = { requireExplicit: number | null; inhibitMapping: number | null };

/** What path validation always accepted: [0] and [1] in any order and number. */
const lenientConstraints = (v: Uint8Array): PolicyConstraints => {
  const out: PolicyConstraints = { requireExplicit: null, inhibitMapping: null };
  for (const t of childrenOf(parseDer(v, 'policyConstraints'))) {
    if (!isContext(t, 0) && !isContext(t, 1)) throw new DerError('policyConstraints: unexpected field');
    const n = Number(readImplicitInteger(t, 'SkipCerts'));
    if (t.tagNumber === 0) out.requireExplicit = n;
    else out.inhibitMapping = n;
  }
  return out;
};

export const readPolicyConstraints = (value: Uint8Array): Reading<PolicyConstraints> =>
  readStrictThenLenient(
    (findings) => {
      const c = Cursor.of(parseDer(value), Univ.sequence, 'policyConstraints');
      const require = c.optionalContext(0);
      const requireExplicit = require ? skipCerts(require, 'requireExplicitPolicy', findings) : null;
      const inhibit = c.optionalContext(1);
      const inhibitMapping = inhibit ? skipCerts(inhibit, 'inhibitPolicyMapping', findings) : null;
      c.end();
      if (!require && !inhibit) findings.push({ code: 'empty', message: 'policyConstraints: empty' });
      return { requireExplicit, inhibitMapping };
    },
    () => lenientConstraints(value),
  );

/** Validation's small-integer reading refuses what the strict one accepts (non-minimal, huge). */
const smallIntRefusal = (t: Tlv): string | null => {
  try {
    readSmallInt(t, 'inhibitAnyPolicy');
    return null;
  } catch (e) {
    if (!(e instanceof DerError)) throw e;
    return e.message;
  }
};

export const readInhibitAnyPolicy = (value: Uint8Array): Reading<number> => {
  // Set by the strict pass, from the same TLV: the INTEGER is parsed once.
  const validation = { refusal: null as string | null };
  const reading = readStrictThenLenient(
    (findings) => {
      const t = parseDer(value);
      if (!isUniversal(t, Univ.integer))
        throw new DerError(`inhibitAnyPolicy: expected INTEGER, found ${describeTag(t)}`);
      const n = skipCerts(t, 'inhibitAnyPolicy', findings);
      validation.refusal = smallIntRefusal(t);
      return n;
    },
    () => readSmallInt(parseDer(value, 'inhibitAnyPolicy'), 'inhibitAnyPolicy'),
  );
  return validation.refusal === null ? reading : { ...reading, refusal: validation.refusal };
};
