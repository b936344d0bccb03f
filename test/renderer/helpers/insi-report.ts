import { InspectionReport } from '../../../src/shared/model/inspection.js';
import type { CertificateView } from '../../../src/shared/model/certificate.js';
import type { DistinguishedName } from '../../../src/shared/model/names.js';

/**
 * What main reports for the real IGC-Santé TEST download
 * (test/vectors/igc-sante/end-entity/INSI-AUTO-certificate.p12), written from the
 * certificates' own fields as openssl prints them. Parsed with the model's schema, so the
 * fixture breaks if the model changes.
 */

const DAY = 86_400_000;
const daysUntil = (iso: string) => Math.floor((Date.parse(iso) - Date.now()) / DAY);

const attr = (short: string, oid: string, value: string) => [{ oid, short, value }];
const caName = (cn: string): DistinguishedName => ({
  text: `CN=${cn},OU=IGC-SANTE TEST,OU=0002 187512751,O=ASIP-SANTE,C=FR`,
  rdns: [
    attr('C', '2.5.4.6', 'FR'),
    attr('O', '2.5.4.10', 'ASIP-SANTE'),
    attr('OU', '2.5.4.11', '0002 187512751'),
    attr('OU', '2.5.4.11', 'IGC-SANTE TEST'),
    attr('CN', '2.5.4.3', cn),
  ],
});

const ACI = 'TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS';
const ACR = 'TEST AC RACINE IGC-SANTE ELEMENTAIRE';

const LEAF_PEM = [
  '-----BEGIN CERTIFICATE-----',
  'MIIIUDCCBjigAwIBAgIQdAoyXXQEcwLsaVi7Ggv/TDANBgkqhkiG9w0BAQsFADCB',
  'ijELMAkGA1UEBhMCRlIxEzARBgNVBAoMCkFTSVAtU0FOVEUxFzAVBgNVBAsMDjAw',
  'MDIgMTg3NTEyNzUxMRcwFQYDVQQLDA5JR0MtU0FOVEUgVEVTVDE0MDIGA1UEAwwr',
  'VEVTVCBBQyBJR0MtU0FOVEUgRUxFTUVOVEFJUkUgT1JHQU5JU0FUSU9OUzAeFw0y',
  'NTA0MjUwOTE1MTBaFw0yODA0MjUwOTE1MTBaMHAxCzAJBgNVBAYTAkZSMRQwEgYD',
  'VQQIDAtSaMO0bmUgKDY5KTEiMCAGA1UECgwZQ0VOVFJFIERFIFNBTlRFIFJQUFMy',
  'MjE2MzETMBEGA1UECwwKMTBCMDIyMTYzNjESMBAGA1UEAwwJSU5TSS1NQU5VMIIB',
  'IjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAymHH/krhysAomBfbs1cpvElg',
  'LBtZosVRXOAUU2aNs8MZxiKL0XFQMvbs40DXg2Eo4nvzL2R5959wu1rbWhq3ghss',
  '+50tHItN0ff5GLZ0GvmVBfKzcTYic4fORxfbYSlplKGIrjGKQ1K8sAx/UX6YI1SD',
  'pAvQZk7as/CHX83ob3v51NNz79m96GCtOpRXBIvbostAdOKELHnUByjAdDsG4csb',
  'RDTZo3/X4cxyASF4aRkRVninnVhFmT5kSfeumWd5VqEMVhaBVJWB8zKjzDVDVbLc',
  'Bn+dIIECnFbYZR8iLmPfc7bZF+DvGCiWncNGWC0T7QpsRu3Nq+y5/6EAWJ+oAwID',
  'AQABo4IDyTCCA8UwEwYDVR0lBAwwCgYIKwYBBQUHAwIwHwYDVR0jBBgwFoAUIS6E',
  'fTse9RLeUaIhXK6TqO9b4/UwgYEGCCsGAQUFBwEBBHUwczAmBggrBgEFBQcwAYYa',
  'aHR0cDovL29jc3AuZXNhbnRlLmdvdXYuZnIwSQYIKwYBBQUHMAKGPWh0dHA6Ly9p',
  'Z2Mtc2FudGUuZXNhbnRlLmdvdXYuZnIvQUMlMjBURVNUL0FDSS1FTC1PUkctVEVT',
  'VC5jZXIwUwYDVR0gBEwwSjBIBg0qgXoBgVUBBwIBAQEBMDcwNQYIKwYBBQUHAgEW',
  'KWh0dHA6Ly9pZ2Mtc2FudGUuZXNhbnRlLmdvdXYuZnIvUEMlMjBURVNUMIIBVQYD',
  'VR0fBIIBTDCCAUgwPaA7oDmGN2h0dHA6Ly9pZ2Mtc2FudGUuZXNhbnRlLmdvdXYu',
  'ZnIvQ1JML0FDSS1FTC1PUkctVEVTVC5jcmwwggEFoIIBAaCB/oaB+2xkYXA6Ly9h',
  'bm51YWlyZS1pZ2MuZXNhbnRlLmdvdXYuZnIvY249VEVTVCUyMEFDJTIwSUdDLVNB',
  'TlRFJTIwRUxFTUVOVEFJUkUlMjBPUkdBTklTQVRJT05TLG91PVRFU1QlMjBBQyUy',
  'MFJBQ0lORSUyMElHQy1TQU5URSUyMEVMRU1FTlRBSVJFLG91PUlHQy1TQU5URSUy',
  'MFRFU1Qsb3U9MDAwMiUyMDE4NzUxMjc1MSxvPUFTSVAtU0FOVEUsYz1GUj9jZXJ0',
  'aWZpY2F0ZXJldm9jYXRpb25saXN0O2JpbmFyeT9iYXNlP29iamVjdENsYXNzPXBr',
  'aUNBMB0GA1UdDgQWBBQzflmYXcZP0HkBDDIh0zuBiBU19TCCAQ4GA1UdLgSCAQUw',
  'ggEBMIH+oIH7oIH4hoH1bGRhcDovL2FubnVhaXJlLWlnYy5lc2FudGUuZ291di5m',
  'ci9jbj1URVNUJTIwQUMlMjBJR0MtU0FOVEUlMjBFTEVNRU5UQUlSRSUyME9SR0FO',
  'SVNBVElPTlMsb3U9VEVTVCUyMEFDJTIwUkFDSU5FJTIwSUdDLVNBTlRFJTIwRUxF',
  'TUVOVEFJUkUsb3U9SUdDLVNBTlRFJTIwVEVTVCxvdT0wMDAyJTIwMTg3NTEyNzUx',
  'LG89QVNJUC1TQU5URSxjPUZSP2RlbHRhcmV2b2NhdGlvbmxpc3Q7YmluYXJ5P2Jh',
  'c2U/b2JqZWN0Q2xhc3M9cGtpQ0EwDgYDVR0PAQH/BAQDAgeAMA8GCCqBegFHAQIF',
  'BAMEAYMwCQYDVR0TBAIwADANBgkqhkiG9w0BAQsFAAOCAgEAGMMry4eJN7M7/+Tv',
  'tIyvLGEDlHlx/9aYdRP/yb3p1btbSqCedLD4YiiQKsEJpnEVAl8y/xQGdmc8eZOd',
  'fm5uVWsHiKThOOvZW/AjG3kGyqPGJLn8EQUJxjcl4u36YXNchX4L94014JSZ6030',
  'NTM5cUmy+RIEWfncjf0YXJyOIjcv1+6XcAi3exzed0X8U6p+RXbwb/Llzs+8Y04u',
  'icCb+NiSnCPBeCspNagR+gTqLZ90ymefuXlqZUfqFO1H+hccgRw+BjlRLl9+nlem',
  'Llrmh3ROOwyu7787SOp30U7YeV8s2JTXNa5BNAN7HKtp4pspCGubhxakDsXEp06Z',
  'pkTP2FAFP+r1GvXgWEP1BM9vu9Obf6K3GGWKsghpSI4wN/vSysK/D6TLFF1TBeNA',
  'p7hgfsIyDxAcXY1PRCRAdd1xs7gZ7hinDPSzblcbqIu3KKfDhbNzEnWGb920GDga',
  'HM9XGoCHExR1d5yhZyautq6YCoJ9KsWDm0lbuPOXOdhT4Ut2Hy5z/Rvubj2fJqfp',
  'G0ivs21lhu8/1aPj/b/KrOWtCK1FiQ9symfmIGQLUyYt3JHhjD2DH/ooZ2eaqhSU',
  'JP04JiMOMUGVSCAHZoHw9QCSXBFPoMPSg3HLKNW/0BZIFOXpXa0HyIuARqgoMY9M',
  '6LG+jx71zIPCcmwiQ6dMi/LHliM=',
  '-----END CERTIFICATE-----',
].join('\n');

const ext = (oid: string, name: string | null, critical: boolean, summary: string[]) => ({
  oid,
  name,
  critical,
  summary,
  valueHex: '',
  error: null,
});

export const LEAF_NOT_AFTER = '2028-04-25T09:15:10.000Z';
export const LEAF_SPKI = '68F65B840F7D00FFA1386780D4E88BB97ABDBD905F432F3ABEB35F53A03F8045';

const leaf: CertificateView = {
  version: 3,
  subject: {
    text: 'CN=INSI-MANU,OU=10B0221636,O=CENTRE DE SANTE RPPS22163,ST=Rhône (69),C=FR',
    rdns: [
      attr('C', '2.5.4.6', 'FR'),
      attr('ST', '2.5.4.8', 'Rhône (69)'),
      attr('O', '2.5.4.10', 'CENTRE DE SANTE RPPS22163'),
      attr('OU', '2.5.4.11', '10B0221636'),
      attr('CN', '2.5.4.3', 'INSI-MANU'),
    ],
  },
  issuer: caName(ACI),
  serialNumber: '740A325D74047302EC6958BB1A0BFF4C',
  notBefore: '2025-04-25T09:15:10.000Z',
  notAfter: LEAF_NOT_AFTER,
  daysLeft: daysUntil(LEAF_NOT_AFTER),
  sha256: '150125B66AFEA10CC4EAE022645CF40D217E496D138BAE20FEAE32B242048000',
  sha1: 'C8045DDC99316621EDC9E7F41CF6A52606091306',
  spkiSha256: LEAF_SPKI,
  publicKey: { algorithm: 'RSA', size: 2048, curve: null },
  signatureAlgorithm: { oid: '1.2.840.113549.1.1.11', name: 'sha256WithRSAEncryption' },
  selfIssued: false,
  isCa: false,
  pathLength: null,
  keyUsage: ['digitalSignature'],
  extendedKeyUsage: [{ oid: '1.3.6.1.5.5.7.3.2', name: 'clientAuth' }],
  subjectAltNames: [],
  policies: ['1.2.250.1.213.1.7.2.1.1.1.1'],
  crlDistributionPoints: ['http://igc-sante.esante.gouv.fr/CRL/ACI-EL-ORG-TEST.crl'],
  ocsp: ['http://ocsp.esante.gouv.fr'],
  caIssuers: ['http://igc-sante.esante.gouv.fr/AC%20TEST/ACI-EL-ORG-TEST.cer'],
  extensions: [
    ext('2.5.29.37', 'extKeyUsage', false, ['clientAuth']),
    ext('2.5.29.15', 'keyUsage', true, ['digitalSignature']),
    ext('2.5.29.19', 'basicConstraints', false, ['CA: false']),
    ext('1.2.250.1.71.1.2.5', 'ANS product category', false, ['software, TEST']),
  ],
  pem: LEAF_PEM,
};

const intermediate: CertificateView = {
  ...leaf,
  subject: caName(ACI),
  issuer: caName(ACR),
  serialNumber: '112061F3C6E84FC2EFB18BF5258E1DEB4EC6',
  notBefore: '2013-06-25T00:00:00.000Z',
  notAfter: '2033-06-24T00:00:00.000Z',
  daysLeft: daysUntil('2033-06-24T00:00:00.000Z'),
  sha256: 'DC528E3788691B3F7950164076F95B02C64334C68662BDEDE5750B4E0E5338F6',
  sha1: '0C92E17978F20F83CCA97571314BCC4F9FAA46ED',
  spkiSha256: 'E6C1A7E96238C35D5C0E33C7D6DEEC8F1694B607AECA5A438B2FBC27390224E9',
  publicKey: { algorithm: 'RSA', size: 4096, curve: null },
  isCa: true,
  pathLength: 0,
  keyUsage: ['keyCertSign', 'cRLSign'],
  extendedKeyUsage: [],
  policies: [],
  extensions: [ext('2.5.29.19', 'basicConstraints', true, ['CA: true', 'pathLen: 0'])],
};

const testIgc = {
  environment: 'test' as const,
  medium: 'software' as const,
  personId: null,
  profession: null,
  cardType: null,
  // The real file chains to the pinned TEST anchors.
  genuine: true,
};

const chain = {
  status: 'valid' as const,
  anchor: {
    name: ACR,
    sha256: '01325AEB193871EEC90FA89556804E4185CB362E0CA87A3D79939C71186DA805',
    environment: 'test' as const,
  },
  reason: null,
  path: [
    { subject: leaf.subject.text, sha256: leaf.sha256, source: 'file' as const },
    { subject: intermediate.subject.text, sha256: intermediate.sha256, source: 'file' as const },
  ],
};

/** Before the password: certificates readable but not verified, key still encrypted. */
export const insiReportLocked = (): InspectionReport =>
  InspectionReport.parse({
    fileName: 'INSI-AUTO-certificate.p12',
    size: 7281,
    format: 'pkcs12',
    items: [
      {
        kind: 'certificate',
        verified: false,
        friendlyName: null,
        certificate: leaf,
        igcSante: {
          ...testIgc,
          family: 'ORG',
          product: 'ORG_AUTH_CLI',
          issuingCa: 'ACI-EL-ORG',
          structureId: { type: 'FINESS', value: '0B0221636', raw: '10B0221636', valid: true },
          departement: { code: '69', name: 'Rhône' },
        },
        chain,
      },
      {
        kind: 'certificate',
        verified: false,
        friendlyName: null,
        certificate: intermediate,
        igcSante: {
          ...testIgc,
          family: 'CA',
          product: null,
          issuingCa: 'ACR-EL',
          structureId: null,
          departement: null,
        },
        chain: { ...chain, path: chain.path.slice(1) },
      },
      {
        kind: 'private-key',
        friendlyName: null,
        key: { algorithm: 'RSA', size: null, curve: null, encrypted: true, spkiSha256: null },
      },
    ],
    pkcs12: {
      integrity: 'not-verified',
      passwordRequired: true,
      encryption: ['3DES'],
      macAlgorithm: 'HMAC-SHA1',
      macIterations: 2048,
    },
    warnings: [],
  });

/** After the right password: integrity verified and the key paired with the leaf. */
export const insiReportUnlocked = (): InspectionReport => {
  const locked = insiReportLocked();
  return InspectionReport.parse({
    ...locked,
    items: locked.items.map((item) =>
      item.kind === 'certificate'
        ? { ...item, verified: true }
        : item.kind === 'private-key'
          ? {
              ...item,
              key: { algorithm: 'RSA', size: 2048, curve: null, encrypted: false, spkiSha256: LEAF_SPKI },
            }
          : item,
    ),
    pkcs12: { ...locked.pkcs12, integrity: 'verified', passwordRequired: false },
  });
};
