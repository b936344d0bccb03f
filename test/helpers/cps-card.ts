import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSpki, issue, type FixtureCert } from './fixture-ca.js';
import { tempDir } from './temp-dir.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const ALG = {
  name: 'RSASSA-PKCS1-v1_5',
  hash: 'SHA-256',
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: 2048,
};
const DAY = 86_400_000;

// OIDs written out, not taken from the catalogue: a wrong OID there must fail the tests.
const OID = {
  C: '2.5.4.6',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  CN: '2.5.4.3',
  SN: '2.5.4.4',
  GN: '2.5.4.42',
  title: '2.5.4.12',
  ansCardType: '1.2.250.1.71.1.2.2',
  ansProductCategory: '1.2.250.1.71.1.2.5',
  ansProfessionCode: '1.2.250.1.71.1.2.7',
} as const;

/** The fixture CA's name: the IGC-Santé TEST "FORT PERSONNES" CA's (which issues CPS cards). */
export const CPS_TEST_CA_CN = 'TEST AC IGC-SANTE FORT PERSONNES';

/** Cryptolib's labels and the CKA_IDs the fixture token uses. */
export const CPS_CARD = {
  auth: { id: '01', keyLabel: 'CPS_PRIV_AUT', certLabel: "Certificat d'Authentification CPS" },
  sign: { id: '02', keyLabel: 'CPS_PRIV_SIG', certLabel: 'Certificat de Signature CPS' },
  data: { idCard: 'CPS_ID_CARD', namePs: 'CPS_NAME_PS', infoPs: 'CPS_INFO_PS' },
  /** CKA_APPLICATION of the data objects (Cryptolib's real value is not documented here). */
  application: 'CPS',
} as const;

/** DN values as the IGC-Santé writes them: C a PrintableString, every other attribute UTF-8. */
const utf8 = (value: string) => ({ utf8String: value });
const printable = (value: string) => ({ printableString: value });

const caName = (): x509.Name =>
  new x509.Name([
    { [OID.C]: [printable('FR')] },
    { [OID.O]: [utf8('ASIP-SANTE')] },
    { [OID.OU]: [utf8('0002 187512751')] },
    { [OID.OU]: [utf8('IGC-SANTE TEST')] },
    { [OID.CN]: [utf8(CPS_TEST_CA_CN)] },
  ] satisfies x509.JsonNameParams);

/** `C=FR, title=<label>, {SN + CN=8<rpps> + GN}`: the person RDN is ONE multi-valued RDN. */
export const psSubjectDer = (o: {
  rpps: string;
  surname: string;
  givenName: string;
  professionLabel: string;
}): Uint8Array =>
  new Uint8Array(
    new x509.Name([
      { [OID.C]: [printable('FR')] },
      { [OID.title]: [utf8(o.professionLabel)] },
      { [OID.SN]: [utf8(o.surname)], [OID.CN]: [utf8(`8${o.rpps}`)], [OID.GN]: [utf8(o.givenName)] },
    ] satisfies x509.JsonNameParams).toArrayBuffer(),
  );

const der = (tag: number, content: Uint8Array): Uint8Array<ArrayBuffer> => {
  if (content.length > 127) throw new Error('short values only');
  return new Uint8Array([tag, content.length, ...content]);
};

/**
 * The ANS extensions of a TEST CPS card certificate, encoded the way
 * src/shared/igc-sante/ans-extensions.ts reads them: product category an OCTET STRING of
 * one byte (0x80 TEST + 0x00 card), card type an INTEGER (0 = CPS), profession code a
 * UTF8String ("10").
 */
const ansExtensions = (professionCode: string): x509.Extension[] => [
  new x509.Extension(OID.ansProductCategory, false, der(0x04, new Uint8Array([0x80]))),
  new x509.Extension(OID.ansCardType, false, der(0x02, new Uint8Array([0x00]))),
  new x509.Extension(OID.ansProfessionCode, false, der(0x0c, new TextEncoder().encode(professionCode))),
];

export type CpsHolder = {
  /** RPPS number (11 digits), without the idNat_PS type digit 8. */
  rpps: string;
  surname: string;
  givenName: string;
  /** TRE_G15 code, e.g. "10". */
  professionCode: string;
  /** e.g. "Médecin": the subject's title. */
  professionLabel: string;
};

export type CpsCertificatesOptions = CpsHolder & {
  /** DER SubjectPublicKeyInfo (RSA) of the authentication and signature keys. */
  authSpki: Uint8Array;
  signSpki: Uint8Array;
  /** Default: three years from now, as IGC-Santé end entities. */
  notAfter?: Date;
};

export type CpsCertificates = {
  /** Self-signed CA named like the TEST FORT PERSONNES CA: use it as a dev anchor. */
  caDer: Uint8Array;
  ca: FixtureCert;
  authDer: Uint8Array;
  signDer: Uint8Array;
};

/** The fixture CA, self-signed, RSA-2048 (the real one is RSA-4096; size does not matter here). */
const makeCa = async (): Promise<FixtureCert> => {
  const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  const name = caName();
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: Math.floor(Math.random() * 1e12)
      .toString(16)
      .padStart(12, '0'),
    subject: name,
    issuer: name,
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 10 * 365 * DAY),
    signingAlgorithm: ALG,
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { der: new Uint8Array(cert.rawData), cert, keys, name: CPS_TEST_CA_CN };
};

/**
 * A TEST CPS card's two certificates under a fixture CA named like the IGC-Santé TEST
 * "FORT PERSONNES" CA, certifying the given public keys: authentication (KU
 * digitalSignature, EKU clientAuth) and signature (KU nonRepudiation, EKU emailProtection),
 * both with the PS subject and the ANS card extensions (TEST card, CPS, profession code).
 */
export const makeCpsCertificates = async (o: CpsCertificatesOptions): Promise<CpsCertificates> => {
  const ca = await makeCa();
  const subjectDer = psSubjectDer(o);
  const notAfter = o.notAfter ?? new Date(Date.now() + 3 * 365 * DAY);
  const leaf = async (spki: Uint8Array, usage: number, eku: string) =>
    (
      await issue({
        name: `${o.givenName} ${o.surname}`,
        subjectDer,
        issuer: ca,
        publicKey: await importSpki(spki),
        notAfter,
        extensions: [
          new x509.KeyUsagesExtension(usage, true),
          new x509.ExtendedKeyUsageExtension([eku]),
          ...ansExtensions(o.professionCode),
        ],
      })
    ).der;
  return {
    caDer: ca.der,
    ca,
    authDer: await leaf(o.authSpki, x509.KeyUsageFlags.digitalSignature, x509.ExtendedKeyUsage.clientAuth),
    signDer: await leaf(o.signSpki, x509.KeyUsageFlags.nonRepudiation, x509.ExtendedKeyUsage.emailProtection),
  };
};

/** Runs `pkcs11-tool --module <module> ...args` and returns its stdout; throws when it fails. */
export type Pkcs11ToolRunner = (args: string[]) => string;

export type CpsTokenOptions = Partial<CpsHolder> & {
  /** Label of the token, already initialised (softhsm2-util --init-token). */
  tokenLabel: string;
  /** Its user PIN. */
  pin: string;
  notAfter?: Date;
  /** CPS_ID_CARD's value; default a small binary blob (the real object is not text). */
  idCard?: Uint8Array;
};

export type CpsToken = {
  caDer: Uint8Array;
  authDer: Uint8Array;
  signDer: Uint8Array;
  /** The public keys read back from the token (DER SPKI). */
  authSpki: Uint8Array;
  signSpki: Uint8Array;
  holder: CpsHolder;
  pin: string;
};

/** The fixture card's holder unless a test says otherwise (RPPS with a valid check digit). */
export const DEFAULT_CPS_HOLDER: CpsHolder = {
  rpps: '10002727377',
  surname: 'MARTIN',
  givenName: 'CLAIRE',
  professionCode: '10',
  professionLabel: 'Médecin',
};

/**
 * Makes an initialised token look like a CPS card, with OpenSC's pkcs11-tool only:
 * - key pairs RSA-2048 on the token: CKA_ID 01 "CPS_PRIV_AUT", 02 "CPS_PRIV_SIG" (both
 *   halves take the label; the private halves are sensitive, never extractable);
 * - the public keys read back, certified by makeCpsCertificates, the certificates stored
 *   with the same CKA_IDs: 01 "Certificat d'Authentification CPS", 02 "Certificat de
 *   Signature CPS";
 * - public data objects (application "CPS"): CPS_ID_CARD (binary), CPS_NAME_PS
 *   ("<SURNAME> <GIVEN NAME>", UTF-8 text), CPS_INFO_PS ("<code> <profession>", UTF-8).
 * Files go through a temp folder removed before returning.
 */
export const writeCpsToken = async (run: Pkcs11ToolRunner, opts: CpsTokenOptions): Promise<CpsToken> => {
  const holder: CpsHolder = {
    rpps: opts.rpps ?? DEFAULT_CPS_HOLDER.rpps,
    surname: opts.surname ?? DEFAULT_CPS_HOLDER.surname,
    givenName: opts.givenName ?? DEFAULT_CPS_HOLDER.givenName,
    professionCode: opts.professionCode ?? DEFAULT_CPS_HOLDER.professionCode,
    professionLabel: opts.professionLabel ?? DEFAULT_CPS_HOLDER.professionLabel,
  };
  const token = ['--token-label', opts.tokenLabel];
  const login = [...token, '--login', '--pin', opts.pin];
  const dir = tempDir('vigie-cps-card-');
  try {
    const spkiOf = (slot: (typeof CPS_CARD)['auth' | 'sign']): Uint8Array => {
      run([...login, '--keypairgen', '--key-type', 'rsa:2048', '--id', slot.id, '--label', slot.keyLabel]);
      const file = join(dir, `pub-${slot.id}.der`);
      // Public key objects are public: no login needed to read them.
      run([...token, '--read-object', '--type', 'pubkey', '--id', slot.id, '-o', file]);
      return new Uint8Array(readFileSync(file));
    };
    const authSpki = spkiOf(CPS_CARD.auth);
    const signSpki = spkiOf(CPS_CARD.sign);
    const certs = await makeCpsCertificates({
      ...holder,
      authSpki,
      signSpki,
      ...(opts.notAfter ? { notAfter: opts.notAfter } : {}),
    });
    const store = (slot: (typeof CPS_CARD)['auth' | 'sign'], certDer: Uint8Array) => {
      const file = join(dir, `cert-${slot.id}.der`);
      writeFileSync(file, certDer);
      run([...login, '--write-object', file, '--type', 'cert', '--id', slot.id, '--label', slot.certLabel]);
    };
    store(CPS_CARD.auth, certs.authDer);
    store(CPS_CARD.sign, certs.signDer);
    const data: [string, Uint8Array][] = [
      [
        CPS_CARD.data.idCard,
        opts.idCard ?? new Uint8Array([0x30, 0x08, 0x02, 0x01, 0x00, 0x04, 0x03, 0x80, 0x12, 0x34]),
      ],
      [CPS_CARD.data.namePs, new TextEncoder().encode(`${holder.surname} ${holder.givenName}`)],
      [CPS_CARD.data.infoPs, new TextEncoder().encode(`${holder.professionCode} ${holder.professionLabel}`)],
    ];
    for (const [label, value] of data) {
      const file = join(dir, `${label}.bin`);
      writeFileSync(file, value);
      // No --private: pkcs11-tool leaves CKA_PRIVATE false, anyone can read the object.
      run([
        ...login,
        '--write-object',
        file,
        '--type',
        'data',
        '--label',
        label,
        '--application-label',
        CPS_CARD.application,
      ]);
    }
    return {
      caDer: certs.caDer,
      authDer: certs.authDer,
      signDer: certs.signDer,
      authSpki,
      signSpki,
      holder,
      pin: opts.pin,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
