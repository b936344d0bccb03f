/** GeneralName values in the forms path validation compares (RFC 5280 §4.2.1.6). */
import { TagClass } from '../../../shared/asn1/tags.js';
import { childrenOf, contents, DerError, isContext, type Tlv } from '../../../shared/asn1/tlv.js';
import { readIa5, readOid } from '../../../shared/asn1/values.js';
import { readNameKey, readRdn, type NameKey } from './name-key.js';

export type GeneralNameValue =
  | { type: 'dn'; name: NameKey }
  | { type: 'email' | 'dns' | 'uri'; value: string }
  /**
   * iPAddress: 4 or 16 octets in a name, address then mask (8 or 32 octets) in a name
   * constraint; the length is checked where the form is known (see general-name-syntax.ts).
   */
  | { type: 'ip'; bytes: Uint8Array }
  /** otherName: its type-id; validation compares none of them (see name-constraints.ts). */
  | { type: 'othername'; typeId: string }
  /** Forms nobody uses (x400Address, ediPartyName, registeredID): the tag keeps them apart. */
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
    case 7:
      if (t.constructed) throw new DerError('iPAddress: not a primitive OCTET STRING');
      return { type: 'ip', bytes: contents(t) };
    case 0: {
      // otherName ::= SEQUENCE { type-id OBJECT IDENTIFIER, value [0] EXPLICIT ANY }, IMPLICIT.
      const [typeId, value, extra] = childrenOf(t);
      if (!typeId || !value || extra || !isContext(value, 0)) throw new DerError('otherName: malformed');
      return { type: 'othername', typeId: readOid(typeId, 'otherName type-id') };
    }
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
