/**
 * Faithful SubjectSpecs per family (domain.md §2), written out by hand so the tests do not
 * depend on the subject builder. Inner lists of the person RDN are in the order a form
 * would give them (SN, CN, GN), not in DER order, on purpose.
 */
import type { SubjectSpec } from '../../../../../src/shared/csr/subject-spec.js';
import { ProductCode } from '../../../../../src/shared/model/igc-sante.js';

export { at } from '../../../../helpers/subject-attributes.js';
import { at } from '../../../../helpers/subject-attributes.js';

export const ALL_PRODUCTS: readonly ProductCode[] = ProductCode.options;

export const FQDN = 'mss.clinique-rhone.fr';

const STRUCTURE = [
  [at('C', 'FR')],
  [at('ST', 'Rhône (69)')],
  [at('O', 'Clinique du Rhône – Hôpital Saint-Jérôme')],
  [at('OU', '10B0221636')],
];

export const orgSubject = (): SubjectSpec => ({
  rdns: [...STRUCTURE, [at('CN', 'Logiciel de télétransmission')]],
  dnsNames: [],
});

export const servSubject = (withSan: boolean): SubjectSpec => ({
  rdns: [...STRUCTURE, [at('CN', FQDN)]],
  dnsNames: withSan ? [FQDN, 'www.clinique-rhone.fr'] : [],
});

export const psSubject = (): SubjectSpec => ({
  rdns: [
    [at('C', 'FR')],
    [at('title', 'Médecin')],
    [at('SN', 'MARTIN-LEFÈVRE'), at('CN', '810001234567'), at('GN', 'Jérôme')],
  ],
  dnsNames: [],
});

export const proSubject = (): SubjectSpec => ({
  rdns: [
    ...STRUCTURE,
    [at('title', 'Infirmière')],
    [at('SN', 'Durand'), at('CN', '10B0221636/00042'), at('GN', 'Élise')],
  ],
  dnsNames: [],
});

export const subjectFor = (product: ProductCode): SubjectSpec => {
  if (product === 'SERV_SSL') return servSubject(true);
  if (product.startsWith('SERV_')) return servSubject(false);
  if (product.startsWith('ORG_')) return orgSubject();
  if (product.startsWith('PS_')) return psSubject();
  return proSubject();
};

const STRUCTURE_TEXT = 'OU=10B0221636,O=Clinique du Rhône – Hôpital Saint-Jérôme,ST=Rhône (69),C=FR';

/**
 * RFC 2253 text as `openssl -nameopt RFC2253,-esc_msb` prints it: RDNs reversed, and the
 * attributes of a multi-valued RDN reversed from their DER (sorted) order. Hand-derived:
 * PS {GN 15, CN 19, SN 22 content octets} → DER GN, CN, SN; PRO {SN 13, GN 13, CN 23} →
 * SN before GN on the equal length (OID 2.5.4.4 < 2.5.4.42), then CN.
 */
export const expectedText = (product: ProductCode): string => {
  if (product.startsWith('SERV_')) return `CN=${FQDN},${STRUCTURE_TEXT}`;
  if (product.startsWith('ORG_')) return `CN=Logiciel de télétransmission,${STRUCTURE_TEXT}`;
  if (product.startsWith('PS_')) return 'SN=MARTIN-LEFÈVRE+CN=810001234567+GN=Jérôme,title=Médecin,C=FR';
  return `CN=10B0221636/00042+GN=Élise+SN=Durand,title=Infirmière,${STRUCTURE_TEXT}`;
};

/** domain.md §2 table (H where observed, by analogy otherwise), in openssl's words. */
export const EXPECTED_USAGE: Readonly<Record<ProductCode, { ku: string; eku: string }>> = {
  SERV_SSL: {
    ku: 'Digital Signature, Key Encipherment',
    eku: 'TLS Web Server Authentication, TLS Web Client Authentication',
  },
  SERV_SIGN: { ku: 'Non Repudiation', eku: 'E-mail Protection' },
  SERV_CONF: { ku: 'Key Encipherment', eku: 'E-mail Protection' },
  ORG_AUTH_CLI: { ku: 'Digital Signature', eku: 'TLS Web Client Authentication' },
  ORG_SIGN: { ku: 'Digital Signature, Non Repudiation', eku: 'E-mail Protection' },
  ORG_CONF: { ku: 'Key Encipherment', eku: 'E-mail Protection, Any Extended Key Usage' },
  PRO_AUTH: { ku: 'Digital Signature', eku: 'TLS Web Client Authentication' },
  PRO_SIGN: { ku: 'Non Repudiation', eku: 'E-mail Protection' },
  PRO_CONF: { ku: 'Key Encipherment', eku: 'E-mail Protection' },
  PS_AUTH: { ku: 'Digital Signature', eku: 'TLS Web Client Authentication' },
  PS_SIGN: { ku: 'Non Repudiation', eku: 'E-mail Protection' },
  PS_CONF: { ku: 'Key Encipherment', eku: 'E-mail Protection' },
};
