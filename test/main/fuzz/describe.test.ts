/**
 * Fuzzing describe (pki/describe): certificate, CSR and CRL views from mutated vendored
 * files, distinguished names built from hostile attributes (any string type, wrong encodings,
 * unknown OIDs, thousands of RDNs, values past MAX_TEXT_CHARS) decoded alone and inside a
 * real certificate, and the signature checks on mutated certificates and CRLs against their
 * PKITS issuers. Describe answers a ReadError; its catch-all for other exceptions is a bug.
 */
import 'reflect-metadata';
import fc from 'fast-check';
import { endOperation } from '../../../src/main/pki/certificate/index.js';
import {
  describeCertificate,
  describeCrl,
  describeCsr,
  verifyCertificateSignature,
  verifyCrlSignature,
} from '../../../src/main/pki/describe/index.js';
import { decodeName, escapeRfc4514 } from '../../../src/main/pki/describe/distinguished-name.js';
import { objectIdentifier } from '../../../src/shared/asn1/build.js';
import { DerError, parseDer } from '../../../src/shared/asn1/tlv.js';
import { MAX_FILE_BYTES, MAX_TEXT_CHARS } from '../../../src/shared/limits.js';
import type { DistinguishedName } from '../../../src/shared/model/names.js';
import { checkRead } from '../../fuzz/checks.js';
import { fuzz } from '../../fuzz/harness.js';
import {
  derMutant,
  derMutation,
  describeSample,
  encodeText,
  mutateDer,
  replaceAt,
  tlv,
  type Sample,
} from '../../fuzz/mutate-der.js';
import { pkitsCases, SEEDS, seedsOf, type Seed } from '../../fuzz/seeds.js';
import { hostileString } from '../../fuzz/strings.js';

const NOW = new Date('2026-06-01T00:00:00Z');

const DN_OIDS = [
  '2.5.4.3',
  '2.5.4.6',
  '2.5.4.10',
  '2.5.4.11',
  '2.5.4.8',
  '2.5.4.7',
  '2.5.4.4',
  '2.5.4.42',
  '2.5.4.12',
  '2.5.4.5',
  '2.5.4.97',
  '1.2.840.113549.1.9.1',
  '0.9.2342.19200300.100.1.25',
  '0.9.2342.19200300.100.1.1',
  '1.2.250.1.71.4.2.1',
  '2.999.4294967296.1',
];
const VALUE_TAGS = [0x0c, 0x13, 0x16, 0x1e, 0x1c, 0x14, 0x1a, 0x12, 0x15, 0x04, 0x02, 0x30, 0x05, 0x03, 0x80];

const attribute = fc
  .record({
    oid: fc.oneof(fc.constantFrom(...DN_OIDS), fc.constant(null)),
    oidBytes: fc.uint8Array({ maxLength: 12 }),
    tag: fc.constantFrom(...VALUE_TAGS),
    text: hostileString(6),
    encoding: fc.nat(4),
    shape: fc.nat(12),
  })
  .map(({ oid, oidBytes, tag, text, encoding, shape }) => {
    const type = oid === null ? tlv(0x06, oidBytes) : objectIdentifier(oid);
    const value = tlv(tag, encodeText(text, tag, encoding));
    // Mostly well formed; now and then a missing value, an extra field or a bare value.
    if (shape === 0) return tlv(0x30, type);
    if (shape === 1) return tlv(0x30, type, value, value);
    if (shape === 2) return value;
    return tlv(0x30, type, value);
  });

const rdn = fc
  .tuple(fc.array(attribute, { minLength: 0, maxLength: 3 }), fc.nat(10))
  .map(([attrs, shape]) => tlv(shape === 0 ? 0x30 : 0x31, ...attrs));

/** A Name: a few RDNs, or (rarely) thousands of copies of one. */
const nameDer = fc.oneof(
  { arbitrary: fc.array(rdn, { maxLength: 8 }).map((rdns) => tlv(0x30, ...rdns)), weight: 9 },
  {
    // Within the file cap: an RDN with a long value is repeated fewer times.
    arbitrary: fc
      .tuple(rdn, fc.constantFrom(500, 5_000, 50_000))
      .map(([r, n]) =>
        tlv(
          0x30,
          ...new Array<Uint8Array>(Math.max(1, Math.min(n, Math.floor(MAX_FILE_BYTES / r.length)))).fill(r),
        ),
      ),
    weight: 1,
  },
);

/** Values are capped (a #hex form keeps its truncation mark after the cap, hence the margin). */
const checkName = (dn: DistinguishedName): string | null => {
  if (typeof dn.text !== 'string') return 'no text';
  for (const a of dn.rdns.flat())
    if (a.value.length > MAX_TEXT_CHARS + 100)
      return `a value of ${a.value.length} characters (cap ${MAX_TEXT_CHARS})`;
  return null;
};

/** Where a v3 certificate's subject is: certificate → tbsCertificate → 6th field. */
const SUBJECT_PATH = [0, 0, 5];
const certificates = seedsOf('certificate');
const v3 = certificates
  .filter((c) => c.der[4] !== undefined && replaceAt(c.der, SUBJECT_PATH, tlv(0x30)) !== null)
  .slice(0, 60);

const cases = pkitsCases();

describe('fuzz: describe', () => {
  fuzz('describe.certificate', {
    arbitrary: derMutant(certificates, { pool: SEEDS }),
    call: (s: Sample) => describeCertificate(s.bytes, NOW),
    check: (r) => checkRead(r) ?? (r.ok ? (checkName(r.value.subject) ?? checkName(r.value.issuer)) : null),
    describe: describeSample,
    after: endOperation,
  });

  fuzz('describe.csr', {
    arbitrary: derMutant(seedsOf('csr'), { pool: SEEDS }),
    call: (s: Sample) => describeCsr(s.bytes),
    check: (r) => checkRead(r) ?? (r.ok ? checkName(r.value.subject) : null),
    describe: describeSample,
  });

  fuzz('describe.crl', {
    arbitrary: derMutant(seedsOf('crl'), { pool: SEEDS }),
    call: (s: Sample) => describeCrl(s.bytes),
    check: (r) => checkRead(r) ?? (r.ok ? checkName(r.value.issuer) : null),
    describe: describeSample,
  });

  fuzz('describe.names', {
    arbitrary: fc.tuple(nameDer, fc.nat(), fc.boolean(), hostileString(8)),
    call: async ([name, which, inCertificate, text]) => {
      escapeRfc4514(text);
      if (inCertificate) {
        const cert = v3[which % v3.length] as Seed;
        const der = replaceAt(cert.der, SUBJECT_PATH, name);
        return der ? { kind: 'certificate' as const, view: await describeCertificate(der, NOW) } : null;
      }
      try {
        return { kind: 'name' as const, dn: decodeName(parseDer(name)) };
      } catch (e) {
        if (e instanceof DerError) return null;
        throw e;
      }
    },
    check: (r) => {
      if (r === null) return null;
      if (r.kind === 'name') return checkName(r.dn);
      return checkRead(r.view) ?? (r.view.ok ? checkName(r.view.value.subject) : null);
    },
    describe: ([name, which, inCertificate]) =>
      `name ${name.length} bytes ${Buffer.from(name.subarray(0, 40)).toString('hex')} in certificate ${inCertificate ? which % v3.length : 'no'}`,
    after: endOperation,
  });

  fuzz('describe.signatures', {
    arbitrary: fc
      .record({ index: fc.nat(), crl: fc.boolean(), which: fc.nat(), mutation: derMutation })
      .map(({ index, crl, which, mutation }) => {
        const c = cases[index % cases.length]!;
        const subject = crl ? (c.crls[which % Math.max(1, c.crls.length)] ?? c.target) : c.target;
        const { bytes, note } = mutateDer(subject, mutation, SEEDS);
        return {
          bytes,
          crl,
          issuers: [...c.intermediates, c.anchor],
          label: `${c.name} ${crl ? 'crl' : 'target'} ${note}`,
        };
      }),
    call: async ({ bytes, crl, issuers }) => {
      const answers: (boolean | null)[] = [];
      for (const issuer of issuers)
        answers.push(
          crl ? await verifyCrlSignature(bytes, issuer) : await verifyCertificateSignature(bytes, issuer),
        );
      return answers;
    },
    check: (answers) =>
      answers.every((a) => a === true || a === false || a === null) ? null : 'not a boolean or null',
    describe: ({ label, bytes }) => `${label} [${bytes.length} bytes]`,
    after: endOperation,
  });
});
