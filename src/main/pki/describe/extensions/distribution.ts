/** cRLDistributionPoints / freshestCRL, issuingDistributionPoint, AIA / SIA. */
import type { GeneralName } from '../../../../shared/model/names.js';
import { Cursor } from '../../../../shared/asn1/cursor.js';
import { Univ } from '../../../../shared/asn1/tags.js';
import {
  childrenOf,
  contents,
  DerError,
  describeTag,
  isContext,
  parseDer,
  type Tlv,
} from '../../../../shared/asn1/tlv.js';
import { readBitString, readOid, setBits } from '../../../../shared/asn1/values.js';
import { relativeNameText } from '../distinguished-name.js';
import { decodeGeneralName, decodeGeneralNames, generalNameText } from '../general-names.js';
import { ExtOid } from '../../asn1/oids.js';
import { sharedDecoder } from './shared-views.js';
import type { Decoded, ExtensionDecoder } from './types.js';

const REASON_FLAGS = [
  'unused',
  'keyCompromise',
  'cACompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
  'certificateHold',
  'privilegeWithdrawn',
  'aACompromise',
];

const reasonFlags = (t: Tlv, what: string): string => {
  if (t.constructed) throw new DerError(`${what}: must be primitive`);
  // Re-tag as BIT STRING to reuse the checks: IMPLICIT keeps the same contents.
  const bits = setBits(readBitString(t.retagged(0, Univ.bitString), what));
  return bits.map((b) => REASON_FLAGS[b] ?? `bit ${b}`).join(', ');
};

/** DistributionPointName: [0] fullName GeneralNames | [1] nameRelativeToCRLIssuer RDN. */
const distributionPointName = (t: Tlv, names: GeneralName[]): string[] => {
  const inner = childrenOf(t);
  if (inner.length !== 1) throw new DerError('distributionPoint: expected one name');
  const choice = inner[0] as Tlv;
  if (isContext(choice, 0)) {
    const full = decodeGeneralNames(choice, 'fullName');
    names.push(...full);
    return full.map((n) => `  ${generalNameText(n)}`);
  }
  if (isContext(choice, 1)) {
    return [`  relative name: ${relativeNameText(choice)}`];
  }
  throw new DerError(`distributionPoint: unexpected ${describeTag(choice)}`);
};

/**
 * cRLDistributionPoints, or freshestCRL (same syntax). Only the former feeds
 * `crlDistributionPoints`: delta-CRL locations must not pass for the full CRL's. Takes the
 * value's TLV: a certificate's cRLDistributionPoints is parsed once, shared with validation.
 */
export const showDistributionPoints =
  (what: 'cRLDistributionPoints' | 'freshestCRL') =>
  (t: Tlv): Decoded => {
    const c = Cursor.of(t, Univ.sequence, what);
    if (c.remaining() === 0) throw new DerError(`${what}: empty`);
    const summary: string[] = [];
    const names: GeneralName[] = [];
    while (c.remaining() > 0) {
      const dp = Cursor.of(c.next('DistributionPoint'), Univ.sequence, 'DistributionPoint');
      summary.push('distribution point');
      const name = dp.optionalContext(0);
      if (name) summary.push(...distributionPointName(name, names));
      const reasons = dp.optionalContext(1);
      if (reasons) summary.push(`  reasons: ${reasonFlags(reasons, 'reasons')}`);
      const issuer = dp.optionalContext(2);
      if (issuer)
        for (const n of decodeGeneralNames(issuer, 'cRLIssuer'))
          summary.push(`  cRLIssuer: ${generalNameText(n)}`);
      dp.end();
      if (!name && !issuer) throw new DerError('DistributionPoint: needs a name or a cRLIssuer');
    }
    const uris = names.filter((n) => n.type === 'uri').map((n) => n.value);
    return { summary, facts: what === 'cRLDistributionPoints' ? { crlDistributionPoints: uris } : {} };
  };

/** freshestCRL is read by describe only; cRLDistributionPoints is shared with path validation. */
export const decodeDistributionPoints =
  (what: 'cRLDistributionPoints' | 'freshestCRL'): ExtensionDecoder =>
  (value) =>
    what === 'freshestCRL'
      ? showDistributionPoints(what)(parseDer(value))
      : sharedDecoder(ExtOid.cRLDistributionPoints)(value);

const flag = (t: Tlv, what: string): boolean => {
  const v = contents(t);
  if (t.constructed || v.length !== 1) throw new DerError(`${what}: bad BOOLEAN`);
  return v[0] !== 0;
};

export const decodeIssuingDistributionPoint = (value: Uint8Array): Decoded => {
  const c = Cursor.of(parseDer(value), Univ.sequence, 'issuingDistributionPoint');
  const summary: string[] = [];
  const name = c.optionalContext(0);
  if (name) summary.push('distribution point', ...distributionPointName(name, []));
  const flags: [number, string][] = [
    [1, 'onlyContainsUserCerts'],
    [2, 'onlyContainsCACerts'],
  ];
  for (const [n, label] of flags) {
    const t = c.optionalContext(n);
    if (t && flag(t, label)) summary.push(label);
  }
  const reasons = c.optionalContext(3);
  if (reasons) summary.push(`onlySomeReasons: ${reasonFlags(reasons, 'onlySomeReasons')}`);
  for (const [n, label] of [
    [4, 'indirectCRL'],
    [5, 'onlyContainsAttributeCerts'],
  ] as const) {
    const t = c.optionalContext(n);
    if (t && flag(t, label)) summary.push(label);
  }
  c.end();
  return { summary };
};

const ACCESS_METHODS: Record<string, string> = {
  '1.3.6.1.5.5.7.48.1': 'OCSP',
  '1.3.6.1.5.5.7.48.2': 'caIssuers',
  '1.3.6.1.5.5.7.48.3': 'timeStamping',
  '1.3.6.1.5.5.7.48.5': 'caRepository',
};

export const decodeInfoAccess =
  (what: string) =>
  (value: Uint8Array): Decoded => {
    const c = Cursor.of(parseDer(value), Univ.sequence, what);
    if (c.remaining() === 0) throw new DerError(`${what}: empty`);
    const summary: string[] = [];
    const ocsp: string[] = [];
    const caIssuers: string[] = [];
    while (c.remaining() > 0) {
      const ad = Cursor.of(c.next('AccessDescription'), Univ.sequence, 'AccessDescription');
      const method = readOid(ad.next('accessMethod'), 'accessMethod');
      const location = decodeGeneralName(ad.next('accessLocation'));
      ad.end();
      summary.push(`${ACCESS_METHODS[method] ?? method} - ${generalNameText(location)}`);
      if (location.type === 'uri' && method === '1.3.6.1.5.5.7.48.1') ocsp.push(location.value);
      if (location.type === 'uri' && method === '1.3.6.1.5.5.7.48.2') caIssuers.push(location.value);
    }
    return { summary, facts: what === 'authorityInfoAccess' ? { ocsp, caIssuers } : {} };
  };
