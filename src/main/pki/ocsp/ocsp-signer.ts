/** Who may sign an OCSP answer (RFC 6960 4.2.2.2): the issuer, or a responder it delegated. */
import { createHash } from 'node:crypto';
import type { ResponderID } from '@peculiar/asn1-ocsp';
import { AsnConvert } from '@peculiar/asn1-schema';
import { bytesEqual } from '../describe/hex.js';
import { parseCertificate } from '../certificate/index.js';
import { extensionFactsOf } from '../describe/extension-list.js';
import { verifyCertificateSignature } from '../describe/verify.js';
import { errorText } from '../revocation/crl-check.js';
import { readIssuer, type IssuerInfo } from '../revocation/cert-info.js';

const OCSP_SIGNING = '1.3.6.1.5.5.7.3.9';

export type Signer = { spkiDer: Uint8Array; kind: 'issuer' | 'delegated' };

const sha1 = (bytes: Uint8Array): Uint8Array => new Uint8Array(createHash('sha1').update(bytes).digest());

const matchesResponderId = (id: ResponderID, who: IssuerInfo): boolean => {
  if (id.byKey) return bytesEqual(new Uint8Array(id.byKey.buffer), sha1(who.publicKeyBits));
  if (id.byName) return bytesEqual(new Uint8Array(AsnConvert.serialize(id.byName)), who.subjectDer);
  return false;
};

/** Why a certificate from the answer cannot sign for `issuer`, or null when it can. */
const delegationProblem = async (der: Uint8Array, issuer: IssuerInfo, now: Date): Promise<string | null> => {
  const cert = parseCertificate(der);
  const facts = extensionFactsOf(cert);
  if (!(facts.extendedKeyUsage ?? []).some((e) => e.oid === OCSP_SIGNING))
    return 'responder certificate lacks id-kp-OCSPSigning';
  if (now < cert.notBefore || now > cert.notAfter) return 'responder certificate is not valid now';
  if ((await verifyCertificateSignature(der, issuer.der)) !== true)
    return 'responder certificate is not signed by the issuer';
  return null;
};

/**
 * The key that must have signed the answer. The issuer's own key when the ResponderID names
 * it; otherwise a certificate shipped in the answer, issued by the issuer for OCSP signing.
 */
export const findSigner = async (
  id: ResponderID,
  shipped: Uint8Array[],
  issuer: IssuerInfo,
  now: Date,
): Promise<{ ok: true; signer: Signer } | { ok: false; why: string }> => {
  if (matchesResponderId(id, issuer))
    return { ok: true, signer: { spkiDer: issuer.spkiDer, kind: 'issuer' } };
  const problems: string[] = [];
  for (const der of shipped) {
    try {
      const candidate = readIssuer(der);
      if (!matchesResponderId(id, candidate)) continue;
      const problem = await delegationProblem(der, issuer, now);
      if (!problem) return { ok: true, signer: { spkiDer: candidate.spkiDer, kind: 'delegated' } };
      problems.push(problem);
    } catch (e) {
      problems.push(`unreadable responder certificate: ${errorText(e)}`);
    }
  }
  return {
    ok: false,
    why: problems[0] ?? 'the answer is signed by neither the issuer nor a responder certificate it carries',
  };
};
