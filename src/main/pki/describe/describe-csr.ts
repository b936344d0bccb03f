/** DER PKCS#10 certification request → `CsrView`. */
import type { CsrView } from '../../../shared/model/certificate.js';
import type { ReadError } from '../../../shared/model/errors.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { publicKeyInfo, readSpki, signatureAlgorithmRef } from './algorithm.js';
import { readSignedEnvelope } from './signed-envelope.js';
import { describeAttributes } from './csr-attributes.js';
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { DerError, encoded } from '../../../shared/asn1/tlv.js';
import { readSmallInt } from '../../../shared/asn1/values.js';
import { sha256Hex } from './hex.js';
import { decodeName } from './distinguished-name.js';
import { toPem } from './pem.js';
import { precheck, toReadError } from './read-error.js';
import { verifySignature } from './signature.js';

const build = (der: Uint8Array): CsrView => {
  const { tbsTlv, algorithm, signature } = readSignedEnvelope(der, 'certification request');
  const c = new Cursor(tbsTlv, 'certificationRequestInfo');
  const version = readSmallInt(c.next('version', Univ.integer), 'version');
  // Only v1 (0) exists; pyca bad-version.pem must be refused.
  if (version !== 0) throw new DerError(`unknown CSR version ${version}`);
  const subject = decodeName(c.next('subject', Univ.sequence));
  const spki = readSpki(c.next('subjectPKInfo'));
  // RFC 2986 makes [0] mandatory, but some tools omit an empty one: tolerate it.
  const attributesTlv = c.optionalContext(0);
  c.end();
  const { attributes, extensions, facts } = describeAttributes(attributesTlv);
  return {
    subject,
    publicKey: publicKeyInfo(spki),
    signatureAlgorithm: signatureAlgorithmRef(algorithm),
    signatureValid: verifySignature(encoded(tbsTlv), algorithm, signature, spki.der),
    sha256: sha256Hex(der),
    spkiSha256: sha256Hex(spki.der),
    subjectAltNames: facts.subjectAltNames ?? [],
    keyUsage: facts.keyUsage ?? [],
    extendedKeyUsage: facts.extendedKeyUsage ?? [],
    extensions,
    attributes,
    pem: toPem(der, 'CERTIFICATE REQUEST'),
  };
};

/** Describes a DER CSR. Never throws: a CSR we cannot read is a `ReadError`. */
export const describeCsr = async (der: Uint8Array): Promise<Result<CsrView, ReadError>> => {
  const refused = precheck(der, 'certification request');
  if (refused) return err(refused);
  try {
    return ok(build(der));
  } catch (e) {
    return err(toReadError(e, 'certification request'));
  }
};
