import type { ChainReason, ChainReport } from '../../../shared/model/chain.js';
import type { Environment } from '../../../shared/model/igc-sante.js';
import { findPinnedCa, type PinnedCa } from '../../../shared/igc-sante/anchors.js';
import { verifyCertificateSignature } from '../describe/index.js';
import { toChainCert, type ChainCert } from './chain-cert.js';

/** Longer than any IGC-Santé path (leaf, ACI, ACR); stops loops in hostile bundles. */
const MAX_DEPTH = 8;

export type ChainInput = {
  leaf: Uint8Array;
  /** Other certificates found in the same file (a platform P12 carries its chain). */
  fileCertificates: readonly Uint8Array[];
  /** CA certificates from the local trust store (already filtered to pinned ones or not). */
  storeCertificates: readonly Uint8Array[];
  now: Date;
  /** The leaf's own environment when recognised; a path to the other PKI is refused. */
  leafEnvironment: Environment | null;
  /** Which certificates are trust anchors; the pinned IGC-Santé list unless a test says otherwise. */
  findAnchor?: (sha256: string) => PinnedCa | undefined;
};

const link = (c: ChainCert) => ({ subject: c.subjectText, sha256: c.sha256, source: c.source });

const report = (
  status: ChainReport['status'],
  path: ChainCert[],
  reason: ChainReason | null,
  anchor: PinnedCa | null,
): ChainReport => ({
  status,
  reason,
  anchor: anchor ? { name: anchor.name, sha256: anchor.sha256, environment: anchor.environment } : null,
  path: path.map(link),
});

const timeReason = (c: ChainCert, now: Date): ChainReason | null => {
  if (now < c.notBefore) return 'not-yet-valid';
  if (now > c.notAfter) return 'expired';
  return null;
};

/**
 * Build the path from a certificate up to a pinned IGC-Santé CA and check it: dates,
 * CA flags, path lengths and signatures. Trust comes only from the pinned fingerprints
 * (src/shared/igc-sante/anchors.ts): a root found in a file is just another candidate,
 * and a TEST anchor never validates a production certificate (or the reverse).
 */
export const buildChain = async (input: ChainInput): Promise<ChainReport> => {
  const findAnchor = input.findAnchor ?? findPinnedCa;
  const leaf = toChainCert(input.leaf, 'file');
  if (!leaf) return report('invalid', [], 'unsupported-algorithm', null);
  const candidates = [
    ...input.fileCertificates.map((d) => toChainCert(d, 'file')),
    ...input.storeCertificates.map((d) => toChainCert(d, 'trust-store')),
  ].filter((c): c is ChainCert => c !== null && c.sha256 !== leaf.sha256);

  const path: ChainCert[] = [leaf];
  let current = leaf;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const expiredOrEarly = timeReason(current, input.now);
    if (expiredOrEarly) return report('invalid', path, expiredOrEarly, null);

    const pinned = findAnchor(current.sha256);
    if (pinned && input.leafEnvironment && input.leafEnvironment !== pinned.environment) {
      return report('invalid', path, 'environment-mismatch', pinned);
    }
    const issuers = candidates.filter(
      (c) => c.subjectDer === current.issuerDer && !path.some((p) => p.sha256 === c.sha256),
    );
    // A pinned root ends the path. A pinned intermediate is trusted too, but when its root
    // is at hand we go on so the user sees (and we check) the whole path to the root.
    if (pinned && (pinned.role === 'root' || issuers.length === 0))
      return report('valid', path, null, pinned);
    if (issuers.length === 0) {
      const selfIssued = current.subjectDer === current.issuerDer;
      return report('unknown-anchor', path, selfIssued ? 'untrusted-root' : 'issuer-missing', null);
    }
    // Several candidates (a re-keyed CA, a cross-certificate): take the first whose
    // signature checks out; pinned ones first so the shortest trusted path wins.
    issuers.sort((a, b) => Number(!!findAnchor(b.sha256)) - Number(!!findAnchor(a.sha256)));
    let next: ChainCert | null = null;
    let sawUnsupported = false;
    for (const candidate of issuers) {
      const verdict = await verifyCertificateSignature(current.der, candidate.der);
      if (verdict === true) {
        next = candidate;
        break;
      }
      if (verdict === null) sawUnsupported = true;
    }
    if (!next && pinned) return report('valid', path, null, pinned);
    if (!next)
      return report('invalid', path, sawUnsupported ? 'unsupported-algorithm' : 'bad-signature', null);
    if (!next.isCa) return report('invalid', [...path, next], 'issuer-not-ca', null);
    // pathLenConstraint counts the CA certificates below this one, leaf excluded.
    const casBelow = path.length - 1;
    if (next.pathLength !== null && casBelow > next.pathLength) {
      return report('invalid', [...path, next], 'path-length-exceeded', null);
    }
    path.push(next);
    current = next;
  }
  return report('invalid', path, 'loop', null);
};
