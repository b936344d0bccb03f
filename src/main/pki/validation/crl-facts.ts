/** One CRL decoded once into what revocation checking (RFC 5280 §6.3) needs. */
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { childrenOf, DerError, isContext, parseDer, type Tlv } from '../../../shared/asn1/tlv.js';
import {
  bigIntOf,
  integerBytes,
  readBigInt,
  readBoolean,
  readOctetString,
  readOid,
  readSmallInt,
} from '../../../shared/asn1/values.js';
import { toHex } from '../../../shared/asn1/hex.js';
import { readTime } from '../../../shared/asn1/time.js';
import { objectMemo } from '../certificate/index.js';
import { ExtOid } from '../asn1/oids.js';
import { parseCrl, type ParsedCrl } from '../describe/crl-parser.js';
import { readAuthorityKeyId, readReasons, type Reasons } from './cert-extensions.js';
import { readDpName, readGeneralNames, type DpName } from './general-names.js';
import { readNameKey, type NameKey } from './name-key.js';

const CRL_EXT = {
  crlNumber: ExtOid.cRLNumber,
  deltaIndicator: ExtOid.deltaCRLIndicator,
  issuingDistributionPoint: ExtOid.issuingDistributionPoint,
  authorityKeyId: ExtOid.authorityKeyIdentifier,
  issuerAltName: ExtOid.issuerAltName,
  freshestCrl: ExtOid.freshestCRL,
} as const;

const ENTRY_EXT = {
  reasonCode: ExtOid.reasonCode,
  invalidityDate: ExtOid.invalidityDate,
  certificateIssuer: ExtOid.certificateIssuer,
};

export const REASON = { certificateHold: 6, removeFromCrl: 8 } as const;

export type IssuingDistributionPoint = {
  name: DpName | null;
  onlyUser: boolean;
  onlyCa: boolean;
  onlySomeReasons: Reasons;
  indirect: boolean;
  onlyAttribute: boolean;
  /** The DER, to compare the scope of a delta CRL with its base. */
  hex: string;
};

export type CrlEntry = { serial: bigint; issuer: NameKey; reason: number | null; revokedAt: Date };

export type CrlFacts = {
  der: Uint8Array;
  parsed: ParsedCrl;
  issuer: NameKey;
  crlNumber: bigint | null;
  /** BaseCRLNumber when this is a delta CRL. */
  deltaBase: bigint | null;
  idp: IssuingDistributionPoint | null;
  authorityKeyId: string | null;
  entries: CrlEntry[];
  /** The entries for one serial number (an index built on first use: a sweep asks thousands of times). */
  entriesOf(serial: bigint): readonly CrlEntry[];
  /** Why the CRL must not be used (unknown critical extension…), null when usable. */
  unusable: string | null;
};

const NONE: readonly CrlEntry[] = [];

/** Entries by serial, built once per CRL. */
const serialIndex = (entries: readonly CrlEntry[]) => {
  let index: Map<bigint, CrlEntry[]> | null = null;
  return (serial: bigint): readonly CrlEntry[] => {
    if (!index) {
      index = new Map();
      for (const e of entries) {
        const list = index.get(e.serial);
        if (list) list.push(e);
        else index.set(e.serial, [e]);
      }
    }
    return index.get(serial) ?? NONE;
  };
};

type Ext = { oid: string; critical: boolean; value: Uint8Array };

const readExts = (t: Tlv | null | undefined): Ext[] =>
  t
    ? childrenOf(t).map((e) => {
        const c = Cursor.of(e, Univ.sequence, 'extension');
        const oid = readOid(c.next('extnID'), 'extnID');
        const crit = c.optionalUniversal(Univ.boolean);
        return {
          oid,
          critical: crit ? readBoolean(crit, 'critical') : false,
          value: readOctetString(c.next('extnValue'), 'extnValue'),
        };
      })
    : [];

const readIdp = (v: Uint8Array): IssuingDistributionPoint => {
  const out: IssuingDistributionPoint = {
    name: null,
    onlyUser: false,
    onlyCa: false,
    onlySomeReasons: null,
    indirect: false,
    onlyAttribute: false,
    hex: toHex(v),
  };
  const flag = (t: Tlv) => readBoolean(t.retagged(0, Univ.boolean), 'IDP flag');
  for (const f of childrenOf(parseDer(v, 'issuingDistributionPoint'))) {
    if (isContext(f, 0)) out.name = readDpName(f);
    else if (isContext(f, 1)) out.onlyUser = flag(f);
    else if (isContext(f, 2)) out.onlyCa = flag(f);
    else if (isContext(f, 3)) out.onlySomeReasons = readReasons(f);
    else if (isContext(f, 4)) out.indirect = flag(f);
    else if (isContext(f, 5)) out.onlyAttribute = flag(f);
    else throw new DerError('issuingDistributionPoint: unexpected field');
  }
  return out;
};

/**
 * Entries in order: in an indirect CRL a certificateIssuer entry extension names the issuer
 * of that entry and of the following ones (RFC 5280 §5.3.3).
 */
const readEntries = (crl: ParsedCrl, issuer: NameKey): { entries: CrlEntry[]; unusable: string | null } => {
  let current = issuer;
  let unusable: string | null = null;
  const entries = crl.entries.map((e) => {
    const c = Cursor.of(e, Univ.sequence, 'revokedCertificate');
    const serial = bigIntOf(integerBytes(c.next('userCertificate'), 'userCertificate'));
    const revokedAt = readTime(c.next('revocationDate'), 'revocationDate');
    const exts = readExts(c.optionalUniversal(Univ.sequence));
    let reason: number | null = null;
    for (const x of exts) {
      if (x.oid === ENTRY_EXT.reasonCode)
        reason = readSmallInt(parseDer(x.value, 'reasonCode'), 'reasonCode', Univ.enumerated);
      else if (x.oid === ENTRY_EXT.certificateIssuer) {
        const dn = readGeneralNames(parseDer(x.value, 'certificateIssuer')).find((n) => n.type === 'dn');
        if (dn?.type === 'dn') current = dn.name;
      } else if (x.critical && x.oid !== ENTRY_EXT.invalidityDate)
        unusable = `unknown critical CRL entry extension ${x.oid}`;
    }
    return { serial, issuer: current, reason, revokedAt };
  });
  return { entries, unusable };
};

/**
 * The facts of the CRL in `der`, decoded once per bytes object: a revocation sweep holds one
 * CRL per issuer and asks about each of its certificates in turn.
 */
const known = objectMemo<Uint8Array, { facts: CrlFacts | null }>();
export const crlFacts = (der: Uint8Array): CrlFacts | null => {
  let memo = known.get(der);
  if (!memo) {
    memo = { facts: readCrlFacts(der) };
    known.set(der, memo);
  }
  return memo.facts;
};

/** Null when the bytes are not a CRL we can read. */
const readCrlFacts = (der: Uint8Array): CrlFacts | null => {
  try {
    const parsed = parseCrl(der);
    const issuer = readNameKey(parsed.issuer);
    let crlNumber: bigint | null = null;
    let deltaBase: bigint | null = null;
    let idp: IssuingDistributionPoint | null = null;
    let authorityKeyId: string | null = null;
    let unusable: string | null = null;
    const known = new Set<string>(Object.values(CRL_EXT));
    const exts = readExts(parsed.extensions);
    for (const x of exts) {
      if (x.oid === CRL_EXT.crlNumber) {
        crlNumber = readBigInt(parseDer(x.value), 'cRLNumber');
        // RFC 5280 §5.2.3: a CRL MUST carry its number, and MUST NOT mark it critical.
        if (x.critical) unusable = 'its cRLNumber is marked critical';
      } else if (x.oid === CRL_EXT.deltaIndicator) deltaBase = readBigInt(parseDer(x.value), 'BaseCRLNumber');
      else if (x.oid === CRL_EXT.issuingDistributionPoint) idp = readIdp(x.value);
      else if (x.oid === CRL_EXT.authorityKeyId) authorityKeyId = readAuthorityKeyId(x.value);
      else if (x.critical && !known.has(x.oid)) unusable = `unknown critical CRL extension ${x.oid}`;
    }
    if (crlNumber === null) unusable ??= 'it has no cRLNumber';
    const read = readEntries(parsed, issuer);
    return {
      der,
      parsed,
      issuer,
      crlNumber,
      deltaBase,
      idp,
      authorityKeyId,
      entries: read.entries,
      entriesOf: serialIndex(read.entries),
      unusable: unusable ?? read.unusable,
    };
  } catch (e) {
    if (e instanceof DerError) return null;
    throw e;
  }
};
