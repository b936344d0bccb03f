/** The sandbox's OCSP responder (RFC 6960): answers signed by the sandbox issuing CA itself. */
import {
  BasicOCSPResponse,
  CertID,
  CertStatus,
  id_pkix_ocsp_basic,
  id_pkix_ocsp_nonce,
  KeyHash,
  OCSPRequest,
  OCSPResponse,
  OCSPResponseStatus,
  ResponderID,
  ResponseBytes,
  ResponseData,
  RevokedInfo,
  SingleResponse,
} from '@peculiar/asn1-ocsp';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  Certificate as CertificateSchema,
  CRLReason,
  Extension,
} from '@peculiar/asn1-x509';
import { createHash } from 'node:crypto';
import { REASON_CODES, serialKey, signWithIssuing, type RevokedEntry, type SandboxCa } from './sandbox-ca.js';

const SHA256_RSA = '1.2.840.113549.1.1.11';
const HASHES: Record<string, string> = { '1.3.14.3.2.26': 'sha1', '2.16.840.1.101.3.4.2.1': 'sha256' };

export type OcspLookup = {
  /** Serials the sandbox issued (serialKey form). */
  issued: ReadonlySet<string>;
  revoked: ReadonlyMap<string, RevokedEntry>;
  now: Date;
  validityMs: number;
};

const failure = (status: OCSPResponseStatus) =>
  new Uint8Array(AsnConvert.serialize(new OCSPResponse({ responseStatus: status })));

/** The subjectPublicKey BIT STRING contents of the issuing CA (what issuerKeyHash hashes). */
const issuerKeyBits = (ca: SandboxCa): Uint8Array => {
  const cert = AsnConvert.parse(ca.issuing.cert.rawData, CertificateSchema);
  return new Uint8Array(cert.tbsCertificate.subjectPublicKeyInfo.subjectPublicKey);
};

const statusOf = (asked: CertID, ca: SandboxCa, lookup: OcspLookup): CertStatus => {
  const hash = HASHES[asked.hashAlgorithm.algorithm];
  const bits = issuerKeyBits(ca);
  const ours =
    hash !== undefined &&
    Buffer.from(asked.issuerKeyHash.buffer).equals(createHash(hash).update(bits).digest());
  const serial = serialKey(Buffer.from(asked.serialNumber).toString('hex'));
  if (!ours || !lookup.issued.has(serial)) return new CertStatus({ unknown: null });
  const revoked = lookup.revoked.get(serial);
  if (!revoked) return new CertStatus({ good: null });
  const info = new RevokedInfo({ revocationTime: revoked.date });
  info.revocationReason = new CRLReason(REASON_CODES[revoked.reason]);
  return new CertStatus({ revoked: info });
};

/** DER OCSPResponse for a DER OCSPRequest (the first CertID asked about; the nonce echoed). */
export const answerOcsp = async (ca: SandboxCa, requestDer: Uint8Array, lookup: OcspLookup) => {
  let request: OCSPRequest;
  try {
    request = AsnConvert.parse(requestDer, OCSPRequest);
  } catch {
    return failure(OCSPResponseStatus.malformedRequest);
  }
  const asked = request.tbsRequest.requestList[0]?.reqCert;
  if (!asked) return failure(OCSPResponseStatus.malformedRequest);
  const now = lookup.now.getTime();
  const nonce = request.tbsRequest.requestExtensions?.find((e) => e.extnID === id_pkix_ocsp_nonce);
  const tbs = new ResponseData({
    responderID: new ResponderID({
      byKey: new KeyHash(createHash('sha1').update(issuerKeyBits(ca)).digest()),
    }),
    producedAt: new Date(now),
    responses: [
      new SingleResponse({
        certID: asked,
        certStatus: statusOf(asked, ca, lookup),
        thisUpdate: new Date(now - 60_000),
        nextUpdate: new Date(now + lookup.validityMs),
      }),
    ],
    responseExtensions: nonce
      ? [new Extension({ extnID: id_pkix_ocsp_nonce, critical: false, extnValue: nonce.extnValue })]
      : undefined,
  });
  const tbsDer = new Uint8Array(AsnConvert.serialize(tbs));
  const basic = new BasicOCSPResponse({
    tbsResponseData: tbs,
    signatureAlgorithm: new AlgorithmIdentifier({ algorithm: SHA256_RSA, parameters: null }),
    signature: await signWithIssuing(ca, tbsDer),
  });
  return new Uint8Array(
    AsnConvert.serialize(
      new OCSPResponse({
        responseStatus: OCSPResponseStatus.successful,
        responseBytes: new ResponseBytes({
          responseType: id_pkix_ocsp_basic,
          response: new OctetString(AsnConvert.serialize(basic)),
        }),
      }),
    ),
  );
};

/** The GET form: /ocsp/<base64 of the DER request, URL-encoded>. Null when not base64. */
export const requestFromPath = (rest: string): Uint8Array | null => {
  let text: string;
  try {
    text = decodeURIComponent(rest);
  } catch {
    return null;
  }
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length === 0) return null;
  return new Uint8Array(Buffer.from(b64, 'base64'));
};
