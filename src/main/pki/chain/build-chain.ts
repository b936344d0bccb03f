import { findPinnedCa, type PinnedCa } from '../../../shared/igc-sante/anchors.js';
import type { ChainReason, ChainReport } from '../../../shared/model/chain.js';
import type { Environment } from '../../../shared/model/igc-sante.js';
import { readCertificate } from '../certificate/index.js';
import { bytesEqual } from '../describe/hex.js';
import { validatePath, type ValidationResult } from '../validation/index.js';
import { candidatesOf, type AnchorGroup, type Candidates, type Pinned } from './candidates.js';

export type ChainInput = {
  leaf: Uint8Array;
  /** Other certificates found in the same file (a platform P12 carries its chain). */
  fileCertificates: readonly Uint8Array[];
  /** CA certificates from the local trust store. */
  storeCertificates: readonly Uint8Array[];
  now: Date;
  /** The leaf's own environment when recognised; a path to the other PKI is refused. */
  leafEnvironment: Environment | null;
  /** Which certificates are trust anchors; the pinned IGC-Santé list unless a test says otherwise. */
  findAnchor?: (sha256: string) => PinnedCa | undefined;
};

/** The RFC 5280 engine's reason codes, in the inspector's vocabulary. */
const REASONS: Readonly<Record<string, ChainReason>> = {
  expired: 'expired',
  'not-yet-valid': 'not-yet-valid',
  'bad-signature': 'bad-signature',
  'not-a-ca': 'issuer-not-ca',
  'path-length': 'path-length-exceeded',
  'unsupported-algorithm': 'unsupported-algorithm',
  'key-usage': 'key-usage',
  'name-constraints': 'name-constraints',
  'name-chaining': 'issuer-missing',
  policy: 'policy',
  'policy-mapping': 'policy',
  'unknown-critical-extension': 'unknown-critical-extension',
  'bad-extension': 'malformed',
  'bad-certificate': 'malformed',
  'malformed-certificate': 'malformed',
  // A pool of same-name CAs too large to search: most like a loop of CAs to the user.
  'path-search-exhausted': 'loop',
  'constraints-too-complex': 'name-constraints',
  purpose: 'key-usage',
};

const codeOf = (result: ValidationResult): string => {
  const reason = result.reason;
  if (reason === null) return '';
  const colon = reason.indexOf(':');
  return (colon < 0 ? reason : reason.slice(0, colon)).trim();
};

/**
 * No certificate at all (file, store or pinned) bears the leaf's issuer name: the search
 * stopped at the leaf itself. Every pinned anchor is also a candidate of the first attempt
 * (the file's and the store's certificates are the pool), so another anchor group cannot
 * find a path either, and a lone leaf costs one search instead of two or three.
 */
const noIssuerAnywhere = (result: ValidationResult): boolean =>
  codeOf(result) === 'no-path' && result.path.length <= 1;

/**
 * The inspector's chain check: the RFC 5280 engine (src/main/pki/validation) with the
 * pinned IGC-Santé CAs as the only anchors. Roots are tried first so the user sees the path
 * up to the root; a pinned intermediate anchors the path only when its root is not at hand.
 * A TEST anchor never validates a production certificate, or the reverse. Revocation is
 * not checked here (the inspector works offline); `vigie verify` and retrieval do.
 * Candidates are prepared once per file (candidates.ts), so checking every leaf
 * of a file costs one path search each, not a pass over the whole file.
 */
export const buildChain = async (input: ChainInput): Promise<ChainReport> => {
  const findAnchor = input.findAnchor ?? findPinnedCa;
  const prepared = candidatesOf(input.fileCertificates, input.storeCertificates, findAnchor);
  const leaf = readCertificate(input.leaf);
  const leafHash = leaf.ok ? leaf.value.sha256 : '';
  const ownPin = leaf.ok ? findAnchor(leafHash) : undefined;

  const report = (result: ValidationResult, anchors: readonly Pinned[]): ChainReport => {
    const last = result.path.at(-1);
    const anchor = anchors.find((a) => a.sha256 === last?.sha256)?.pin ?? null;
    const path = result.path.map((l) => ({
      subject: l.subject,
      sha256: l.sha256,
      source: l.sha256 === leafHash ? ('file' as const) : (prepared.sourceOf(l.sha256) ?? 'file'),
    }));
    if (result.status === 'valid') {
      return {
        status: 'valid',
        reason: null,
        anchor: anchor && { name: anchor.name, sha256: anchor.sha256, environment: anchor.environment },
        path,
      };
    }
    const code = codeOf(result);
    if (code === 'no-path') {
      const reason = selfIssuedTop(result, prepared, input.leaf) ? 'untrusted-root' : 'issuer-missing';
      return { status: 'unknown-anchor', reason, anchor: null, path };
    }
    return { status: 'invalid', reason: REASONS[code] ?? 'malformed', anchor: null, path };
  };

  const attempt = (anchors: AnchorGroup) =>
    validatePath({
      target: input.leaf,
      untrusted: prepared.fileDers,
      sharedUntrusted: prepared.storeDers,
      anchors: anchors.ders,
      crls: [],
      at: input.now,
      revocation: 'off',
    });

  // A pinned certificate inspected on its own is its own anchor.
  if (ownPin) {
    if (input.leafEnvironment && input.leafEnvironment !== ownPin.environment) {
      return { status: 'invalid', reason: 'environment-mismatch', anchor: ownRef(ownPin), path: [] };
    }
    return {
      status: 'valid',
      reason: null,
      anchor: ownRef(ownPin),
      path: [{ subject: ownPin.name, sha256: leafHash, source: 'file' }],
    };
  }

  const env = input.leafEnvironment;
  const roots = prepared.group(env, 'roots');
  const mine = prepared.group(env, 'all');
  let result = roots.pinned.length > 0 ? await attempt(roots) : null;
  let used = roots.pinned;
  if (!result || (result.status !== 'valid' && codeOf(result) === 'no-path' && !noIssuerAnywhere(result))) {
    result = await attempt(mine);
    used = mine.pinned;
  }
  if (result.status !== 'valid' && codeOf(result) === 'no-path' && !noIssuerAnywhere(result) && env) {
    const other = prepared.group(env, 'other');
    if (other.pinned.length > 0 && (await attempt(other)).status === 'valid') {
      return { ...report(result, used), status: 'invalid', reason: 'environment-mismatch' };
    }
  }
  return report(result, used);
};

const ownRef = (p: PinnedCa) => ({ name: p.name, sha256: p.sha256, environment: p.environment });

/** Did the best path end at a self-issued certificate (a root we do not trust)? */
const selfIssuedTop = (result: ValidationResult, prepared: Candidates, leaf: Uint8Array): boolean => {
  const top = result.path.at(-1);
  if (!top) return false;
  const der = prepared.derOf(top.sha256) ?? leaf;
  const parsed = readCertificate(der);
  // Issuer and subject DER compared byte for byte.
  return (
    parsed.ok &&
    parsed.value.sha256 === top.sha256 &&
    bytesEqual(parsed.value.issuerDer, parsed.value.subjectDer)
  );
};
