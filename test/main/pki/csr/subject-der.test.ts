/**
 * Subject bytes, checked against encodings we did not write: @peculiar/asn1-x509 with the
 * order stated by hand, OpenSSL's own `req -new -subj`, and a real IGC-Santé PS certificate.
 */
import type { SubjectSpec } from '../../../../src/shared/csr/subject-spec.js';
import type { ProductCode } from '../../../../src/shared/model/igc-sante.js';
import { buildCsr } from '../../../../src/main/pki/csr/index.js';
import { csrParts, hex, peculiarName, type Atv } from './helpers/der.js';
import { opensslMadeCsr } from './helpers/openssl.js';
import { rsaSigner } from './helpers/signer.js';
import { FQDN, at, orgSubject, proSubject, psSubject, servSubject, subjectFor } from './helpers/subjects.js';

const signer = rsaSigner(2048);

const subjectBytes = async (subject: SubjectSpec, product: ProductCode): Promise<Uint8Array> => {
  const r = await buildCsr({ subject, product, spkiDer: signer.spkiDer, sign: signer.sign });
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return csrParts(r.value.der).subject;
};

const C: Atv = { oid: '2.5.4.6', value: 'FR', printable: true };
const STRUCTURE: Atv[][] = [
  [C],
  [{ oid: '2.5.4.8', value: 'Rhône (69)' }],
  [{ oid: '2.5.4.10', value: 'Clinique du Rhône – Hôpital Saint-Jérôme' }],
  [{ oid: '2.5.4.11', value: '10B0221636' }],
];

const EXPECTED: Record<'ORG' | 'SERV' | 'PS' | 'PRO', Atv[][]> = {
  ORG: [...STRUCTURE, [{ oid: '2.5.4.3', value: 'Logiciel de télétransmission' }]],
  SERV: [...STRUCTURE, [{ oid: '2.5.4.3', value: FQDN }]],
  // DER order inside the SET: GN (15 content octets), CN (19), SN (22).
  PS: [
    [C],
    [{ oid: '2.5.4.12', value: 'Médecin' }],
    [
      { oid: '2.5.4.42', value: 'Jérôme' },
      { oid: '2.5.4.3', value: '810001234567' },
      { oid: '2.5.4.4', value: 'MARTIN-LEFÈVRE' },
    ],
  ],
  // SN and GN tie at 13 octets; the OID byte decides (0x04 < 0x2A); CN (23) last.
  PRO: [
    ...STRUCTURE,
    [{ oid: '2.5.4.12', value: 'Infirmière' }],
    [
      { oid: '2.5.4.4', value: 'Durand' },
      { oid: '2.5.4.42', value: 'Élise' },
      { oid: '2.5.4.3', value: '10B0221636/00042' },
    ],
  ],
};

const CASES: [ProductCode, SubjectSpec, Atv[][]][] = [
  ['ORG_AUTH_CLI', orgSubject(), EXPECTED.ORG],
  ['SERV_SSL', servSubject(true), EXPECTED.SERV],
  ['PS_SIGN', psSubject(), EXPECTED.PS],
  ['PRO_AUTH', proSubject(), EXPECTED.PRO],
];

/** `-subj` syntax: "/" between RDNs, "+" inside one; both escaped inside values. */
const opensslSubj = (spec: SubjectSpec): string =>
  spec.rdns
    .map((rdn) => `/${rdn.map((a) => `${a.attr}=${a.value.replace(/[\\/+]/g, '\\$&')}`).join('+')}`)
    .join('');

describe.each(CASES)('%s subject', (product, spec, expected) => {
  it('equals @peculiar/asn1-x509 given the DER order by hand', async () => {
    expect(hex(await subjectBytes(spec, product))).toBe(hex(peculiarName(expected)));
  });

  it('equals what openssl req -new -subj -utf8 encodes for the same attributes', async () => {
    const theirs = csrParts(opensslMadeCsr(signer.privateKeyPem, opensslSubj(spec))).subject;
    expect(hex(await subjectBytes(spec, product))).toBe(hex(theirs));
  });
});

describe('multi-valued RDN order', () => {
  it('differs from the spec order: DER sorts the SET, a naive encoder would not', async () => {
    const naive = peculiarName([
      [C],
      [{ oid: '2.5.4.12', value: 'Médecin' }],
      [
        { oid: '2.5.4.4', value: 'MARTIN-LEFÈVRE' },
        { oid: '2.5.4.3', value: '810001234567' },
        { oid: '2.5.4.42', value: 'Jérôme' },
      ],
    ]);
    expect(hex(await subjectBytes(psSubject(), 'PS_SIGN'))).not.toBe(hex(naive));
  });

  it('does not depend on the order the spec lists the attributes in', async () => {
    const base = psSubject();
    const [c, title, person = []] = base.rdns;
    const reversed: SubjectSpec = { ...base, rdns: [c ?? [], title ?? [], [...person].reverse()] };
    expect(hex(await subjectBytes(reversed, 'PS_SIGN'))).toBe(hex(await subjectBytes(base, 'PS_SIGN')));
  });

  it('keeps the RDN sequence in spec order (not sorted)', async () => {
    const spec = subjectFor('ORG_SIGN');
    const swapped: SubjectSpec = { ...spec, rdns: [...spec.rdns].reverse() };
    const bytes = hex(await subjectBytes(swapped, 'ORG_SIGN'));
    expect(bytes).toBe(hex(peculiarName([...EXPECTED.ORG].reverse())));
  });

  /**
   * Subject of a real IGC-Santé TEST PS signature certificate (Sage-Femme), issued by TEST
   * AC IGC-SANTE ELEMENTAIRE PERSONNES: ansforge/esignsante-ws @ 5c8e406f,
   * src/test/resources/fichiers/SignatureCA-PERSONNE.xml (first ds:X509Certificate).
   * Only its 96-byte subject is quoted: what the CA itself writes for {SN + CN + GN}.
   */
  it('reproduces, byte for byte, the subject of a real IGC-Santé PS certificate', async () => {
    const real = Buffer.from(
      'MF4xCzAJBgNVBAYTAkZSMRMwEQYDVQQMDApTYWdlLUZlbW1lMTowDQYDVQQqDAZDRUNJTEUwEwYDVQQDDAw4OTk3MDAwNzUwNjQwFAYDVQQEDA1TQUdFQ0gwMDA3NTA2',
      'base64',
    );
    const spec: SubjectSpec = {
      rdns: [
        [at('C', 'FR')],
        [at('title', 'Sage-Femme')],
        [at('SN', 'SAGECH0007506'), at('CN', '899700075064'), at('GN', 'CECILE')],
      ],
      dnsNames: [],
    };
    expect(hex(await subjectBytes(spec, 'PS_SIGN'))).toBe(real.toString('hex'));
  });
});
