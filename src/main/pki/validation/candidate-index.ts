/**
 * The certificates path building may use (untrusted pool and anchors), indexed once by
 * subject name, so that each step looks its issuers up by the child's issuer name instead
 * of scanning every candidate. An index lives as long as the arrays it was built from: one
 * inspected file's certificates and the trust store serve every leaf of the file, and the
 * issuer lists (scored, signatures checked) of a CA shared by 25,000 leaves are built once.
 */
import { certFacts, type CertFacts } from './cert-facts.js';
import { verifySigned, workingKeyOf } from './signature-check.js';

export type IssuerCandidate = { cert: CertFacts; anchor: boolean; score: number };

export type CandidateIndex = {
  pool: readonly CertFacts[];
  anchors: readonly CertFacts[];
  anchorBySha: ReadonlyMap<string, CertFacts>;
  /** Every candidate whose subject is `issuerId`'s name, best first (see issuersOf). */
  issuersOf: (child: CertFacts) => readonly IssuerCandidate[];
};

const bySubject = (certs: readonly CertFacts[]): Map<string, CertFacts[]> => {
  const out = new Map<string, CertFacts[]>();
  for (const c of certs) {
    const list = out.get(c.subjectId);
    if (list) list.push(c);
    else out.set(c.subjectId, [c]);
  }
  return out;
};

/** How likely `issuer` signed `child`: AKI = SKI counts most, then a signature that verifies. */
const score = (child: CertFacts, issuer: CertFacts): number => {
  const sig = verifySigned(child.parsed, workingKeyOf(issuer.parsed.spki, null));
  const keyIdMatch = child.authorityKeyId !== null && child.authorityKeyId === issuer.subjectKeyId;
  return (keyIdMatch ? 4 : 0) + (sig === true ? 2 : sig === null ? 1 : 0);
};

const facts = (ders: readonly Uint8Array[]): CertFacts[] =>
  ders.map(certFacts).filter((c): c is CertFacts => c !== null);

type AnchorSide = {
  anchors: CertFacts[];
  anchorsBySubject: Map<string, CertFacts[]>;
  anchorBySha: Map<string, CertFacts>;
};

/**
 * The anchors' half of an index, kept per trust-store array: every inspected file has its
 * own pool but shares the anchors, and thousands of files must not rebuild their maps.
 */
const anchorSides = new WeakMap<readonly Uint8Array[], { length: number; side: AnchorSide }>();

const anchorSide = (anchorDers: readonly Uint8Array[]): AnchorSide => {
  const known = anchorSides.get(anchorDers);
  if (known && known.length === anchorDers.length) return known.side;
  const anchors = facts(anchorDers);
  const side = {
    anchors,
    anchorsBySubject: bySubject(anchors),
    anchorBySha: new Map(anchors.map((a) => [a.sha256, a])),
  };
  anchorSides.set(anchorDers, { length: anchorDers.length, side });
  return side;
};

const buildIndex = (untrusted: readonly Uint8Array[], anchorDers: readonly Uint8Array[]): CandidateIndex => {
  const pool = facts(untrusted);
  const { anchors, anchorsBySubject, anchorBySha } = anchorSide(anchorDers);
  const poolBySubject = bySubject(pool);
  const memo = new WeakMap<CertFacts, IssuerCandidate[]>();
  const issuersOf = (child: CertFacts): IssuerCandidate[] => {
    const known = memo.get(child);
    if (known) return known;
    const found = [
      ...(anchorsBySubject.get(child.issuerId) ?? []).map((cert) => ({ cert, anchor: true, score: 0 })),
      ...(poolBySubject.get(child.issuerId) ?? []).map((cert) => ({ cert, anchor: false, score: 0 })),
    ];
    // Scoring only orders a choice. A lone candidate is tried whatever its score, and path
    // processing checks its signature only if the path reaches an anchor: a leaf under an
    // untrusted CA (most of a 25,000-certificate bundle) costs no signature check at all.
    const list =
      found.length < 2
        ? found
        : found
            .map((c) => ({ ...c, score: score(child, c.cert) }))
            // Best score first; at equal score an anchor ends the path sooner (the sort is stable).
            .sort((a, b) => b.score - a.score || Number(b.anchor) - Number(a.anchor));
    memo.set(child, list);
    return list;
  };
  return { pool, anchors, anchorBySha, issuersOf };
};

type Memo = { untrustedLength: number; anchorsLength: number; index: CandidateIndex };
const indexes = new WeakMap<readonly Uint8Array[], WeakMap<readonly Uint8Array[], Memo>>();

/**
 * The index of these two lists, reused while the caller passes the same arrays (the
 * inspector passes one file's certificates for each of its leaves). An array that changed
 * length since is indexed again; callers do not edit these arrays in place otherwise.
 */
export const candidateIndex = (
  untrusted: readonly Uint8Array[],
  anchors: readonly Uint8Array[],
): CandidateIndex => {
  let byAnchors = indexes.get(untrusted);
  if (!byAnchors) {
    byAnchors = new WeakMap();
    indexes.set(untrusted, byAnchors);
  }
  const known = byAnchors.get(anchors);
  if (known && known.untrustedLength === untrusted.length && known.anchorsLength === anchors.length)
    return known.index;
  const index = buildIndex(untrusted, anchors);
  byAnchors.set(anchors, { untrustedLength: untrusted.length, anchorsLength: anchors.length, index });
  return index;
};
