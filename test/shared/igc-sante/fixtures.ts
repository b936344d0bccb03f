import type { CertificateView, ExtensionView } from '../../../src/shared/model/certificate.js';
import type { DistinguishedName, GeneralName } from '../../../src/shared/model/names.js';

// Hand-written CertificateView fixtures, shaped like the real IGC-Santé certificates
// described in docs/domain.md §2 (DER order of attributes, multi-valued person RDN,
// critical KU, ANS extensions). Real certificates are read by view-from-der.ts.

const OID: Readonly<Record<string, string>> = {
  C: '2.5.4.6',
  ST: '2.5.4.8',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  CN: '2.5.4.3',
  SN: '2.5.4.4',
  GN: '2.5.4.42',
  title: '2.5.4.12',
};

export const EKU = {
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  anyEku: '2.5.29.37.0',
  smartcardLogon: '1.3.6.1.4.1.311.20.2.2',
} as const;

export const TEST_POLICY = '1.2.250.1.213.1.7.2.1.1.1.1';

type Pair = readonly [short: string, value: string];

/** A DN from RDNs in DER order; an RDN with several pairs is multi-valued. */
export const dn = (...rdns: readonly (readonly Pair[])[]): DistinguishedName => {
  const built = rdns.map((rdn) =>
    rdn.map(([short, value]) => ({ oid: OID[short] ?? short, short: OID[short] ? short : null, value })),
  );
  const text = [...built]
    .reverse()
    .map((rdn) => rdn.map((a) => `${a.short ?? a.oid}=${a.value}`).join('+'))
    .join(',');
  return { text, rdns: built };
};

/** An IGC-Santé CA name, as in the real CA certificates (TEST aware). */
export const caDn = (cn: string, test = cn.startsWith('TEST ')): DistinguishedName =>
  dn(
    [['C', 'FR']],
    [['O', 'ASIP-SANTE']],
    [['OU', '0002 187512751']],
    [['OU', test ? 'IGC-SANTE TEST' : 'IGC-SANTE']],
    [['CN', cn]],
  );

export const structureDn = (cn: string, ou = '10B0221636', st = 'Rhône (69)'): DistinguishedName =>
  dn([['C', 'FR']], [['ST', st]], [['O', 'CENTRE DE SANTE RPPS22163']], [['OU', ou]], [['CN', cn]]);

export const personDn = (idNatPs = '810100123453', title = 'Médecin'): DistinguishedName =>
  dn(
    [['C', 'FR']],
    [['title', title]],
    [
      ['SN', 'MARTIN'],
      ['CN', idNatPs],
      ['GN', 'CLAIRE'],
    ],
  );

export const ext = (oid: string, valueHex: string, critical = false): ExtensionView => ({
  oid,
  name: null,
  critical,
  summary: [],
  valueHex,
  error: null,
});

/** ANS product category: OCTET STRING of one byte (0x80 = TEST; 0x03 software, 0x00 card, 0x02 HSM). */
export const categoryExt = (byte: number): ExtensionView =>
  ext('1.2.250.1.71.1.2.5', `0401${byte.toString(16).padStart(2, '0').toUpperCase()}`);

export type ViewSpec = {
  subject: DistinguishedName;
  issuer: DistinguishedName;
  keyUsage?: string[];
  eku?: string[];
  san?: GeneralName[];
  isCa?: boolean;
  policies?: string[];
  extensions?: ExtensionView[];
};

export const makeView = (spec: ViewSpec): CertificateView => ({
  version: 3,
  subject: spec.subject,
  issuer: spec.issuer,
  serialNumber: '740A325D74047302EC6958BB1A0BFF4C',
  notBefore: '2025-04-25T09:15:10.000Z',
  notAfter: '2028-04-25T09:15:10.000Z',
  daysLeft: 845,
  sha256: 'AB'.repeat(32),
  sha1: 'CD'.repeat(20),
  spkiSha256: 'EF'.repeat(32),
  publicKey: { algorithm: 'RSA', size: 2048, curve: null },
  signatureAlgorithm: { oid: '1.2.840.113549.1.1.11', name: 'sha256WithRSAEncryption' },
  selfIssued: spec.subject.text === spec.issuer.text,
  isCa: spec.isCa ?? false,
  pathLength: null,
  keyUsage: spec.keyUsage ?? [],
  extendedKeyUsage: (spec.eku ?? []).map((oid) => ({ oid, name: oid })),
  subjectAltNames: spec.san ?? [],
  policies: spec.policies ?? [],
  crlDistributionPoints: [],
  ocsp: [],
  caIssuers: [],
  extensions: spec.extensions ?? [],
  pem: '',
});

export const PROD_ORG_CA = caDn('AC IGC-SANTE ELEMENTAIRE ORGANISATIONS');
export const PROD_PP_CA = caDn('AC IGC-SANTE ELEMENTAIRE PERSONNES');
export const TEST_ORG_CA = caDn('TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS');
export const TEST_PP_CA = caDn('TEST AC IGC-SANTE ELEMENTAIRE PERSONNES');
export const PROD_FO_PP_CA = caDn('AC IGC-SANTE FORT PERSONNES');
export const PROD_ST_ORG_CA = caDn('AC IGC-SANTE STANDARD ORGANISATIONS');
