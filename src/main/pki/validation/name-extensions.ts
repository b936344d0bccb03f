/**
 * Path validation's readings of the extensions made of GeneralNames: what it always accepted.
 * They take the value's TLV: certificate/extensions parses it once for describe and for them.
 */
import { Univ } from '../../../shared/asn1/tags.js';
import { childrenOf, contents, DerError, isContext, type Tlv } from '../../../shared/asn1/tlv.js';
import { readBitString, setBits } from '../../../shared/asn1/values.js';
import {
  readDpName,
  readGeneralName,
  readGeneralNames,
  type DpName,
  type GeneralNameValue,
} from './general-names.js';
import { isWellFormedBase } from './general-name-syntax.js';

export type NameConstraints = { permitted: GeneralNameValue[] | null; excluded: GeneralNameValue[] };

/**
 * GeneralSubtree: its base, well formed for its form (general-name-syntax.ts). RFC 5280 fixes
 * minimum at 0 and leaves maximum out; a subtree that sets either means something this
 * profile does not define, so the constraint is refused rather than read as wider.
 */
const readSubtrees = (t: Tlv): GeneralNameValue[] =>
  childrenOf(t).map((subtree) => {
    const [baseTlv, ...bounds] = childrenOf(subtree);
    if (!baseTlv) throw new DerError('GeneralSubtree: missing base');
    for (const b of bounds)
      if (!isContext(b, 0) || readUnsignedOf(b) !== 0)
        throw new DerError('GeneralSubtree: a minimum other than 0 or a maximum');
    const base = readGeneralName(baseTlv);
    if (!isWellFormedBase(base)) throw new DerError(`name constraint: malformed ${base.type} subtree`);
    return base;
  });

/** minimum [0] IMPLICIT INTEGER: its value (a length beyond what is sane reads as not 0). */
const readUnsignedOf = (t: Tlv): number => {
  const bytes = contents(t);
  return bytes.length === 1 ? (bytes[0] as number) : -1;
};

/** Path validation's reading of a nameConstraints value (its TLV, parsed by the shared decoder). */
export const readNameConstraints = (nc: Tlv): NameConstraints => {
  let permitted: GeneralNameValue[] | null = null;
  let excluded: GeneralNameValue[] = [];
  for (const t of childrenOf(nc)) {
    if (isContext(t, 0)) permitted = readSubtrees(t);
    else if (isContext(t, 1)) excluded = readSubtrees(t);
    else throw new DerError('nameConstraints: unexpected field');
  }
  return { permitted, excluded };
};

export const readSubjectAltName = (san: Tlv): GeneralNameValue[] => readGeneralNames(san);

/** Reason flags bits 1..8 (bit 0 is unused); `null` means all reasons. */
export type Reasons = ReadonlySet<number> | null;

export type DistributionPoint = {
  name: DpName | null;
  reasons: Reasons;
  crlIssuer: GeneralNameValue[] | null;
};

export const readReasons = (t: Tlv): Set<number> => {
  const bits = readBitString(t.retagged(0, Univ.bitString), 'ReasonFlags');
  return new Set(setBits(bits));
};

export const readCrlDistributionPoints = (dps: Tlv): DistributionPoint[] =>
  childrenOf(dps).map((dp) => {
    const out: DistributionPoint = { name: null, reasons: null, crlIssuer: null };
    for (const f of childrenOf(dp)) {
      if (isContext(f, 0)) out.name = readDpName(f);
      else if (isContext(f, 1)) out.reasons = readReasons(f);
      else if (isContext(f, 2)) out.crlIssuer = readGeneralNames(f);
      else throw new DerError('DistributionPoint: unexpected field');
    }
    return out;
  });
