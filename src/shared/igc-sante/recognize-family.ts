import type { Family } from '../model/igc-sante.js';
import type { CertificateView } from '../model/certificate.js';
import type { Usage } from '../catalogue/product-profiles.js';
import { DN_OID } from '../catalogue/oids.js';
import { attrValues, commonName, namesAPerson } from './dn.js';
import type { IgcCaName } from './ca-names.js';
import type { Medium } from './ans-extensions.js';

export type FamilyInput = {
  readonly cert: CertificateView;
  /** Parsed issuer CN when the issuer is a known-pattern IGC-Santé CA. */
  readonly issuerCa: IgcCaName | null;
  readonly medium: Medium | null;
  readonly usage: Usage | null;
};

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/i;

/** Could this CN be a server's FQDN? An ORG CN is free text (spaces, no dots) and often cannot. */
export const looksLikeHostname = (cn: string | null): boolean => cn !== null && HOSTNAME.test(cn);

const hasDnsSan = (cert: CertificateView): boolean => cert.subjectAltNames.some((n) => n.type === 'dns');

/**
 * ORG or SERV, for a structure certificate. TLS server → SERV, TLS client only → ORG (there
 * is no SERV client-only product). For signature and encryption both offers exist and the
 * KU/EKU are alike, so we look at the names: a dNSName SAN means a server; a CN that cannot
 * be a hostname means an application. Otherwise we cannot tell and say 'other'.
 */
const structureFamily = (cert: CertificateView, usage: Usage | null): Family => {
  if (usage === 'SSL') return 'SERV';
  if (usage === 'AUTH') return 'ORG';
  if (hasDnsSan(cert)) return 'SERV';
  if (!looksLikeHostname(commonName(cert.subject))) return 'ORG';
  return 'other';
};

/**
 * PS or PRO, for a person certificate. A PS certificate has no O/OU (H); a PRO one is tied
 * to a structure, so it names it (L, never observed).
 */
const personFamily = (cert: CertificateView): Family => {
  const structure =
    attrValues(cert.subject, DN_OID.O).length > 0 || attrValues(cert.subject, DN_OID.OU).length > 0;
  return structure ? 'PRO' : 'PS';
};

/** Family of an end-entity certificate issued by an IGC-Santé CA (CA certificates are handled before). */
export const endEntityFamily = ({ cert, issuerCa, medium, usage }: FamilyInput): Family => {
  // STANDARD and FORT ranges only issue smart-card certificates (CPx), whatever the subject.
  if (medium === 'card' || (issuerCa !== null && issuerCa.range !== 'ELEMENTAIRE')) return 'card';
  const person = namesAPerson(cert.subject);
  const population = issuerCa?.population ?? null;
  if (population === 'PERSONNES') return person ? personFamily(cert) : 'other';
  if (population === 'ORGANISATIONS') return person ? 'other' : structureFamily(cert, usage);
  // Issuer CN unknown: fall back on the subject's shape alone.
  return person ? personFamily(cert) : structureFamily(cert, usage);
};
