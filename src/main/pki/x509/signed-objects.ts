import { Univ } from '../../../shared/asn1/tags.js';
import { contents, DerError, encoded, isContext, isUniversal, type Tlv } from '../../../shared/asn1/tlv.js';
import { childrenOf, readAlgorithm, readUnsigned, sequenceOf } from '../asn1/elements.js';
import { readCertificate } from '../certificate/index.js';
import { throwReadFailure } from '../reader/read-error.js';
import { checkName, checkTime } from './field-checks.js';

/**
 * Structural checks for the three signed X.509 objects. They confirm the object is whole
 * and readable; what it says (extensions, signature, key quality) is for describe/.
 */

const checkSignedEnvelope = (node: Tlv, what: string): Tlv[] => {
  const [tbs, alg, signature] = sequenceOf(node, what);
  readAlgorithm(alg, `${what} signature algorithm`);
  if (!isUniversal(signature, Univ.bitString) || contents(signature).length === 0)
    throwReadFailure('malformed', `${what} has no valid signature value.`);
  return sequenceOf(tbs, `${what} body`);
};

const checkSpki = (node: Tlv | undefined, what: string): void => {
  const [alg, key] = sequenceOf(node, `${what} public key`);
  readAlgorithm(alg, `${what} public key algorithm`);
  if (!isUniversal(key, Univ.bitString))
    throwReadFailure('malformed', `${what} public key is not a BIT STRING.`);
};

const checkInteger = (node: Tlv | undefined, what: string): void => {
  if (!isUniversal(node, Univ.integer) || node.constructed || contents(node).length === 0)
    throwReadFailure('malformed', `${what} is not a valid INTEGER.`);
};

/** Every structural check, field by field, each failure worded for the field at fault. */
const walkCertificate = (node: Tlv): void => {
  const what = 'The certificate';
  const t = checkSignedEnvelope(node, what);
  let i = 0;
  if (isContext(t[0], 0)) {
    const version = readUnsigned(childrenOf(t[0])[0], `${what} version`);
    if (version > 2) throwReadFailure('malformed', `${what} has an unknown version (${version + 1}).`);
    i = 1;
  }
  checkInteger(t[i], `${what} serial number`);
  readAlgorithm(t[i + 1], `${what} signature algorithm`);
  checkName(t[i + 2], `${what} issuer name`);
  const [notBefore, notAfter, extra] = sequenceOf(t[i + 3], `${what} validity`);
  checkTime(notBefore, `${what} start of validity`);
  checkTime(notAfter, `${what} end of validity`);
  if (extra !== undefined) throwReadFailure('malformed', `${what} validity has extra fields.`);
  checkName(t[i + 4], `${what} subject name`);
  checkSpki(t[i + 5], what);
  for (const rest of t.slice(i + 6)) {
    if (!(isContext(rest, 1) || isContext(rest, 2) || isContext(rest, 3)))
      throwReadFailure('malformed', `${what} body has unexpected fields.`);
  }
};

/** checkName on a name the strict parser cut out: what DER forbids inside it is malformed too. */
const checkParsedName = (name: Tlv, where: string): void => {
  try {
    checkName(name, where);
  } catch (e) {
    if (!(e instanceof DerError)) throw e;
    throwReadFailure('malformed', `${where} is not a valid distinguished name (${e.message}).`);
  }
};

/**
 * Checks a certificate and returns its own bytes, parsed once by the certificate topic's
 * parser: describe and chain building find them in its cache instead of parsing again.
 * The parser is stricter than the field walk on everything it reads, so a certificate it
 * accepts only needs the checks it does not make (inside the two names); the walk runs in
 * full only to word the failure of one it refuses.
 */
export const checkCertificate = (node: Tlv): Uint8Array => {
  const parsed = readCertificate(encoded(node));
  if (parsed.ok) {
    checkParsedName(parsed.value.issuer, 'The certificate issuer name');
    checkParsedName(parsed.value.subject, 'The certificate subject name');
    return parsed.value.der;
  }
  walkCertificate(node);
  return throwReadFailure('malformed', 'The certificate does not match its ASN.1 structure.');
};

export const checkCsr = async (node: Tlv): Promise<void> => {
  const what = 'The certificate request';
  const [version, subject, spki, attributes, extra] = checkSignedEnvelope(node, what);
  const v = readUnsigned(version, `${what} version`);
  if (v !== 0)
    throwReadFailure('malformed', `${what} has version value ${v}; only 0 (version 1) is defined.`);
  checkName(subject, `${what} subject name`);
  checkSpki(spki, what);
  if (extra !== undefined || (attributes !== undefined && !isContext(attributes, 0)))
    throwReadFailure('malformed', `${what} body has unexpected fields.`);
  // The schema modules load with the first request read: a run that only meets
  // certificates (most of them) never evaluates them (~20 ms of start-up).
  const [{ CertificationRequest }, { schemaParse }] = await Promise.all([
    import('@peculiar/asn1-csr'),
    import('../asn1/schema-parse.js'),
  ]);
  schemaParse(encoded(node), CertificationRequest, what);
};

export const checkCrl = (node: Tlv): void => {
  const what = 'The CRL';
  const t = checkSignedEnvelope(node, what);
  let i = 0;
  if (isUniversal(t[0], Univ.integer)) {
    const version = readUnsigned(t[0], `${what} version`);
    if (version > 1) throwReadFailure('malformed', `${what} has an unknown version (${version + 1}).`);
    i = 1;
  }
  readAlgorithm(t[i], `${what} signature algorithm`);
  checkName(t[i + 1], `${what} issuer name`);
  checkTime(t[i + 2], `${what} thisUpdate`);
  let next = t[i + 3];
  if (isUniversal(next, Univ.utcTime) || isUniversal(next, Univ.generalizedTime)) {
    checkTime(next, `${what} nextUpdate`);
    next = t[i + 4];
    i++;
  }
  if (isUniversal(next, Univ.sequence)) {
    for (const entry of sequenceOf(next, `${what} revoked list`)) {
      const [serial, date] = sequenceOf(entry, `${what} revoked entry`);
      checkInteger(serial, `${what} revoked serial number`);
      checkTime(date, `${what} revocation date`);
    }
    i++;
  }
  for (const rest of t.slice(i + 3)) {
    if (!isContext(rest, 0)) throwReadFailure('malformed', `${what} body has unexpected fields.`);
  }
  // No asn1js schema pass here: CRLs run to hundreds of thousands of entries, where it costs
  // seconds; the walk above already checked every entry.
};
