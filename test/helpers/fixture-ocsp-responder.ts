/**
 * OCSP answers for the fixture PKI (RFC 6960), signed with WebCrypto. Knobs let tests make
 * the answers wrong on purpose: another serial, stale dates, no or wrong nonce, a delegated
 * or a stranger's signature.
 */
import { createHash, webcrypto } from 'node:crypto';
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
import { AlgorithmIdentifier, Certificate, CRLReason, Extension } from '@peculiar/asn1-x509';
import type { FixtureCert } from './fixture-ca.js';

export type OcspKnobs = {
  /** Answer for this serial (hex) instead of the one asked about. */
  answerSerial?: string;
  /** thisUpdate two days ago, nextUpdate yesterday. */
  stale?: boolean;
  nonce?: 'echo' | 'omit' | 'wrong';
  /** Who signs: the CA, a delegated responder (id-kp-OCSPSigning, issued by the CA) or a stranger. */
  signer?: 'ca' | 'delegated' | 'stranger';
  /** Force a status whatever the revocation list says. */
  forceStatus?: 'good' | 'unknown';
};

export type Revoked = { date: Date; reason?: number };

export type ResponderState = {
  ca: FixtureCert;
  delegated: FixtureCert;
  stranger: FixtureCert;
  revoked: Map<string, Revoked>;
  issued: Set<string>;
  now: () => Date;
  knobs: OcspKnobs;
};

const HOUR = 3_600_000;
const SHA256_RSA = '1.2.840.113549.1.1.11';

/** Serial as upper-case hex without sign padding (the key of `revoked` and `issued`). */
export const serialKey = (hex: string): string => hex.toUpperCase().replace(/^(00)+(?=..)/, '');

/** Positive INTEGER contents for a hex magnitude (sign byte added when the top bit is set). */
const integerContents = (hex: string): ArrayBuffer => {
  const bytes = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  const padded = (bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.of(0), bytes]) : bytes;
  return new Uint8Array(padded).buffer;
};

const keyBits = (der: Uint8Array): ArrayBuffer =>
  AsnConvert.parse(der, Certificate).tbsCertificate.subjectPublicKeyInfo.subjectPublicKey;

const statusFor = (state: ResponderState, serial: string): CertStatus => {
  const forced = state.knobs.forceStatus;
  const revoked = state.revoked.get(serial);
  if (forced === 'unknown' || (!forced && !state.issued.has(serial)))
    return new CertStatus({ unknown: null });
  if (forced === 'good' || !revoked) return new CertStatus({ good: null });
  const info = new RevokedInfo({ revocationTime: revoked.date });
  if (revoked.reason !== undefined) info.revocationReason = new CRLReason(revoked.reason);
  return new CertStatus({ revoked: info });
};

const nonceExtension = (request: OCSPRequest, mode: OcspKnobs['nonce']): Extension[] | undefined => {
  const asked = request.tbsRequest.requestExtensions?.find((e) => e.extnID === id_pkix_ocsp_nonce);
  if (!asked || mode === 'omit') return undefined;
  const value =
    mode === 'wrong'
      ? AsnConvert.serialize(new OctetString(new Uint8Array(16).fill(0xee)))
      : asked.extnValue.buffer.slice(0);
  return [new Extension({ extnID: id_pkix_ocsp_nonce, critical: false, extnValue: new OctetString(value) })];
};

/** DER OCSPResponse for a DER OCSPRequest. */
export const answerOcsp = async (state: ResponderState, requestDer: Uint8Array): Promise<Uint8Array> => {
  const request = AsnConvert.parse(requestDer, OCSPRequest);
  const asked = request.tbsRequest.requestList[0]?.reqCert;
  if (!asked) return new Uint8Array(AsnConvert.serialize(new OCSPResponse({ responseStatus: 1 })));
  const askedSerial = serialKey(Buffer.from(asked.serialNumber).toString('hex'));
  const serial = state.knobs.answerSerial ? serialKey(state.knobs.answerSerial) : askedSerial;
  const certID = AsnConvert.parse(AsnConvert.serialize(asked), CertID);
  if (state.knobs.answerSerial) certID.serialNumber = integerContents(serial);
  const now = state.now().getTime();
  const thisUpdate = new Date(state.knobs.stale ? now - 48 * HOUR : now - 60_000);
  const nextUpdate = new Date(state.knobs.stale ? now - 24 * HOUR : now + HOUR);
  const signer = { ca: state.ca, delegated: state.delegated, stranger: state.stranger }[
    state.knobs.signer ?? 'ca'
  ];
  const byKey = new KeyHash(
    createHash('sha1')
      .update(new Uint8Array(keyBits(signer.der)))
      .digest(),
  );
  const tbs = new ResponseData({
    responderID: new ResponderID({ byKey }),
    producedAt: new Date(now),
    responses: [new SingleResponse({ certID, certStatus: statusFor(state, serial), thisUpdate, nextUpdate })],
    responseExtensions: nonceExtension(request, state.knobs.nonce),
  });
  const tbsDer = AsnConvert.serialize(tbs);
  const signature = await webcrypto.subtle.sign('RSASSA-PKCS1-v1_5', signer.keys.privateKey, tbsDer);
  const basic = new BasicOCSPResponse({
    tbsResponseData: tbs,
    signatureAlgorithm: new AlgorithmIdentifier({ algorithm: SHA256_RSA, parameters: null }),
    signature,
    certs: signer === state.ca ? undefined : [AsnConvert.parse(signer.der, Certificate)],
  });
  const response = new OCSPResponse({
    responseStatus: OCSPResponseStatus.successful,
    responseBytes: new ResponseBytes({
      responseType: id_pkix_ocsp_basic,
      response: new OctetString(AsnConvert.serialize(basic)),
    }),
  });
  return new Uint8Array(AsnConvert.serialize(response));
};
