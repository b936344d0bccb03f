/** DER certificate → `CertificateView`. */
import type { CertificateView } from '../../../shared/model/certificate.js';
import type { DistinguishedName } from '../../../shared/model/names.js';
import type { ReadError } from '../../../shared/model/errors.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { publicKeyInfo, signatureAlgorithmRef } from './algorithm.js';
import { derivedSlot, parseCertificate, type ParsedCertificate } from '../certificate/index.js';
import { serialHex } from '../../../shared/asn1/values.js';
import { bytesEqual, sha1Hex } from './hex.js';
import { decodeName } from './distinguished-name.js';
import { extensionsOf } from './extension-list.js';
import { toPem } from './pem.js';
import { precheck, toReadError } from './read-error.js';

const DAY_MS = 86_400_000;

/** Self-issued (RFC 5280 3.2): same issuer and subject, byte-equal or equal once decoded. */
const isSelfIssued = (
  issuerDer: Uint8Array,
  subjectDer: Uint8Array,
  issuer: DistinguishedName,
  subject: DistinguishedName,
): boolean => bytesEqual(issuerDer, subjectDer) || issuer.text === subject.text;

type NameTexts = { subject: string; issuer: string };
const nameTexts = derivedSlot<NameTexts>();

/**
 * Decoded subject and issuer; throws DerError when a name cannot be read. Not kept on the
 * certificate (a description asks once, and a 25,000-certificate file kept every decoded
 * name to the end); their texts are, for nameTextsOf.
 */
export const namesOf = (
  cert: ParsedCertificate,
): { subject: DistinguishedName; issuer: DistinguishedName } => {
  const subject = decodeName(cert.subject);
  const issuer = decodeName(cert.issuer);
  if (nameTexts.get(cert) === undefined) nameTexts.set(cert, { subject: subject.text, issuer: issuer.text });
  return { subject, issuer };
};

/** The RFC 4514 texts of subject and issuer, kept: paths and revocation reports show them. */
export const nameTextsOf = (cert: ParsedCertificate): NameTexts => {
  const known = nameTexts.get(cert);
  if (known) return known;
  const { subject, issuer } = namesOf(cert);
  return { subject: subject.text, issuer: issuer.text };
};

/** Only formats what the parser and the extension decoders produced. */
const build = (cert: ParsedCertificate, now: Date): CertificateView => {
  const { subject, issuer } = namesOf(cert);
  const { views, facts } = extensionsOf(cert);
  return {
    version: cert.version,
    subject,
    issuer,
    serialNumber: serialHex(cert.serial),
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    daysLeft: Math.floor((cert.notAfter.getTime() - now.getTime()) / DAY_MS),
    sha256: cert.sha256,
    sha1: sha1Hex(cert.der),
    spkiSha256: cert.spkiSha256,
    publicKey: publicKeyInfo(cert.spki),
    // The TBS copy is the one the signature covers (pyca v1_cert.pem has a different outer one).
    signatureAlgorithm: signatureAlgorithmRef(cert.innerAlgorithm),
    selfIssued: isSelfIssued(cert.issuerDer, cert.subjectDer, issuer, subject),
    isCa: facts.basicConstraints?.isCa ?? false,
    pathLength: facts.basicConstraints?.pathLength ?? null,
    keyUsage: facts.keyUsage ?? [],
    extendedKeyUsage: facts.extendedKeyUsage ?? [],
    subjectAltNames: facts.subjectAltNames ?? [],
    policies: facts.policies ?? [],
    crlDistributionPoints: facts.crlDistributionPoints ?? [],
    ocsp: facts.ocsp ?? [],
    caIssuers: facts.caIssuers ?? [],
    extensions: views,
    pem: toPem(cert.der, 'CERTIFICATE'),
  };
};

/** Describes a DER certificate. Never throws: a certificate we cannot read is a `ReadError`. */
export const describeCertificate = async (
  der: Uint8Array,
  now: Date,
): Promise<Result<CertificateView, ReadError>> => {
  const refused = precheck(der, 'certificate');
  if (refused) return err(refused);
  try {
    return ok(build(parseCertificate(der), now));
  } catch (e) {
    return err(toReadError(e, 'certificate'));
  }
};

/** SHA-256 of the SubjectPublicKeyInfo (pairs certificates with keys and CSRs). Throws on non-certificates. */
export const spkiSha256OfCertificate = (der: Uint8Array): string => parseCertificate(der).spkiSha256;
