/**
 * PKCS#10 (RFC 2986) CertificationRequest for one IGC-Santé product:
 *   SEQUENCE { CertificationRequestInfo, sha256WithRSAEncryption, BIT STRING signature }
 *   CertificationRequestInfo = SEQUENCE { INTEGER 0, Name, SPKI, [0] { extensionRequest } }
 * The signature comes from the caller's signer, so private keys never pass through here.
 */
import {
  bitString,
  nullValue,
  objectIdentifier,
  sequence,
  unsignedInteger,
} from '../../../shared/asn1/build.js';
import type { SubjectSpec } from '../../../shared/csr/subject-spec.js';
import { expectedProfile } from '../../../shared/igc-sante/profile.js';
import type { ProductCode } from '../../../shared/model/igc-sante.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { checkRsaSpki, signatureMatches } from './check-key.js';
import { encodeAttributes } from './extension-request.js';
import { encodeName } from './encode-name.js';
import { csrError, type CsrBuildError } from './errors.js';
import { checkSubject } from './subject-guard.js';

const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';

export type CsrSigner<E> = (tbs: Uint8Array) => Promise<Result<Uint8Array, E>>;

export type CsrInput<E> = {
  readonly subject: SubjectSpec;
  readonly product: ProductCode;
  /** DER SubjectPublicKeyInfo of the key `sign` uses (StoredKey.spkiDer). */
  readonly spkiDer: Uint8Array;
  /** RSASSA-PKCS1-v1_5 over SHA-256 of the given bytes (KeyStore.sign bound to a key id). */
  readonly sign: CsrSigner<E>;
};

export type BuiltCsr = { readonly der: Uint8Array; readonly pem: string };

/** RFC 7468 armour: 64-character base64 lines. */
const toPem = (der: Uint8Array): string => {
  const b64 = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE REQUEST-----\n${lines.join('\n')}\n-----END CERTIFICATE REQUEST-----\n`;
};

/**
 * Builds and signs the request. Expected failures are values: a bad subject or key is a
 * `CsrBuildError`, a signer failure comes back exactly as the signer returned it.
 */
export const buildCsr = async <E>(input: CsrInput<E>): Promise<Result<BuiltCsr, E | CsrBuildError>> => {
  const profile = expectedProfile(input.product);
  const subjectOk = checkSubject(input.subject, profile.san);
  if (!subjectOk.ok) return subjectOk;
  const key = checkRsaSpki(input.spkiDer, profile.key.allowedBits);
  if (!key.ok) return key;

  const tbs = sequence(
    unsignedInteger(0),
    encodeName(input.subject),
    input.spkiDer,
    encodeAttributes(profile, input.subject.dnsNames),
  );
  const signed = await input.sign(tbs);
  if (!signed.ok) return signed;
  if (!signatureMatches(key.value, tbs, signed.value)) {
    return err(csrError('signature-mismatch', 'the signature does not match the public key of the request'));
  }
  const der = sequence(
    tbs,
    sequence(objectIdentifier(SHA256_WITH_RSA), nullValue()),
    bitString(signed.value),
  );
  return ok({ der, pem: toPem(der) });
};
