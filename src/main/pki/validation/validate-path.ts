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
import { checkRevocation, type RevocationContext } from './revocation.js';
import {
  DEFAULT_POLICY,
  pathFailure,
  type Failure,
  type PathLink,
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

const result = (failure: Failure | null, path: PathLink[]): ValidationResult =>
  failure
    ? { status: failure.status, reason: `${failure.code}: ${failure.message}`, path }
    : { status: 'valid', reason: null, path };

const revocationFailure = async (
  p: CandidatePath,
  ctx: RevocationContext,
  prep: Prepared,
): Promise<Failure | null> => {
  const keys = workingKeys(p.anchor, p.chain);
  const above = [{ cert: p.anchor, key: keys[0] }];
  for (const [idx, cert] of p.chain.entries()) {
    const status = await checkRevocation(
      cert,
      above.flatMap((a) => (a.key ? [{ cert: a.cert, key: a.key }] : [])),
      ctx,
    );
    if (status.status === 'revoked') return pathFailure('revoked', status.message);
    if (status.status === 'undetermined') {
      if (prep.input.revocation === 'require') return pathFailure('revocation-unchecked', status.message);
      if (status.crlSeen) return pathFailure('revocation-unknown', status.message, 'unknown');
    }
    above.push({ cert, key: keys[idx + 1] });
  }
  return null;
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
  for (const p of search.paths) {
    let failure = processPath(p.anchor, p.chain, prep.input.at, prep.input.policy ?? DEFAULT_POLICY);
    if (!failure && prep.input.revocation !== 'off') failure = await revocationFailure(p, ctx, prep);
    const outcome = result(failure, pathLinks(p));
    if (!failure) return outcome;
    first ??= outcome;
  }
  return first as ValidationResult;
};

export const validatePath = async (input: ValidationInput): Promise<ValidationResult> => {
  const target = certFacts(input.target);
  if (!target)
    return result(pathFailure('bad-certificate', 'the certificate to validate cannot be read'), []);
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
