/** CRL side of a check: pick the distribution points, fetch base + delta, look the serial up. */
import type { IssuerInfo, SubjectInfo } from '../../pki/revocation/index.js';
import { errorText, findSerialInCrl, type Revocation } from '../../pki/revocation/index.js';
import type { CrlSource } from './crl-source.js';
import type { CrlSet, RevocationCheck, VerifiedCrl } from '../../pki/revocation/index.js';

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

/** Serial lookup in the delta first (it is newer), then in the base. */
const lookup = (set: CrlSet, serial: Uint8Array): { hit: Revocation | null; from: VerifiedCrl } => {
  const base = set.base as VerifiedCrl;
  if (set.delta) {
    const hit = findSerialInCrl(set.delta.der, serial);
    if (hit) return { hit, from: set.delta };
  }
  return { hit: findSerialInCrl(base.der, serial), from: base };
};

export const statusFromCrls = (set: CrlSet, subject: SubjectInfo): RevocationCheck => {
  const notes = [...set.notes];
  if (!set.base) {
    const why = notes.length > 0 ? notes.join('; ') : 'no usable CRL';
    return { status: 'unknown', source: 'crl', detail: `no usable CRL: ${why}`, notes };
  }
  let found: { hit: Revocation | null; from: VerifiedCrl };
  try {
    found = lookup(set, subject.serial);
  } catch (e) {
    return { status: 'unknown', source: 'crl', detail: `CRL entries unreadable: ${errorText(e)}`, notes };
  }
  const { hit, from } = found;
  const where = `${from.delta ? 'delta CRL' : 'CRL'} ${from.url} (thisUpdate ${from.thisUpdate}${from.fromCache ? ', cached' : ''})`;
  // removeFromCRL in a delta lifts a certificateHold listed in the base.
  if (!hit || hit.reason === 'removeFromCRL')
    return {
      status: 'good',
      source: 'crl',
      detail: `serial ${subject.serialHex} not listed in ${where}`,
      notes,
    };
  const revoked: RevocationCheck = {
    status: 'revoked',
    revokedAt: hit.revokedAt,
    source: 'crl',
    detail: `serial ${subject.serialHex} revoked on ${hit.revokedAt} per ${where}`,
    notes,
  };
  if (hit.reason) revoked.reason = hit.reason;
  return revoked;
};
