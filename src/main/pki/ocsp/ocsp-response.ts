/** OCSPResponse → a trusted status for one CertID, or the reason it cannot be trusted. */
import {
  BasicOCSPResponse,
  id_pkix_ocsp_basic,
  id_pkix_ocsp_nonce,
  OCSPResponse,
  OCSPResponseStatus,
  type SingleResponse,
} from '@peculiar/asn1-ocsp';
import { CRLReasons } from '@peculiar/asn1-x509';
import { Cursor } from '../../../shared/asn1/cursor.js';
import { Univ } from '../../../shared/asn1/tags.js';
import { childrenOf, encoded, parseDer, type Tlv } from '../../../shared/asn1/tlv.js';
import { readBitString } from '../../../shared/asn1/values.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { schemaParse } from '../asn1/schema-parse.js';
import { readAlgorithmIdentifier } from '../describe/algorithm.js';
import { bytesEqual } from '../describe/hex.js';
import { verifySignature } from '../describe/signature.js';
import type { IssuerInfo } from '../revocation/cert-info.js';
import { errorText } from '../revocation/crl-check.js';
import { findSigner } from './ocsp-signer.js';
import { nonceExtensionValue, SHA1_OID, type CertIdParts } from './ocsp-request.js';
import type { RevocationLimits } from '../revocation/types.js';

export type OcspAnswer = {
  status: 'good' | 'revoked' | 'unknown';
  revokedAt?: string;
  reason?: string;
  thisUpdate: string;
  nextUpdate: string | null;
  signer: 'issuer' | 'delegated';
  nonce: 'matched' | 'absent';
};

export type OcspContext = {
  issuer: IssuerInfo;
  id: CertIdParts;
  nonce: Uint8Array;
  now: Date;
  limits: RevocationLimits;
  requireNonce: boolean;
};

const bytes = (b: ArrayBuffer | ArrayBufferView): Uint8Array =>
  b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

const sameCertId = (r: SingleResponse, id: CertIdParts): boolean =>
  r.certID.hashAlgorithm.algorithm === SHA1_OID &&
  bytesEqual(bytes(r.certID.issuerNameHash), id.issuerNameHash) &&
  bytesEqual(bytes(r.certID.issuerKeyHash), id.issuerKeyHash) &&
  // Exact INTEGER contents: DER has one encoding per number, and 85 is not 00 85 (-123 vs 133).
  bytesEqual(bytes(r.certID.serialNumber), id.serial);

/** The signed bytes, signature and shipped certificates, read with our strict DER reader. */
const signedParts = (basic: Uint8Array) => {
  const c = Cursor.of(parseDer(basic, 'BasicOCSPResponse'), Univ.sequence, 'BasicOCSPResponse');
  const tbs = encoded(c.next('tbsResponseData', Univ.sequence));
  const algorithm = readAlgorithmIdentifier(c.next('signatureAlgorithm'), 'signatureAlgorithm');
  const signature = readBitString(c.next('signature'), 'signature');
  const certsTlv = c.optionalContext(0);
  c.end();
  const list = certsTlv ? childrenOf(certsTlv)[0] : undefined;
  const certs = list ? childrenOf(list).map((t: Tlv) => new Uint8Array(encoded(t))) : [];
  return { tbs, algorithm, signature, certs };
};

const freshness = (r: SingleResponse, now: Date, limits: RevocationLimits): string | null => {
  const t = now.getTime();
  if (r.thisUpdate.getTime() > t + limits.skewMs)
    return `thisUpdate ${r.thisUpdate.toISOString()} is in the future`;
  if (r.nextUpdate && t > r.nextUpdate.getTime() + limits.skewMs)
    return `stale answer (nextUpdate ${r.nextUpdate.toISOString()} has passed)`;
  if (!r.nextUpdate && t - r.thisUpdate.getTime() > limits.ocspMaxAgeMs)
    return `stale answer (thisUpdate ${r.thisUpdate.toISOString()}, no nextUpdate)`;
  return null;
};

const checkNonce = (basic: BasicOCSPResponse, ctx: OcspContext): Result<'matched' | 'absent', string> => {
  const ext = basic.tbsResponseData.responseExtensions?.find((e) => e.extnID === id_pkix_ocsp_nonce);
  if (!ext) return ctx.requireNonce ? err('the answer does not echo our nonce') : ok('absent');
  // A stored answer (given in a file, not asked for now): there is no nonce of ours to match.
  if (ctx.nonce.length === 0 && !ctx.requireNonce) return ok('absent');
  const value = bytes(ext.extnValue);
  // RFC 8954 wraps the nonce in an OCTET STRING; pre-RFC 8954 responders put it bare.
  if (bytesEqual(value, nonceExtensionValue(ctx.nonce)) || bytesEqual(value, ctx.nonce)) return ok('matched');
  return err('the answer carries another nonce (replayed or mixed up)');
};

/**
 * Largest answer read. One is a few kilobytes (a handful more with the responder's
 * certificate); the fetcher stops at 64 KiB. A stored one given as a file is capped here:
 * asn1js reads a 1 MB answer of hostile values (an OID of a million arcs) in about a second
 * (found by fuzzing, test/fuzz).
 */
export const MAX_OCSP_RESPONSE_BYTES = 128 * 1024;

/** Parses, authenticates and interprets a responder's answer. Never throws. */
export const readOcspResponse = async (
  body: Uint8Array,
  ctx: OcspContext,
): Promise<Result<OcspAnswer, string>> => {
  if (body.length > MAX_OCSP_RESPONSE_BYTES)
    return err(
      `the answer is ${body.length} bytes; an OCSP answer over ${MAX_OCSP_RESPONSE_BYTES} bytes is not read`,
    );
  let basic: BasicOCSPResponse;
  let parts: ReturnType<typeof signedParts>;
  try {
    // Bounded parses (asn1/schema-parse.ts): asn1js alone took seconds on a hostile 70 KB answer.
    const response = schemaParse(body, OCSPResponse, 'The OCSP response');
    if (response.responseStatus !== OCSPResponseStatus.successful)
      return err(
        `responder status ${OCSPResponseStatus[response.responseStatus] ?? response.responseStatus}`,
      );
    if (!response.responseBytes || response.responseBytes.responseType !== id_pkix_ocsp_basic)
      return err('not a basic OCSP response');
    const basicDer = bytes(response.responseBytes.response);
    parts = signedParts(basicDer);
    basic = schemaParse(basicDer, BasicOCSPResponse, 'The basic OCSP response');
  } catch (e) {
    return err(`unreadable OCSP response: ${errorText(e)}`);
  }
  const signer = await findSigner(basic.tbsResponseData.responderID, parts.certs, ctx.issuer, ctx.now);
  if (!signer.ok) return err(signer.why);
  const verified = verifySignature(parts.tbs, parts.algorithm, parts.signature, signer.signer.spkiDer);
  if (verified !== true) return err('OCSP response signature does not verify');
  const single = basic.tbsResponseData.responses.find((r) => sameCertId(r, ctx.id));
  if (!single) return err('the answer does not cover this certificate (other serial or issuer)');
  const stale = freshness(single, ctx.now, ctx.limits);
  if (stale) return err(stale);
  const nonce = checkNonce(basic, ctx);
  if (!nonce.ok) return nonce;
  const base = {
    thisUpdate: single.thisUpdate.toISOString(),
    nextUpdate: single.nextUpdate ? single.nextUpdate.toISOString() : null,
    signer: signer.signer.kind,
    nonce: nonce.value,
  };
  const s = single.certStatus;
  if (s.revoked) {
    const answer: OcspAnswer = {
      ...base,
      status: 'revoked',
      revokedAt: s.revoked.revocationTime.toISOString(),
    };
    const reason = s.revoked.revocationReason;
    if (reason) answer.reason = CRLReasons[reason.reason] ?? String(reason.reason);
    return ok(answer);
  }
  if (s.good !== undefined) return ok({ ...base, status: 'good' });
  return ok({ ...base, status: 'unknown' });
};
