/**
 * Every IGC-Santé product, signed by a real RSA-2048 key, read back by OpenSSL and by our
 * own describe service.
 */
import { createHash } from 'node:crypto';
import { buildCsr, type BuiltCsr } from '../../../../src/main/pki/csr/index.js';
import { describeCsr } from '../../../../src/main/pki/describe/index.js';
import type { ProductCode } from '../../../../src/shared/model/igc-sante.js';
import { asn1parse, reqText, verifyReq, type Asn1Line } from './helpers/openssl.js';
import { rsaSigner } from './helpers/signer.js';
import { ALL_PRODUCTS, EXPECTED_USAGE, FQDN, expectedText, subjectFor } from './helpers/subjects.js';

const signer = rsaSigner(2048);

const build = async (product: ProductCode): Promise<BuiltCsr> => {
  const r = await buildCsr({
    subject: subjectFor(product),
    product,
    spkiDer: signer.spkiDer,
    sign: signer.sign,
  });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

/** The subject's lines: after the version INTEGER, the d=2 SEQUENCE and its descendants. */
const subjectLines = (lines: Asn1Line[]): Asn1Line[] => {
  const start = lines.findIndex((l) => l.depth === 2 && l.type === 'INTEGER') + 1;
  const end = lines.findIndex((l, i) => i > start && l.depth === 2);
  return lines.slice(start, end);
};

/** RDNs as [attribute, string type, value] triples read from asn1parse. */
const rdnsOf = (subject: Asn1Line[]): string[][][] => {
  const rdns: string[][][] = [];
  subject.forEach((l, i) => {
    if (l.depth === 3) rdns.push([]);
    if (l.depth === 5 && l.type === 'OBJECT') {
      const v = subject[i + 1];
      rdns.at(-1)?.push([l.value, v?.type ?? '', v?.value ?? '']);
    }
  });
  return rdns;
};

const STRUCTURE_RDNS = [
  [['countryName', 'PRINTABLESTRING', 'FR']],
  [['stateOrProvinceName', 'UTF8STRING', 'Rhône (69)']],
  [['organizationName', 'UTF8STRING', 'Clinique du Rhône – Hôpital Saint-Jérôme']],
  [['organizationalUnitName', 'UTF8STRING', '10B0221636']],
];

const expectedRdns = (product: ProductCode): string[][][] => {
  if (product.startsWith('SERV_')) return [...STRUCTURE_RDNS, [['commonName', 'UTF8STRING', FQDN]]];
  if (product.startsWith('ORG_'))
    return [...STRUCTURE_RDNS, [['commonName', 'UTF8STRING', 'Logiciel de télétransmission']]];
  if (product.startsWith('PS_'))
    return [
      [['countryName', 'PRINTABLESTRING', 'FR']],
      [['title', 'UTF8STRING', 'Médecin']],
      // One SET, DER-sorted: GN (15 octets), CN (19), SN (22) — as on the real PS certificate.
      [
        ['givenName', 'UTF8STRING', 'Jérôme'],
        ['commonName', 'UTF8STRING', '810001234567'],
        ['surname', 'UTF8STRING', 'MARTIN-LEFÈVRE'],
      ],
    ];
  return [
    ...STRUCTURE_RDNS,
    [['title', 'UTF8STRING', 'Infirmière']],
    // SN and GN both 13 octets: 2.5.4.4 sorts before 2.5.4.42; CN (23) last.
    [
      ['surname', 'UTF8STRING', 'Durand'],
      ['givenName', 'UTF8STRING', 'Élise'],
      ['commonName', 'UTF8STRING', '10B0221636/00042'],
    ],
  ];
};

/** KeyUsage BIT STRINGs written out by hand (RFC 5280 bit numbers, X.690 §11.2.2 trimming). */
const KU_DER: Record<ProductCode, string> = {
  SERV_SSL: '030205A0', // digitalSignature(0) + keyEncipherment(2): 1010 0000, 5 unused bits
  SERV_SIGN: '03020640', // nonRepudiation(1), as on the real PS signature certificate
  SERV_CONF: '03020520',
  ORG_AUTH_CLI: '03020780',
  ORG_SIGN: '030206C0',
  ORG_CONF: '03020520',
  PRO_AUTH: '03020780',
  PRO_SIGN: '03020640',
  PRO_CONF: '03020520',
  PS_AUTH: '03020780',
  PS_SIGN: '03020640',
  PS_CONF: '03020520',
};

describe.each(ALL_PRODUCTS)('%s CSR', (product) => {
  let csr: BuiltCsr;
  beforeAll(async () => {
    csr = await build(product);
  });

  it('passes openssl req -verify', () => {
    const r = verifyReq(csr.pem);
    expect(r.output).toContain('Certificate request self-signature verify OK');
    expect(r.output).not.toContain('failure');
    expect(r.status).toBe(0);
  });

  it('shows the subject and the requested extensions in openssl req -text', () => {
    const { subject, extensions } = reqText(csr.pem);
    expect(subject).toBe(expectedText(product));
    expect(extensions.get('X509v3 Key Usage (critical)')).toBe(EXPECTED_USAGE[product].ku);
    expect(extensions.get('X509v3 Extended Key Usage')).toBe(EXPECTED_USAGE[product].eku);
    expect(extensions.has('X509v3 Key Usage')).toBe(false);
    if (product === 'SERV_SSL') {
      expect(extensions.get('X509v3 Subject Alternative Name')).toBe(
        `DNS:${FQDN}, DNS:www.clinique-rhone.fr`,
      );
    } else {
      expect(extensions.has('X509v3 Subject Alternative Name')).toBe(false);
    }
    expect([...extensions.keys()]).toHaveLength(product === 'SERV_SSL' ? 3 : 2);
  });

  it('has, per openssl asn1parse, version 0, the exact RDNs and string types, sha256WithRSA + NULL', () => {
    const lines = asn1parse(csr.pem);
    expect(lines.find((l) => l.depth === 2 && l.type === 'INTEGER')?.value).toBe('00');
    const subject = subjectLines(lines);
    expect(rdnsOf(subject)).toEqual(expectedRdns(product));
    // Each RDN is one SET; a multi-valued RDN is one SET holding several SEQUENCEs.
    expect(subject.filter((l) => l.depth === 3).map((l) => l.type)).toEqual(
      expectedRdns(product).map(() => 'SET'),
    );
    expect(lines.filter((l) => l.depth === 1).map((l) => l.type)).toEqual([
      'SEQUENCE',
      'SEQUENCE',
      'BIT STRING',
    ]);
    const algorithm = lines.findIndex((l, i) => i > 1 && l.depth === 1);
    expect(lines.slice(algorithm + 1, algorithm + 3).map((l) => `${l.type}:${l.value}`)).toEqual([
      'OBJECT:sha256WithRSAEncryption',
      'NULL:',
    ]);
    // One attribute, the extensionRequest; keyUsage first, critical, with DER-trimmed bits.
    expect(lines.filter((l) => l.depth === 4 && l.type === 'OBJECT').map((l) => l.value)).toEqual([
      'rsaEncryption',
      'Extension Request',
    ]);
    const ku = lines.findIndex((l) => l.value === 'X509v3 Key Usage');
    expect(lines.slice(ku + 1, ku + 3).map((l) => `${l.type}:${l.value}`)).toEqual([
      'BOOLEAN:255',
      `OCTET STRING [HEX DUMP]:${KU_DER[product]}`,
    ]);
  });

  it('is read back by describeCsr with a valid signature and the same subject', async () => {
    const r = await describeCsr(csr.der);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.signatureValid).toBe(true);
    expect(r.value.subject.text).toBe(expectedText(product));
    expect(r.value.subject.text).toBe(reqText(csr.pem).subject);
    expect(r.value.spkiSha256).toBe(createHash('sha256').update(signer.spkiDer).digest('hex').toUpperCase());
    expect(r.value.pem).toBe(csr.pem);
    expect(r.value.publicKey).toMatchObject({ algorithm: 'RSA', size: 2048 });
    const dns = r.value.subjectAltNames.map((n) => `${n.type}:${n.value}`);
    expect(dns).toEqual(product === 'SERV_SSL' ? [`dns:${FQDN}`, 'dns:www.clinique-rhone.fr'] : []);
  });
});

describe('PEM armour', () => {
  it('uses the CERTIFICATE REQUEST label and 64-character lines', async () => {
    const { pem, der } = await build('PS_SIGN');
    const lines = pem.trimEnd().split('\n');
    expect(lines[0]).toBe('-----BEGIN CERTIFICATE REQUEST-----');
    expect(lines.at(-1)).toBe('-----END CERTIFICATE REQUEST-----');
    const body = lines.slice(1, -1);
    expect(body.slice(0, -1).every((l) => l.length === 64)).toBe(true);
    expect((body.at(-1) ?? '').length).toBeLessThanOrEqual(64);
    expect(Buffer.from(body.join(''), 'base64')).toEqual(Buffer.from(der));
  });
});

describe('openssl req -verify is a real check', () => {
  it('fails once a subject byte is changed', async () => {
    const { der } = await build('ORG_AUTH_CLI');
    const tampered = der.slice();
    const at = Buffer.from(tampered).indexOf(Buffer.from('10B0221636'));
    tampered[at] = 0x32;
    const pem = `-----BEGIN CERTIFICATE REQUEST-----\n${Buffer.from(tampered).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE REQUEST-----\n`;
    const r = verifyReq(pem);
    // OpenSSL 3.0 still exits 0 here: the message is the verdict.
    expect(r.output).toContain('Certificate request self-signature verify failure');
    expect(r.output).not.toContain('verify OK');
  });
});
