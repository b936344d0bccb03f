/** GeneralName values in the forms path validation compares (RFC 5280 §4.2.1.6). */
import { TagClass } from '../../../shared/asn1/tags.js';
import { childrenOf, contents, DerError, type Tlv } from '../../../shared/asn1/tlv.js';
import { readIa5 } from '../../../shared/asn1/values.js';
import { readNameKey, readRdn, type NameKey } from './name-key.js';

export type GeneralNameValue =
  | { type: 'dn'; name: NameKey }
  | { type: 'email' | 'dns' | 'uri'; value: string }
  /** Forms we do not compare (otherName, IP, x400…): the tag number keeps them apart. */
  | { type: 'other'; tag: number };

export const readGeneralName = (t: Tlv): GeneralNameValue => {
  if (t.tagClass !== TagClass.context) throw new DerError('GeneralName: not a context tag');
  switch (t.tagNumber) {
    case 1:
      return { type: 'email', value: readIa5(contents(t)) };
    case 2:
      return { type: 'dns', value: readIa5(contents(t)) };
    case 4: {
      const inner = childrenOf(t);
      if (inner.length !== 1) throw new DerError('directoryName: expected one Name');
      return { type: 'dn', name: readNameKey(inner[0] as Tlv) };
    }
    case 6:
      return { type: 'uri', value: readIa5(contents(t)) };
    default:
      return { type: 'other', tag: t.tagNumber };
  }
};

export const readGeneralNames = (t: Tlv): GeneralNameValue[] => childrenOf(t).map(readGeneralName);

/** DistributionPointName: fullName [0] or nameRelativeToCRLIssuer [1], both IMPLICIT. */
export type DpName = { full: GeneralNameValue[] } | { relative: readonly string[] };

export const readDpName = (t: Tlv): DpName => {
  const inner = childrenOf(t);
  const [choice] = inner;
  if (inner.length !== 1 || !choice) throw new DerError('distributionPoint: expected one name');
  if (choice.tagNumber === 0) return { full: readGeneralNames(choice) };
  if (choice.tagNumber === 1) {
    // [1] IMPLICIT RelativeDistinguishedName: re-read the attributes as a SET.
    return { relative: readRdn(choice.retagged(TagClass.universal, 17)) };
  }
  throw new DerError('distributionPoint: unknown name form');
};

/** The names a DistributionPointName stands for, `issuer` completing a relative name. */
export const dpNames = (name: DpName, issuer: NameKey): GeneralNameValue[] =>
  'full' in name ? name.full : [{ type: 'dn', name: [...issuer, name.relative] }];
