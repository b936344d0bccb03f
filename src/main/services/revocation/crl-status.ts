/** CRL side of a check: pick the distribution points, fetch base + delta, look the serial up. */
import type { IssuerInfo, SubjectInfo } from '../../pki/revocation/index.js';
import type { CrlSource } from './crl-source.js';
import type { CrlSet, RevocationCheck, VerifiedCrl } from '../../pki/revocation/index.js';
import { CRL_REASONS } from '../../pki/describe/index.js';
import { crlVerdict } from '../../pki/validation/index.js';

const isLdap = (url: string): boolean => /^ldaps?:\/\//i.test(url);
const isHttp = (url: string): boolean => /^https?:\/\//i.test(url);

/**
 * The first distribution point that yields a verified, fresh CRL wins: IGC-Santé lists the
 * same CRL over http and LDAP (mirrors, not partitions), so one good copy is enough.
 */
const firstCrl = async (
  urls: string[],
  issuer: IssuerInfo,
  source: CrlSource,
  kind: 'base' | 'delta',
  notes: string[],
): Promise<VerifiedCrl | null> => {
  const label = kind === 'base' ? 'CRL' : 'delta CRL';
  // Noted up front, even when an http copy answers first, so the user sees what was left out.
  for (const url of urls.filter((u) => !isHttp(u)))
    notes.push(`${label} at ${url} skipped: ${isLdap(url) ? 'LDAP is not fetched' : 'unsupported scheme'}`);
  for (const url of urls.filter(isHttp)) {
    const got = await source.fetch(url, issuer, kind);
    if (got.ok) return got.value;
    notes.push(got.error);
  }
  return null;
};

export const collectCrls = async (
  subject: Pick<SubjectInfo, 'crlUrls' | 'deltaUrls'>,
  issuer: IssuerInfo,
  source: CrlSource,
): Promise<CrlSet> => {
  const notes: string[] = [];
  if (subject.crlUrls.length === 0) {
    notes.push('the certificate has no cRLDistributionPoints');
    return { base: null, delta: null, notes };
  }
  const base = await firstCrl(subject.crlUrls, issuer, source, 'base', notes);
  if (!base || subject.deltaUrls.length === 0) return { base, delta: null, notes };
  let delta = await firstCrl(subject.deltaUrls, issuer, source, 'delta', notes);
  if (delta) {
    const baseNumber = base.crlNumber === null ? null : BigInt(base.crlNumber);
    const deltaBase = delta.deltaBase === null ? null : BigInt(delta.deltaBase);
    // RFC 5280 5.2.4: a delta applies to a base whose number is at least its BaseCRLNumber.
    if (baseNumber === null || deltaBase === null || deltaBase > baseNumber) {
      notes.push(`delta CRL at ${delta.url} does not apply to the CRL we hold: ignored`);
      delta = null;
    }
  }
  return { base, delta, notes };
};

/**
 * The certificate's status in the CRLs collected for its issuer. What a CRL means (scope,
 * signature, freshness, deltas, removeFromCRL, critical extensions) is the path validation
 * engine's call, the same as in `vigie verify`: this side fetched, verified and cached them.
 */
export const statusFromCrls = async (
  set: CrlSet,
  subject: SubjectInfo,
  cert: { der: Uint8Array; issuer: IssuerInfo; at: Date; skewMs: number },
): Promise<RevocationCheck> => {
  const notes = [...set.notes];
  if (!set.base) {
    const why = notes.length > 0 ? notes.join('; ') : 'no usable CRL';
    return { status: 'unknown', source: 'crl', detail: `no usable CRL: ${why}`, notes };
  }
  const { base, delta } = set;
  const verdict = await crlVerdict({
    cert: cert.der,
    issuer: cert.issuer.der,
    crls: delta ? [base.der, delta.der] : [base.der],
    at: cert.at,
    skewMs: cert.skewMs,
  });
  const where =
    `CRL ${base.url} (thisUpdate ${base.thisUpdate}${base.fromCache ? ', cached' : ''})` +
    (delta ? ` and delta CRL ${delta.url}` : '');
  if (verdict.status === 'undetermined')
    return { status: 'unknown', source: 'crl', detail: `${verdict.message} (${where})`, notes };
  if (verdict.status === 'good')
    return {
      status: 'good',
      source: 'crl',
      detail: `serial ${subject.serialHex} not listed in ${where}`,
      notes,
    };
  const revokedAt = verdict.revokedAt.toISOString();
  const revoked: RevocationCheck = {
    status: 'revoked',
    revokedAt,
    source: 'crl',
    detail: `serial ${subject.serialHex} revoked on ${revokedAt} per ${where}`,
    notes,
  };
  // CRLReason names (RFC 5280 §5.3.1), as the drawer and reports show them.
  const reason = verdict.reason === null ? undefined : CRL_REASONS[verdict.reason];
  if (reason) revoked.reason = reason;
  return revoked;
};
