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
  type AuthorityKeyIdentifier,
  type SharedExtensionOid,
} from '../certificate/index.js';
import { toHex } from '../../../shared/asn1/hex.js';
import { nameTextsOf } from '../describe/describe-certificate.js';
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
import { readExtendedKeyUsage } from './usage.js';
import {
  attributeTexts,
  emailAttributes,
  nameId,
  nameKeyOfId,
  readNameKey,
  type NameKey,
} from './name-key.js';

const COMMON_NAME = '2.5.4.3';

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
  /** extendedKeyUsage purposes (OIDs); null: no extension (any purpose). */
  extendedKeyUsage: string[] | null;
  /** Extensions present more than once (their OIDs). */
  duplicateExtensions: string[];
  /** authorityKeyIdentifier with all its fields; null when absent. */
  authorityKey: AuthorityKeyIdentifier | null;
  /** The subject's commonName values, as written. */
  commonNames: string[];
  /** An extension we act on could not be decoded: the certificate cannot be validated. */
  extensionError: string | null;
};

/** The extensions by OID, and the OIDs that occur more than once (RFC 5280 §4.2: MUST NOT). */
const readExtensions = (t: Tlv | null): { map: Map<string, RawExtension>; duplicates: string[] } => {
  const map = new Map<string, RawExtension>();
  const duplicates: string[] = [];
  if (!t) return { map, duplicates };
  for (const [index, e] of childrenOf(t).entries()) {
    const c = Cursor.of(e, Univ.sequence, 'extension');
    const oid = readOid(c.next('extnID'), 'extnID');
    const critTlv = c.optionalUniversal(Univ.boolean);
    const value = readOctetString(c.next('extnValue'), 'extnValue');
    if (map.has(oid)) duplicates.push(oid);
    map.set(oid, { critical: critTlv ? readBoolean(critTlv, 'critical') : false, value, index });
  }
  return { map, duplicates };
};

/**
 * Decodes extension `oid` with `read`; a decoding failure is recorded, not thrown. The
 * extensions describe shows too are decoded once for both (certificate/extensions).
 */
const decoder = (exts: ReadonlyMap<string, RawExtension>, errors: string[]) => {
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

/**
 * Short display of the subject (its RFC 4514 text), from the names describe decodes anyway:
 * an inspected certificate's subject is decoded once for both.
 */
const subjectDisplay = (parsed: ParsedCertificate): string => {
  try {
    return nameTextsOf(parsed).subject;
  } catch (e) {
    if (!(e instanceof DerError)) throw e;
    return '(unreadable name)';
  }
};

/**
 * Facts in two tiers. Path search only needs names, key identifiers and the parse: those
 * are read up front (and a certificate whose names or extension list cannot be read has no
 * facts at all). What path processing acts on (constraints, policies, alternative names,
 * distribution points, the display name) is decoded on first use, so a pool of 25,000
 * file certificates that never lie on a complete path costs its name index only.
 */
class LazyFacts implements CertFacts {
  readonly der: Uint8Array;
  readonly sha256: string;
  readonly subjectId: string;
  readonly issuerId: string;
  readonly selfIssued: boolean;
  readonly #errors: string[] = [];
  #memo: Map<string, unknown> | undefined;
  #exts: Map<string, RawExtension> | undefined;

  constructor(readonly parsed: ParsedCertificate) {
    this.der = parsed.der;
    this.sha256 = parsed.sha256;
    // The name keys themselves are decoded again from these ids when path processing asks.
    this.subjectId = nameId(readNameKey(parsed.subject));
    this.issuerId = nameId(readNameKey(parsed.issuer));
    this.selfIssued = this.subjectId === this.issuerId;
    // The list is read now, as a check: a certificate whose extension list is unreadable has
    // no facts. It is kept only once path processing asks for it (\`extensions\`): most of a
    // 25,000-certificate file is never on a path, and holding each list (a map, an entry
    // and a view per extension) was a fifth of the heap at the 10 MiB limit.
    readExtensions(parsed.extensions);
  }

  get subject(): NameKey {
    return this.#lazy('subject', () => nameKeyOfId(this.subjectId));
  }
  get issuer(): NameKey {
    return this.#lazy('issuer', () => nameKeyOfId(this.issuerId));
  }
  get extensions(): ReadonlyMap<string, RawExtension> {
    this.#exts ??= readExtensions(this.parsed.extensions).map;
    return this.#exts;
  }
  get duplicateExtensions(): string[] {
    return this.#lazy('duplicates', () => readExtensions(this.parsed.extensions).duplicates);
  }
  get authorityKey(): AuthorityKeyIdentifier | null {
    // Its own memo key: #decoded memoises by OID, and authorityKeyId reads the same extension.
    const ext = this.#shared(EXT.authorityKeyId);
    const read = decoder(this.extensions, this.#errors);
    return this.#lazy('authorityKey', () =>
      read(EXT.authorityKeyId, (v, i) => acceptedValue(ext.reading(v, i))),
    );
  }
  get commonNames(): string[] {
    return this.#lazy('commonNames', () => attributeTexts(this.parsed.subject, COMMON_NAME));
  }
  get subjectKeyId(): string | null {
    return this.#decoded(EXT.subjectKeyId, (r) => toHex(acceptedValue(r)));
  }
  get authorityKeyId(): string | null {
    return this.#decoded(EXT.authorityKeyId, (r) => hexOrNull(acceptedValue(r).keyId));
  }

  #shared<O extends SharedExtensionOid>(oid: O) {
    return {
      oid,
      reading: (v: Uint8Array, index: number): ReadingOf<O> =>
        certificateExtension(this.parsed, index, oid, v),
    };
  }

  /** Computed on first use, by key (an extension's OID or a field name). */
  #lazy<T>(key: string, compute: () => T): T {
    this.#memo ??= new Map();
    if (this.#memo.has(key)) return this.#memo.get(key) as T;
    const value = compute();
    this.#memo.set(key, value);
    return value;
  }

  /** A shared extension's reading turned into what validation acts on; null when absent or undecodable. */
  #decoded<O extends SharedExtensionOid, T>(oid: O, view: (reading: ReadingOf<O>) => T): T | null {
    const ext = this.#shared(oid);
    const read = decoder(this.extensions, this.#errors);
    return this.#lazy(oid, () => read(oid, (v, i) => view(ext.reading(v, i))));
  }

  get subjectText(): string {
    return this.#lazy('subjectText', () => subjectDisplay(this.parsed));
  }
  get serial(): bigint {
    return this.#lazy('serial', () => bigIntOf(this.parsed.serial));
  }
  get basicConstraints(): BasicConstraints | null {
    return this.#decoded(EXT.basicConstraints, acceptedValue);
  }
  get keyUsage(): ReadonlySet<number> | null {
    return this.#decoded(EXT.keyUsage, (r) => new Set(acceptedValue(r)));
  }
  get policies(): string[] | null {
    return this.#decoded(EXT.certificatePolicies, (r) => acceptedValue(r).map((p) => p.oid));
  }
  get policyMappings(): PolicyMapping[] | null {
    return this.#decoded(EXT.policyMappings, acceptedValue);
  }
  get policyConstraints(): PolicyConstraints | null {
    return this.#decoded(EXT.policyConstraints, acceptedValue);
  }
  get inhibitAnyPolicy(): number | null {
    return this.#decoded(EXT.inhibitAnyPolicy, acceptedValue);
  }
  get nameConstraints(): NameConstraints | null {
    return this.#decoded(EXT.nameConstraints, acceptedView);
  }
  get subjectAltNames(): GeneralNameValue[] {
    return this.#decoded(EXT.subjectAltName, acceptedView) ?? [];
  }
  get subjectEmails(): string[] {
    return this.#lazy('subjectEmails', () => emailAttributes(this.parsed.subject));
  }
  get distributionPoints(): DistributionPoint[] | null {
    return this.#decoded(EXT.crlDistributionPoints, acceptedView);
  }
  get extendedKeyUsage(): string[] | null {
    const read = decoder(this.extensions, this.#errors);
    return this.#lazy(EXT.extKeyUsage, () => read(EXT.extKeyUsage, readExtendedKeyUsage));
  }
  /** Decodes every extension acted on first: the answer covers all of them. */
  get extensionError(): string | null {
    void [this.basicConstraints, this.keyUsage, this.policies, this.policyMappings, this.extendedKeyUsage];
    void [this.policyConstraints, this.inhibitAnyPolicy, this.nameConstraints];
    void [this.subjectAltNames, this.distributionPoints, this.subjectKeyId, this.authorityKeyId];
    return this.#errors.length > 0 ? this.#errors.join('; ') : null;
  }
}

/** Null when a name or the extension list cannot be read at all. */
const factsOf = derivedOnce((parsed: ParsedCertificate): CertFacts | null => {
  try {
    return new LazyFacts(parsed);
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
