/**
 * RFC 5280 §6 path validation: build candidate paths from the untrusted pool to one of the
 * given anchors, run basic path processing on each, then check revocation with the given
 * CRLs. The first path that holds wins; otherwise the best path's failure is reported.
 */
import { candidateIndex, type CandidateIndex } from './candidate-index.js';
import { certFacts, type CertFacts } from './cert-facts.js';
import { crlFacts, type CrlFacts } from './crl-facts.js';
import { searchPaths, type CandidatePath } from './build-paths.js';
import { processPath, workingKeys } from './process-path.js';
import { ocspStatus } from './ocsp-coverage.js';
import { peerFailure } from './peer-name.js';
import { checkRevocation, type RevocationContext } from './revocation.js';
import { usageFailure } from './usage.js';
import {
  DEFAULT_POLICY,
  pathFailure,
  type Failure,
  type PathLink,
  type RevocationFinding,
  type ValidationInput,
  type ValidationResult,
} from './types.js';

/** CRL signers are validated recursively; real PKIs need one or two levels. */
const MAX_SIGNER_DEPTH = 3;

type Prepared = {
  input: ValidationInput;
  index: CandidateIndex;
  /** CRL-signer candidates outside the path: the untrusted pool without the target. */
  pool: readonly CertFacts[];
  crls: CrlFacts[];
};

const links = (certs: readonly CertFacts[]): PathLink[] =>
  certs.map((c) => ({ subject: c.subjectText, sha256: c.sha256 }));

const pathLinks = (p: CandidatePath): PathLink[] => links([...p.chain].reverse().concat(p.anchor));

const notChecked = (certs: readonly PathLink[]): RevocationFinding[] =>
  certs.map((l) => ({ ...l, status: 'not-checked', detail: null }));

const result = (
  failure: Failure | null,
  path: PathLink[],
  revocation: RevocationFinding[] = notChecked(path.slice(0, -1)),
): ValidationResult => {
  const revocationChecked = revocation.every((r) => r.status === 'good' || r.status === 'revoked');
  return failure
    ? {
        status: failure.status,
        reason: `${failure.code}: ${failure.message}`,
        path,
        revocation,
        revocationChecked,
      }
    : { status: 'valid', reason: null, path, revocation, revocationChecked };
};

/**
 * Each certificate of the path (issued by the anchor first) against the CRLs. `require`: one
 * not covered by a verified, current CRL makes the answer unknown; `prefer`: only one whose
 * CRL was found but could not be used does.
 */
const checkPathRevocation = async (
  p: CandidatePath,
  ctx: RevocationContext,
  prep: Prepared,
): Promise<{ failure: Failure | null; findings: RevocationFinding[] }> => {
  const keys = workingKeys(p.anchor, p.chain);
  const above = [{ cert: p.anchor, key: keys[0] }];
  const findings: RevocationFinding[] = [];
  let failure: Failure | null = null;
  for (const [idx, cert] of p.chain.entries()) {
    const link = { subject: cert.subjectText, sha256: cert.sha256 };
    if (failure) {
      findings.push({ ...link, status: 'not-checked', detail: null });
      continue;
    }
    // An OCSP answer from its issuer first (conclusive or nothing), then the CRLs.
    const issuer = above[above.length - 1]?.cert as CertFacts;
    const status =
      (await ocspStatus(cert, issuer, prep.input.ocsp ?? [], prep.input.at)) ??
      (await checkRevocation(
        cert,
        above.flatMap((a) => (a.key ? [{ cert: a.cert, key: a.key }] : [])),
        ctx,
      ));
    if (status.status === 'good') findings.push({ ...link, status: 'good', detail: null });
    else if (status.status === 'revoked') {
      findings.push({ ...link, status: 'revoked', detail: status.message });
      failure = pathFailure('revoked', status.message);
    } else {
      findings.push({ ...link, status: 'not-covered', detail: status.message });
      if (prep.input.revocation === 'require')
        failure = pathFailure('revocation-unchecked', `${cert.subjectText}: ${status.message}`, 'unknown');
      else if (status.crlSeen) failure = pathFailure('revocation-unknown', status.message, 'unknown');
    }
    above.push({ cert, key: keys[idx + 1] });
  }
  // Target first, as the path is reported.
  return { failure, findings: findings.reverse() };
};

const validateFacts = async (
  target: CertFacts,
  prep: Prepared,
  depth: number,
  inProgress: ReadonlySet<string>,
): Promise<ValidationResult> => {
  const anchorCopy = prep.index.anchorBySha.get(target.sha256);
  if (anchorCopy) return result(null, links([anchorCopy]));
  const search = searchPaths(target, prep.index);
  if (search.paths.length === 0 && search.exhausted)
    return result(
      pathFailure(
        'path-search-exhausted',
        'too many candidate paths to try them all (a pool of many CAs with the same name); none tried reached a trust anchor',
        'unknown',
      ),
      links(search.deadEnd),
    );
  if (search.paths.length === 0)
    return result(
      pathFailure(
        'no-path',
        `no path to a trust anchor: no issuer found for ${search.deadEnd.at(-1)?.subjectText ?? 'the certificate'}`,
      ),
      links(search.deadEnd),
    );
  const busy = new Set([...inProgress, target.sha256]);
  const ctx: RevocationContext = {
    crls: prep.crls,
    at: prep.input.at,
    pool: prep.pool,
    anchors: prep.index.anchors,
    validateSigner: async (signer) => {
      if (busy.has(signer.sha256)) return true; // its validation is already under way up the stack
      if (depth >= MAX_SIGNER_DEPTH) return false;
      return (await validateFacts(signer, prep, depth + 1, busy)).status === 'valid';
    },
  };
  let first: ValidationResult | null = null;
  const { input } = prep;
  for (const p of search.paths) {
    let failure =
      depthFailure(p, input.maxDepth) ??
      processPath(p.anchor, p.chain, input.at, input.policy ?? DEFAULT_POLICY, {
        profile: input.profile ?? 'rfc5280',
        forPeer: input.peer !== undefined,
      }) ??
      // The relying party's purpose is the target's: a CRL signer validated on the way is not held to it.
      (depth === 0 && input.usage ? usageFailure(p.chain, input.usage, input.profile ?? 'rfc5280') : null);
    let findings: RevocationFinding[] | undefined;
    if (!failure && input.revocation !== 'off') {
      const checked = await checkPathRevocation(p, ctx, prep);
      failure = checked.failure;
      findings = checked.findings;
    }
    const outcome = result(failure, pathLinks(p), findings);
    if (!failure) return outcome;
    first ??= outcome;
  }
  // Every path found failed, and the search stopped early: one it did not reach might hold.
  if (search.exhausted)
    return result(
      pathFailure(
        'path-search-exhausted',
        `too many candidate paths to try them all; those tried failed (first: ${first?.reason ?? ''})`,
        'unknown',
      ),
      first?.path ?? [],
    );
  return first as ValidationResult;
};

/** More intermediate CAs than the relying party allows (self-issued ones, key rollovers, not counted). */
const depthFailure = (p: CandidatePath, maxDepth: number | undefined): Failure | null => {
  if (maxDepth === undefined) return null;
  const intermediates = p.chain.slice(0, -1).filter((c) => !c.selfIssued).length;
  return intermediates > maxDepth
    ? pathFailure(
        'max-depth',
        `the path has ${intermediates} intermediate CA(s); at most ${maxDepth} allowed`,
      )
    : null;
};

export const validatePath = async (input: ValidationInput): Promise<ValidationResult> => {
  const target = certFacts(input.target);
  if (!target)
    return result(pathFailure('bad-certificate', 'the certificate to validate cannot be read'), []);
  // Not for this peer: no path can change that.
  const wrongPeer = input.peer ? peerFailure(target, input.peer) : null;
  if (wrongPeer) return result(wrongPeer, links([target]));
  const index = candidateIndex(input.untrusted, input.anchors, input.sharedUntrusted);
  const prep: Prepared = {
    input,
    index,
    // Only revocation reads it: without it, no pass over the whole pool per target.
    pool: input.revocation === 'off' ? [] : index.pool.filter((c) => c.sha256 !== target.sha256),
    crls: input.crls.map(crlFacts).filter((c): c is CrlFacts => c !== null),
  };
  return validateFacts(target, prep, 0, new Set());
};
