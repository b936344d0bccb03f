/** OCSP side of a check: ask each responder of the AIA in turn until one answers usefully. */
import { randomBytes } from 'node:crypto';
import type { HttpFetcher } from '../../ports/http-fetcher.js';
import type { IssuerInfo, SubjectInfo } from '../../pki/revocation/index.js';
import { buildOcspRequest, certIdFor } from '../../pki/ocsp/index.js';
import { readOcspResponse, type OcspAnswer } from '../../pki/ocsp/index.js';
import type { RevocationCheck, RevocationLimits } from '../../pki/revocation/index.js';

export type OcspQuery = {
  http: HttpFetcher;
  now: Date;
  limits: RevocationLimits;
  requireNonce: boolean;
};

const toCheck = (url: string, a: OcspAnswer, notes: string[]): RevocationCheck => {
  const when = `thisUpdate ${a.thisUpdate}, signed by the ${a.signer === 'issuer' ? 'issuer' : 'delegated responder'}${a.nonce === 'absent' ? ', no nonce echoed' : ''}`;
  const check: RevocationCheck = {
    status: a.status,
    source: 'ocsp',
    detail:
      a.status === 'unknown'
        ? `responder ${url} does not know this certificate (${when})`
        : `responder ${url} says ${a.status} (${when})`,
    notes,
  };
  if (a.revokedAt) check.revokedAt = a.revokedAt;
  if (a.reason) check.reason = a.reason;
  return check;
};

/** 'unknown' results always carry why; notes list every responder tried. */
export const statusFromOcsp = async (
  subject: SubjectInfo,
  issuer: IssuerInfo,
  q: OcspQuery,
): Promise<RevocationCheck> => {
  const notes: string[] = [];
  const urls = subject.ocspUrls.filter((u) => /^https?:\/\//i.test(u));
  if (urls.length === 0) {
    const why = subject.ocspUrls.length === 0 ? 'no OCSP URL in the AIA' : 'no http(s) OCSP URL in the AIA';
    return { status: 'unknown', source: 'ocsp', detail: why, notes: [why] };
  }
  const id = certIdFor(subject, issuer);
  let last: RevocationCheck | null = null;
  for (const url of urls) {
    const nonce = new Uint8Array(randomBytes(16));
    const got = await q.http.post(url, buildOcspRequest(id, nonce), 'application/ocsp-request', {
      maxBytes: q.limits.ocspMaxBytes,
      timeoutMs: q.limits.timeoutMs,
      accept: 'application/ocsp-response',
    });
    if (!got.ok) {
      notes.push(`OCSP ${url}: ${got.error.code}: ${got.error.message}`);
      continue;
    }
    const answer = await readOcspResponse(got.value.body, {
      issuer,
      id,
      nonce,
      now: q.now,
      limits: q.limits,
      requireNonce: q.requireNonce,
    });
    if (!answer.ok) {
      notes.push(`OCSP ${url}: rejected: ${answer.error}`);
      continue;
    }
    last = toCheck(url, answer.value, notes);
    if (answer.value.status !== 'unknown') return last;
  }
  return last ?? { status: 'unknown', source: 'ocsp', detail: notes.join('; '), notes };
};

/**
 * The responders' answers as they came (DER), for a caller that hands them to the path
 * validation engine (`vigie verify`): each responder of the AIA asked once, over http(s).
 * Nothing is judged here; the notes say what could not be asked or was not answered.
 */
export const fetchOcspAnswers = async (
  subject: SubjectInfo,
  issuer: IssuerInfo,
  q: Pick<OcspQuery, 'http' | 'limits'>,
): Promise<{ answers: Uint8Array[]; notes: string[] }> => {
  const notes: string[] = [];
  const answers: Uint8Array[] = [];
  const id = certIdFor(subject, issuer);
  for (const url of subject.ocspUrls.filter((u) => /^https?:\/\//i.test(u))) {
    const got = await q.http.post(
      url,
      buildOcspRequest(id, new Uint8Array(randomBytes(16))),
      'application/ocsp-request',
      {
        maxBytes: q.limits.ocspMaxBytes,
        timeoutMs: q.limits.timeoutMs,
        accept: 'application/ocsp-response',
      },
    );
    if (got.ok) answers.push(got.value.body);
    else notes.push(`OCSP ${url}: ${got.error.code}: ${got.error.message}`);
  }
  return { answers, notes };
};
