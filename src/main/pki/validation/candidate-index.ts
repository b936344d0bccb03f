/**
 * The certificates path building may use, indexed by subject name, so that each step looks
 * its issuers up by the child's issuer name instead of scanning every candidate. Three
 * sides, each indexed once per array and kept as long as the array lives:
 * - the caller's own candidates (one inspected file's certificates);
 * - shared candidates (the trust store's certificates, the same array for every file);
 * - the anchors (one array per anchor group, the same for every file).
 * An inspection of 3,000 files thus indexes the trust store once, not 3,000 times, and the
 * issuer lists (scored, signatures checked) of a CA shared by 25,000 leaves are built once.
 */
import { certFacts, type CertFacts } from './cert-facts.js';
import { verifySigned, workingKeyOf } from './signature-check.js';

export type IssuerCandidate = { cert: CertFacts; anchor: boolean; score: number };

export type CandidateIndex = {
  /** The untrusted candidates (own first, then shared ones not among them). */
  readonly pool: readonly CertFacts[];
  anchors: readonly CertFacts[];
  anchorBySha: ReadonlyMap<string, CertFacts>;
  /** Every candidate whose subject is `issuerId`'s name, best first (see issuersOf). */
  issuersOf: (child: CertFacts) => readonly IssuerCandidate[];
};

type Side = {
  certs: readonly CertFacts[];
  bySubject: ReadonlyMap<string, readonly CertFacts[]>;
  bySha: ReadonlyMap<string, CertFacts>;
  /** On an own side: its indexes, by shared side then anchor side (a few of each). */
  combined?: Map<Side, Map<Side, CandidateIndex>>;
};

const buildSide = (ders: readonly Uint8Array[]): Side => {
  const certs = ders.map(certFacts).filter((c): c is CertFacts => c !== null);
  const bySubject = new Map<string, CertFacts[]>();
  for (const c of certs) {
    const list = bySubject.get(c.subjectId);
    if (list) list.push(c);
    else bySubject.set(c.subjectId, [c]);
  }
  return { certs, bySubject, bySha: new Map(certs.map((c) => [c.sha256, c])) };
};

/**
 * Indexed sides, held strongly and few: the caller's own list is usually the last one seen
 * (one file's leaves one after the other), shared and anchor lists are a handful for the
 * process's life. No WeakMap by array: the arrays hold the parse cache's WeakMap keys, and
 * V8's young-generation collector keeps whatever is reachable through chained WeakMaps.
 */
type Known = { ders: readonly Uint8Array[]; length: number; side: Side };
const MAX_LONG_LIVED = 8;
let lastOwn: Known | null = null;
const longLived: Known[] = [];

const fresh = (k: Known | null | undefined, ders: readonly Uint8Array[]): k is Known =>
  k !== null && k !== undefined && k.ders === ders && k.length === ders.length;

/** An own list: one remembered, the last. */
const ownSide = (ders: readonly Uint8Array[]): Side => {
  if (fresh(lastOwn, ders)) return lastOwn.side;
  lastOwn = { ders, length: ders.length, side: buildSide(ders) };
  return lastOwn.side;
};

/** Drops the remembered own list (an inspection is over: its file's certificates may go). */
export const forgetOwnCandidates = (): void => {
  lastOwn = null;
};

/**
 * A shared or anchor list: the last MAX_LONG_LIVED remembered, most recent first. An array
 * that changed length since is indexed again; callers do not edit these arrays in place otherwise.
 */
const longLivedSide = (ders: readonly Uint8Array[]): Side => {
  const at = longLived.findIndex((k) => fresh(k, ders));
  const known = at >= 0 ? longLived.splice(at, 1)[0] : undefined;
  const entry = known ?? { ders, length: ders.length, side: buildSide(ders) };
  longLived.unshift(entry);
  longLived.length = Math.min(longLived.length, MAX_LONG_LIVED);
  return entry.side;
};

/** Issuer candidates of one name whose signatures are checked to order them (real PKIs: a few). */
const MAX_SCORED = 8;

const keyIdScore = (child: CertFacts, issuer: CertFacts): number =>
  child.authorityKeyId !== null && child.authorityKeyId === issuer.subjectKeyId ? 4 : 0;

/** How likely `issuer` signed `child`: AKI = SKI counts most, then a signature that verifies. */
const score = (child: CertFacts, issuer: CertFacts): number => {
  const sig = verifySigned(child.parsed, workingKeyOf(issuer.parsed.spki, null));
  const keyIdMatch = child.authorityKeyId !== null && child.authorityKeyId === issuer.subjectKeyId;
  return (keyIdMatch ? 4 : 0) + (sig === true ? 2 : sig === null ? 1 : 0);
};

/**
 * The index over one own, one shared and one anchor side. A class, not an object literal
 * with a `get pool()`: V8 gives every evaluation of a literal whose getter is a fresh closure
 * its own hidden class, allocated in the old generation and pointing at that closure. Once
 * the file is done that hidden class is garbage only a full collection finds, and until then
 * it keeps the closure's whole context (this file's index and certificates) alive through
 * every young collection, which copies and promotes it: measured over 3,000 files, 21 MB
 * promoted and two thirds of the collection pauses, where the class promotes nothing.
 */
class CombinedIndex implements CandidateIndex {
  readonly anchors: readonly CertFacts[];
  readonly anchorBySha: ReadonlyMap<string, CertFacts>;
  // By SHA-256, not a WeakMap by facts object (see ownSide).
  readonly #memo = new Map<string, IssuerCandidate[]>();
  #pool: CertFacts[] | null = null;
  readonly #own: Side;
  readonly #shared: Side;
  readonly #anchorSide: Side;

  constructor(own: Side, shared: Side, anchors: Side) {
    this.#own = own;
    this.#shared = shared;
    this.#anchorSide = anchors;
    this.anchors = anchors.certs;
    this.anchorBySha = anchors.bySha;
  }

  /** Only revocation reads the whole pool (CRL signers): built on first use. */
  get pool(): readonly CertFacts[] {
    const own = this.#own;
    this.#pool ??= [...own.certs, ...this.#shared.certs.filter((c) => !own.bySha.has(c.sha256))];
    return this.#pool;
  }

  issuersOf(child: CertFacts): IssuerCandidate[] {
    const known = this.#memo.get(child.sha256);
    if (known) return known;
    const own = this.#own;
    const name = child.issuerId;
    const sharedOnes = (this.#shared.bySubject.get(name) ?? []).filter((c) => !own.bySha.has(c.sha256));
    const found = [
      ...(this.#anchorSide.bySubject.get(name) ?? []).map((cert) => ({ cert, anchor: true, score: 0 })),
      ...(own.bySubject.get(name) ?? []).map((cert) => ({ cert, anchor: false, score: 0 })),
      ...sharedOnes.map((cert) => ({ cert, anchor: false, score: 0 })),
    ];
    // Scoring only orders a choice. A lone candidate is tried whatever its score, and path
    // processing checks its signature only if the path reaches an anchor: a leaf under an
    // untrusted CA (most of a 25,000-certificate bundle) costs no signature check at all.
    // Many candidates of one name (a hostile bundle): ordered by key identifiers alone, the
    // signatures left to path processing, so that ordering never costs a check per pair.
    const scoreOf = found.length > MAX_SCORED ? keyIdScore : score;
    const list =
      found.length < 2
        ? found
        : found
            .map((c) => ({ ...c, score: scoreOf(child, c.cert) }))
            // Best score first; at equal score an anchor ends the path sooner (the sort is stable).
            .sort((a, b) => b.score - a.score || Number(b.anchor) - Number(a.anchor));
    this.#memo.set(child.sha256, list);
    return list;
  }
}

const NONE: readonly Uint8Array[] = [];

/** The index of these lists; the same sides give the same index (and its issuer memo). */
export const candidateIndex = (
  untrusted: readonly Uint8Array[],
  anchors: readonly Uint8Array[],
  sharedUntrusted: readonly Uint8Array[] = NONE,
): CandidateIndex => {
  const own = ownSide(untrusted);
  const shared = longLivedSide(sharedUntrusted);
  const anchorSide = longLivedSide(anchors);
  own.combined ??= new Map();
  let byAnchors = own.combined.get(shared);
  if (!byAnchors) {
    byAnchors = new Map();
    own.combined.set(shared, byAnchors);
  }
  const known = byAnchors.get(anchorSide);
  if (known) return known;
  const index = new CombinedIndex(own, shared, anchorSide);
  byAnchors.set(anchorSide, index);
  return index;
};
