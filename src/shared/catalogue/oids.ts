/** Extended key usage OIDs met on IGC-Santé certificates (RFC 5280 and Microsoft). */
export const EKU_OID = {
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  anyExtendedKeyUsage: '2.5.29.37.0',
  msSmartcardLogon: '1.3.6.1.4.1.311.20.2.2',
} as const;
export type EkuName = keyof typeof EKU_OID;

/** ANS private extensions, arc 1.2.250.1.71.1.2 (observed on real certificates). */
export const ANS_EXTENSION_OID = {
  cardType: '1.2.250.1.71.1.2.2',
  cardIssuer: '1.2.250.1.71.1.2.3',
  productCategory: '1.2.250.1.71.1.2.5',
  professionCode: '1.2.250.1.71.1.2.7',
} as const;

/** Attribute types of the DNs we read. We match on OIDs, never on display names. */
export const DN_OID = {
  C: '2.5.4.6',
  ST: '2.5.4.8',
  L: '2.5.4.7',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  CN: '2.5.4.3',
  SN: '2.5.4.4',
  GN: '2.5.4.42',
  title: '2.5.4.12',
} as const;

/**
 * Every TEST end-entity certificate seen carries this policy whatever its product, so on
 * TEST the product is read from KU/EKU/issuer/DN. It is still a reliable TEST marker.
 */
export const TEST_END_ENTITY_POLICY_OID = '1.2.250.1.213.1.7.2.1.1.1.1';

/** keyUsage bit names, spelled as in RFC 5280 (and as CertificateView lists them). */
export type KeyUsageName =
  | 'digitalSignature'
  | 'nonRepudiation'
  | 'keyEncipherment'
  | 'dataEncipherment'
  | 'keyAgreement'
  | 'keyCertSign'
  | 'cRLSign'
  | 'encipherOnly'
  | 'decipherOnly';
