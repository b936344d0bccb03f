/** What path building and validation need of one certificate, derived once from its parse. */
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { childrenOf, DerError, type Tlv } from '../../../shared/asn1/tlv.js';
import { bigIntOf, readBoolean, readOctetString, readOid } from '../../../shared/asn1/values.js';
import {
  certificateExtension,
  derivedOnce,
  readCertificate,
  type ParsedCertificate,
  type ReadingOf,
  type SharedExtensionOid,
} from '../certificate/index.js';
import { toHex } from '../../../shared/asn1/hex.js';
import { decodeName } from '../describe/distinguished-name.js';
import {
  acceptedValue,
  acceptedView,
  EXT,
  type BasicConstraints,
  type DistributionPoint,
  type NameConstraints,
  type PolicyConstraints,
  type PolicyMapping,
} from './cert-extensions.js';
import type { GeneralNameValue } from './general-names.js';
import { emailAttributes, nameEquals, nameId, readNameKey, type NameKey } from './name-key.js';

/** `index`: the position in the Extensions list, the key of the shared decoding memo. */
export type RawExtension = { critical: boolean; value: Uint8Array; index: number };

export type CertFacts = {
  der: Uint8Array;
  sha256: string;
  parsed: ParsedCertificate;
  subject: NameKey;
  issuer: NameKey;
  /** nameId of subject and issuer: the keys of the issuer index (path building looks issuers up by name). */
  subjectId: string;
  issuerId: string;
  subjectText: string;
  serial: bigint;
  selfIssued: boolean;
  extensions: ReadonlyMap<string, RawExtension>;
  basicConstraints: BasicConstraints | null;
  keyUsage: ReadonlySet<number> | null;
  subjectKeyId: string | null;
  authorityKeyId: string | null;
  /** null: no certificatePolicies extension. */
  policies: string[] | null;
  policyMappings: PolicyMapping[] | null;
  policyConstraints: PolicyConstraints | null;
  inhibitAnyPolicy: number | null;
  nameConstraints: NameConstraints | null;
  subjectAltNames: GeneralNameValue[];
  subjectEmails: string[];
  distributionPoints: DistributionPoint[] | null;
  /** An extension we act on could not be decoded: the certificate cannot be validated. */
  extensionError: string | null;
};

const readExtensions = (t: Tlv | null): Map<string, RawExtension> => {
  const out = new Map<string, RawExtension>();
  if (!t) return out;
  for (const [index, e] of childrenOf(t).entries()) {
    const c = Cursor.of(e, Univ.sequence, 'extension');
    const oid = readOid(c.next('extnID'), 'extnID');
    const critTlv = c.optionalUniversal(Univ.boolean);
    const value = readOctetString(c.next('extnValue'), 'extnValue');
    // A duplicate replaces the earlier one: the last occurrence is the one validated.
    out.set(oid, { critical: critTlv ? readBoolean(critTlv, 'critical') : false, value, index });
  }
  return out;
};

/**
 * Decodes extension `oid` with `read`; a decoding failure is recorded, not thrown. The
 * extensions describe shows too are decoded once for both (certificate/extensions).
 */
const decoder = (exts: Map<string, RawExtension>, errors: string[]) => {
  return <T>(oid: string, read: (v: Uint8Array, index: number) => T): T | null => {
    const e = exts.get(oid);
    if (!e) return null;
    try {
      return read(e.value, e.index);
    } catch (error) {
      if (!(error instanceof DerError)) throw error;
      errors.push(`extension ${oid}: ${error.message}`);
      return null;
    }
  };
};

const hexOrNull = (bytes: Uint8Array | null): string | null => (bytes ? toHex(bytes) : null);

/** Short display of a name (its RFC 4514 text). */
const displayName = (t: Tlv): string => {
  try {
    return decodeName(t).text;
  } catch (e) {
    if (!(e instanceof DerError)) throw e;
    return '(unreadable name)';
  }
};

/** Null when a name or the extension list cannot be read at all. */
const factsOf = derivedOnce((parsed: ParsedCertificate): CertFacts | null => {
  try {
    const subject = readNameKey(parsed.subject);
    const issuer = readNameKey(parsed.issuer);
    const exts = readExtensions(parsed.extensions);
    const errors: string[] = [];
    const read = decoder(exts, errors);
    const shared = <O extends SharedExtensionOid>(oid: O) => ({
      oid,
      reading: (v: Uint8Array, index: number): ReadingOf<O> => certificateExtension(parsed, index, oid, v),
    });
    const bc = shared(EXT.basicConstraints);
    const ku = shared(EXT.keyUsage);
    const ski = shared(EXT.subjectKeyId);
    const aki = shared(EXT.authorityKeyId);
    const cp = shared(EXT.certificatePolicies);
    const pm = shared(EXT.policyMappings);
    const pc = shared(EXT.policyConstraints);
    const iap = shared(EXT.inhibitAnyPolicy);
    const san = shared(EXT.subjectAltName);
    const nc = shared(EXT.nameConstraints);
    const cdp = shared(EXT.crlDistributionPoints);
    return {
      der: parsed.der,
      sha256: parsed.sha256,
      parsed,
      subject,
      issuer,
      subjectId: nameId(subject),
      issuerId: nameId(issuer),
      subjectText: displayName(parsed.subject),
      serial: bigIntOf(parsed.serial),
      selfIssued: nameEquals(subject, issuer),
      extensions: exts,
      basicConstraints: read(bc.oid, (v, i) => acceptedValue(bc.reading(v, i))),
      keyUsage: read(ku.oid, (v, i) => new Set(acceptedValue(ku.reading(v, i)))),
      subjectKeyId: read(ski.oid, (v, i) => toHex(acceptedValue(ski.reading(v, i)))),
      authorityKeyId: read(aki.oid, (v, i) => hexOrNull(acceptedValue(aki.reading(v, i)).keyId)),
      policies: read(cp.oid, (v, i) => acceptedValue(cp.reading(v, i)).map((p) => p.oid)),
      policyMappings: read(pm.oid, (v, i) => acceptedValue(pm.reading(v, i))),
      policyConstraints: read(pc.oid, (v, i) => acceptedValue(pc.reading(v, i))),
      inhibitAnyPolicy: read(iap.oid, (v, i) => acceptedValue(iap.reading(v, i))),
      nameConstraints: read(nc.oid, (v, i) => acceptedView(nc.reading(v, i))),
      subjectAltNames: read(san.oid, (v, i) => acceptedView(san.reading(v, i))) ?? [],
      subjectEmails: emailAttributes(parsed.subject),
      distributionPoints: read(cdp.oid, (v, i) => acceptedView(cdp.reading(v, i))),
      extensionError: errors.length > 0 ? errors.join('; ') : null,
    };
  } catch (e) {
    if (e instanceof DerError) return null;
    throw e;
  }
});

/** Null when the bytes are not a certificate we can read at all. */
export const certFacts = (der: Uint8Array): CertFacts | null => {
  const parsed = readCertificate(der);
  return parsed.ok ? factsOf(parsed.value) : null;
};

export const isCa = (c: CertFacts): boolean => c.basicConstraints?.ca === true;
