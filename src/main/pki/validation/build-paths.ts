/**
 * Path building (RFC 4158 style, depth first with backtracking): from the target up to a
 * trust anchor through the untrusted pool, by name chaining. Several certificates may fit
 * one step (old and new keys of a CA, self-issued rollover certificates, look-alikes):
 * each is tried, the likeliest first (key identifiers that match, signatures that verify),
 * and the caller validates every complete path until one holds.
 */
import type { CertFacts } from './cert-facts.js';
import { nameEquals } from './name-key.js';
import { verifySigned, workingKeyOf } from './signature-check.js';

/** `chain[0]` is issued by the anchor; the target is last. */
export type CandidatePath = { anchor: CertFacts; chain: CertFacts[] };

/** Longer than any real path; bounds work on hostile pools together with MAX_PATHS. */
const MAX_DEPTH = 12;
const MAX_PATHS = 48;

type Candidate = { cert: CertFacts; anchor: boolean; score: number };

export type PathSearch = { paths: CandidatePath[]; deadEnd: CertFacts[] };

/** How likely `issuer` is the one that signed `child`: AKI = SKI counts most. */
const score = (child: CertFacts, issuer: CertFacts, cache: Map<string, boolean | null>): number => {
  const id = `${child.sha256}|${issuer.sha256}`;
  if (!cache.has(id)) cache.set(id, verifySigned(child.parsed, workingKeyOf(issuer.parsed.spki, null)));
  const sig = cache.get(id);
  const keyIdMatch = child.authorityKeyId !== null && child.authorityKeyId === issuer.subjectKeyId;
  return (keyIdMatch ? 4 : 0) + (sig === true ? 2 : sig === null ? 1 : 0);
};

/** Every path from `target` to an anchor (up to MAX_PATHS), best first. */
export const searchPaths = (
  target: CertFacts,
  pool: readonly CertFacts[],
  anchors: readonly CertFacts[],
): PathSearch => {
  const paths: CandidatePath[] = [];
  const cache = new Map<string, boolean | null>();
  let deadEnd: CertFacts[] = [target];

  const visit = (upward: CertFacts[]): void => {
    if (paths.length >= MAX_PATHS) return;
    const current = upward[upward.length - 1] as CertFacts;
    const seen = new Set(upward.map((c) => c.sha256));
    const candidates: Candidate[] = [
      ...anchors.map((cert) => ({ cert, anchor: true, score: 0 })),
      ...pool.filter((c) => !seen.has(c.sha256)).map((cert) => ({ cert, anchor: false, score: 0 })),
    ]
      .filter((c) => nameEquals(c.cert.subject, current.issuer))
      .map((c) => ({ ...c, score: score(current, c.cert, cache) }))
      // Best score first; at equal score an anchor ends the path sooner.
      .sort((a, b) => b.score - a.score || Number(b.anchor) - Number(a.anchor));
    if (candidates.length === 0 && upward.length > deadEnd.length) deadEnd = [...upward];
    for (const c of candidates) {
      if (c.anchor) paths.push({ anchor: c.cert, chain: [...upward].reverse() });
      else if (upward.length < MAX_DEPTH) visit([...upward, c.cert]);
      if (paths.length >= MAX_PATHS) return;
    }
  };
  visit([target]);
  return { paths, deadEnd };
};
