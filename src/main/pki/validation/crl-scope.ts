/**
 * Does a CRL cover a certificate through one of its distribution points? RFC 5280 §6.3.3
 * (b)-(d): CRL issuer, indirect CRLs, issuingDistributionPoint names, onlyContains… flags
 * and reason partitions.
 */
import type { DistributionPoint, Reasons } from './cert-extensions.js';
import { isCa, type CertFacts } from './cert-facts.js';
import type { CrlFacts } from './crl-facts.js';
import { dpNames, type GeneralNameValue } from './general-names.js';
import { nameEquals, type NameKey } from './name-key.js';

/** Reason flags keyCompromise (1) … aACompromise (8): what "all reasons" means. */
export const ALL_REASONS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8];

/** The distribution point RFC 5280 assumes when a certificate has none: its issuer's CRL. */
export const IMPLICIT_DP: DistributionPoint = { name: null, reasons: null, crlIssuer: null };

const generalNameEquals = (a: GeneralNameValue, b: GeneralNameValue): boolean => {
  if (a.type === 'dn' && b.type === 'dn') return nameEquals(a.name, b.name);
  if (a.type === 'ip' && b.type === 'ip')
    return a.bytes.length === b.bytes.length && a.bytes.every((x, i) => x === b.bytes[i]);
  if ((a.type === 'email' || a.type === 'dns' || a.type === 'uri') && a.type === b.type)
    return a.value === b.value;
  return false; // otherName and the forms nobody uses are never the same name here
};

const overlap = (a: GeneralNameValue[], b: GeneralNameValue[]): boolean =>
  a.some((x) => b.some((y) => generalNameEquals(x, y)));

const dnsOf = (names: GeneralNameValue[]): NameKey[] =>
  names.flatMap((n) => (n.type === 'dn' ? [n.name] : []));

const intersectReasons = (a: Reasons, b: Reasons): number[] =>
  ALL_REASONS.filter((r) => (a === null || a.has(r)) && (b === null || b.has(r)));

/**
 * The reasons `crl` covers for `cert` through `dp` (an empty list when it does not apply),
 * or a message when it would apply but is not allowed to.
 */
export const crlScope = (crl: CrlFacts, cert: CertFacts, dp: DistributionPoint): number[] | string => {
  if (dp.crlIssuer) {
    if (!dnsOf(dp.crlIssuer).some((n) => nameEquals(n, crl.issuer))) return [];
    if (!crl.idp?.indirect) return 'the CRL named by cRLIssuer is not marked indirect';
  } else if (!nameEquals(crl.issuer, cert.issuer)) return [];
  const idp = crl.idp;
  if (idp?.name) {
    const idpNames = dpNames(idp.name, crl.issuer);
    const dpIssuer = dp.crlIssuer ? (dnsOf(dp.crlIssuer)[0] ?? cert.issuer) : cert.issuer;
    const certNames = dp.name ? dpNames(dp.name, dpIssuer) : (dp.crlIssuer ?? []);
    if (!overlap(idpNames, certNames)) return [];
  }
  if (idp?.onlyUser && isCa(cert)) return [];
  if (idp?.onlyCa && !isCa(cert)) return [];
  if (idp?.onlyAttribute) return [];
  return intersectReasons(dp.reasons, idp?.onlySomeReasons ?? null);
};

/** A delta CRL for `base`: same issuer and scope, and built on it or an older base. */
export const isDeltaFor = (delta: CrlFacts, base: CrlFacts): boolean =>
  delta.deltaBase !== null &&
  base.crlNumber !== null &&
  delta.deltaBase <= base.crlNumber &&
  (delta.crlNumber === null || delta.crlNumber > base.crlNumber) &&
  nameEquals(delta.issuer, base.issuer) &&
  (delta.idp?.hex ?? null) === (base.idp?.hex ?? null);
