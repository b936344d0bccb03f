/**
 * Path building (RFC 4158 style, depth first with backtracking): from the target up to a
 * trust anchor through the untrusted pool, by name chaining. Several certificates may fit
 * one step (old and new keys of a CA, self-issued rollover certificates, look-alikes):
 * each is tried, the likeliest first (key identifiers that match, signatures that verify),
 * and the caller validates every complete path until one holds. Issuers are looked up in
 * the candidate index by the child's issuer name, never by scanning the pool.
 */
import type { CertFacts } from './cert-facts.js';
import type { CandidateIndex } from './candidate-index.js';

/** `chain[0]` is issued by the anchor; the target is last. */
export type CandidatePath = { anchor: CertFacts; chain: CertFacts[] };

/** Longer than any real path; bounds work on hostile pools together with MAX_PATHS. */
const MAX_DEPTH = 12;
const MAX_PATHS = 48;
/**
 * Partial paths extended before the search gives up: a real pool (a CA's old and new keys, a
 * cross-certificate or two) needs tens; a bundle of a hundred CAs with one subject that all
 * sign each other has more paths than can ever be tried, and must be answered, not explored.
 */
const MAX_STEPS = 2_000;

export type PathSearch = {
  paths: CandidatePath[];
  deadEnd: CertFacts[];
  /** The search stopped at MAX_STEPS: paths it did not reach may exist. */
  exhausted: boolean;
};

/** Every path from `target` to an anchor (up to MAX_PATHS, within MAX_STEPS), best first. */
export const searchPaths = (target: CertFacts, index: CandidateIndex): PathSearch => {
  const paths: CandidatePath[] = [];
  let deadEnd: CertFacts[] = [target];
  let steps = 0;
  let exhausted = false;

  const visit = (upward: CertFacts[]): void => {
    if (paths.length >= MAX_PATHS || exhausted) return;
    if (++steps > MAX_STEPS) {
      exhausted = true;
      return;
    }
    const current = upward[upward.length - 1] as CertFacts;
    const seen = new Set(upward.map((c) => c.sha256));
    const candidates = index.issuersOf(current).filter((c) => c.anchor || !seen.has(c.cert.sha256));
    if (candidates.length === 0 && upward.length > deadEnd.length) deadEnd = [...upward];
    for (const c of candidates) {
      if (c.anchor) paths.push({ anchor: c.cert, chain: [...upward].reverse() });
      else if (upward.length < MAX_DEPTH) visit([...upward, c.cert]);
      if (paths.length >= MAX_PATHS || exhausted) return;
    }
  };
  visit([target]);
  return { paths, deadEnd, exhausted };
};
