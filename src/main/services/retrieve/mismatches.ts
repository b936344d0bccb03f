import { expectedProfile } from '../../../shared/igc-sante/profile.js';
import type { CertificateView } from '../../../shared/model/certificate.js';
import type { IgcSanteInfo } from '../../../shared/model/igc-sante.js';
import type { DistinguishedName } from '../../../shared/model/names.js';
import type { Order } from '../../../shared/model/order.js';
import type { IssueMismatch } from '../../../shared/model/retrieve.js';

/**
 * Names compared attribute by attribute in DER order, values trimmed and case-folded: the
 * platform may re-encode a string type (PrintableString → UTF8String) without changing
 * what the name says, and a multi-valued RDN is compared as a set.
 */
const normalisedName = (dn: DistinguishedName): string =>
  JSON.stringify(
    dn.rdns.map((rdn) =>
      rdn.map((a) => `${a.oid}=${a.value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()}`).sort(),
    ),
  );

export const sameName = (a: DistinguishedName, b: DistinguishedName): boolean =>
  normalisedName(a) === normalisedName(b);

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

/** keyUsage exactly as the profile says; every expected extendedKeyUsage present. */
const usageFits = (cert: CertificateView, product: Order['product']): boolean => {
  const profile = expectedProfile(product);
  const ekus = cert.extendedKeyUsage.map((e) => e.oid);
  return sameSet(cert.keyUsage, profile.keyUsage) && profile.extKeyUsage.every((e) => ekus.includes(e.oid));
};

export type MismatchInput = {
  cert: CertificateView;
  info: IgcSanteInfo | null;
  order: Order;
  /** The subject of the order's CSR, null when the order has none to compare with. */
  csrSubject: DistinguishedName | null;
  now: Date;
};

/** How an issued certificate differs from the order its key belongs to (empty: as ordered). */
export const findMismatches = ({ cert, info, order, csrSubject, now }: MismatchInput): IssueMismatch[] => {
  const out: IssueMismatch[] = [];
  if (info === null) out.push('not-igc-sante');
  else {
    if (info.product !== order.product) out.push('product');
    if (info.environment !== order.environment) out.push('environment');
  }
  if (csrSubject !== null && !sameName(csrSubject, cert.subject)) out.push('subject');
  if (!usageFits(cert, order.product)) out.push('key-usage');
  if (Date.parse(cert.notAfter) <= now.getTime()) out.push('expired');
  return out;
};
