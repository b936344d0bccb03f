/** DER certificate → `CertificateView`. */
import type { CertificateView } from '../../../shared/model/certificate.js';
import type { DistinguishedName } from '../../../shared/model/names.js';
import type { ReadError } from '../../../shared/model/errors.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { publicKeyInfo, signatureAlgorithmRef } from './algorithm.js';
import { parseCertificate } from './certificate-parser.js';
import { encoded } from '../../../shared/asn1/tlv.js';
import { serialHex } from '../../../shared/asn1/values.js';
import { bytesEqual, sha1Hex, sha256Hex } from './hex.js';
import { decodeName } from './distinguished-name.js';
import { describeExtensions } from './extension-list.js';
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

const build = (der: Uint8Array, now: Date): CertificateView => {
  const cert = parseCertificate(der);
  const subject = decodeName(cert.subject);
  const issuer = decodeName(cert.issuer);
  const { views, facts } = cert.extensions ? describeExtensions(cert.extensions) : { views: [], facts: {} };
  return {
    version: cert.version,
    subject,
    issuer,
    serialNumber: serialHex(cert.serial),
    notBefore: cert.notBefore.toISOString(),
    notAfter: cert.notAfter.toISOString(),
    daysLeft: Math.floor((cert.notAfter.getTime() - now.getTime()) / DAY_MS),
    sha256: sha256Hex(der),
    sha1: sha1Hex(der),
    spkiSha256: sha256Hex(cert.spki.der),
    publicKey: publicKeyInfo(cert.spki),
    // The TBS copy is the one the signature covers (pyca v1_cert.pem has a different outer one).
    signatureAlgorithm: signatureAlgorithmRef(cert.innerAlgorithm),
    selfIssued: isSelfIssued(encoded(cert.issuer), encoded(cert.subject), issuer, subject),
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
    pem: toPem(der, 'CERTIFICATE'),
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
    return ok(build(der, now));
  } catch (e) {
    return err(toReadError(e, 'certificate'));
  }
};

/** SHA-256 of the SubjectPublicKeyInfo (pairs certificates with keys and CSRs). Throws on non-certificates. */
export const spkiSha256OfCertificate = (der: Uint8Array): string => sha256Hex(parseCertificate(der).spki.der);
