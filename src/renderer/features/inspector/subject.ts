import type { CertificateView } from '../../../shared/model/certificate.js';
import type { DistinguishedName } from '../../../shared/model/names.js';
import { safeDisplay } from '../../../shared/text/safe-display.js';

const OID = {
  CN: '2.5.4.3',
  SN: '2.5.4.4',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  title: '2.5.4.12',
  GN: '2.5.4.42',
} as const;

/**
 * First value of an attribute, read from the parsed RDNs (never by splitting the text), with
 * invisible and direction-changing characters shown escaped: a U+202E in a CN must not make
 * the card's title read differently from the name the certificate carries. The raw value
 * stays in the technical fields.
 */
export const nameAttribute = (name: DistinguishedName, attribute: keyof typeof OID): string | null => {
  for (const rdn of name.rdns) {
    for (const entry of rdn) if (entry.oid === OID[attribute]) return safeDisplay(entry.value);
  }
  return null;
};

export type Who = { primary: string; secondary: string | null };

/**
 * Who a certificate is for, as a person would say it: the person's name for personal
 * certificates (PS: SN + GN in a multi-valued RDN, the CN is only an identifier), the
 * service name and the organisation otherwise.
 */
export const describeSubject = (name: DistinguishedName): Who => {
  const surname = nameAttribute(name, 'SN');
  const given = nameAttribute(name, 'GN');
  const organisation = nameAttribute(name, 'O');
  if (surname || given) {
    const person = [given, surname].filter(Boolean).join(' ');
    return { primary: person, secondary: organisation ?? nameAttribute(name, 'title') };
  }
  const common = nameAttribute(name, 'CN');
  if (common) return { primary: common, secondary: organisation };
  const first = name.rdns[0]?.[0]?.value;
  return { primary: organisation ?? safeDisplay(first ?? name.text), secondary: null };
};

export const whoText = (who: Who): string =>
  who.secondary ? `${who.primary} — ${who.secondary}` : who.primary;

/** Short issuer label: its CN when it has one. */
export const issuerLabel = (certificate: Pick<CertificateView, 'issuer'>): string =>
  nameAttribute(certificate.issuer, 'CN') ?? certificate.issuer.text;
