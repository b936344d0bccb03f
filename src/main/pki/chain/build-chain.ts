import { createHash } from 'node:crypto';
import { findPinnedCa, type PinnedCa } from '../../../shared/igc-sante/anchors.js';
import type { ChainReason, ChainReport } from '../../../shared/model/chain.js';
import type { Environment } from '../../../shared/model/igc-sante.js';
import { childrenOf, encoded, isContext, parseDer } from '../../../shared/asn1/tlv.js';
import { toHex } from '../../../shared/asn1/hex.js';
import { validatePath, type ValidationResult } from '../validation/index.js';

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

const sha256 = (der: Uint8Array) => createHash('sha256').update(der).digest('hex').toUpperCase();

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
};

const codeOf = (result: ValidationResult) => result.reason?.split(':')[0]?.trim() ?? '';

/**
 * The inspector's chain check: the RFC 5280 engine (src/main/pki/validation) with the
 * pinned IGC-Santé CAs as the only anchors. Roots are tried first so the user sees the path
 * up to the root; a pinned intermediate anchors the path only when its root is not at hand.
 * A TEST anchor never validates a production certificate, or the reverse. Revocation is
 * not checked here (the inspector works offline); `vigie verify` and retrieval do.
 */
export const buildChain = async (input: ChainInput): Promise<ChainReport> => {
  const findAnchor = input.findAnchor ?? findPinnedCa;
  const sources = new Map<string, 'file' | 'trust-store'>();
  const candidates: Uint8Array[] = [];
  for (const [list, source] of [
    [input.fileCertificates, 'file'],
    [input.storeCertificates, 'trust-store'],
  ] as const) {
    for (const der of list) {
      const hash = sha256(der);
      if (sources.has(hash)) continue;
      sources.set(hash, source);
      candidates.push(der);
    }
  }
  const leafHash = sha256(input.leaf);
  sources.set(leafHash, 'file');
  const pinned = [...candidates, input.leaf].flatMap((der) => {
    const pin = findAnchor(sha256(der));
    return pin ? [{ der, pin }] : [];
  });
  const forEnv = (env: Environment | null) => pinned.filter((p) => env === null || p.pin.environment === env);

  const report = (result: ValidationResult, anchors: typeof pinned): ChainReport => {
    const last = result.path.at(-1);
    const anchor = anchors.find((a) => sha256(a.der) === last?.sha256)?.pin ?? null;
    const path = result.path.map((l) => ({
      subject: l.subject,
      sha256: l.sha256,
      source: sources.get(l.sha256) ?? 'file',
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
      const reason = isSelfIssuedTop(result, candidates, input.leaf) ? 'untrusted-root' : 'issuer-missing';
      return { status: 'unknown-anchor', reason, anchor: null, path };
    }
    return { status: 'invalid', reason: REASONS[code] ?? 'malformed', anchor: null, path };
  };

  const attempt = (anchors: typeof pinned) =>
    validatePath({
      target: input.leaf,
      untrusted: candidates,
      anchors: anchors.map((a) => a.der),
      crls: [],
      at: input.now,
      revocation: 'off',
    });

  // A pinned certificate inspected on its own is its own anchor.
  const own = findAnchor(leafHash);
  if (own) {
    if (input.leafEnvironment && input.leafEnvironment !== own.environment) {
      return { status: 'invalid', reason: 'environment-mismatch', anchor: ownRef(own), path: [] };
    }
    return {
      status: 'valid',
      reason: null,
      anchor: ownRef(own),
      path: [{ subject: own.name, sha256: leafHash, source: 'file' }],
    };
  }

  const mine = forEnv(input.leafEnvironment);
  const roots = mine.filter((p) => p.pin.role === 'root');
  let result = roots.length > 0 ? await attempt(roots) : null;
  let used = roots;
  if (!result || (result.status !== 'valid' && codeOf(result) === 'no-path')) {
    result = await attempt(mine);
    used = mine;
  }
  if (result.status !== 'valid' && codeOf(result) === 'no-path' && input.leafEnvironment) {
    const other = pinned.filter((p) => p.pin.environment !== input.leafEnvironment);
    if (other.length > 0 && (await attempt(other)).status === 'valid') {
      return { ...report(result, used), status: 'invalid', reason: 'environment-mismatch' };
    }
  }
  return report(result, used);
};

const ownRef = (p: PinnedCa) => ({ name: p.name, sha256: p.sha256, environment: p.environment });

/** Did the best path end at a self-issued certificate (a root we do not trust)? */
const isSelfIssuedTop = (
  result: ValidationResult,
  candidates: readonly Uint8Array[],
  leaf: Uint8Array,
): boolean => {
  const top = result.path.at(-1);
  if (!top) return false;
  const der = [...candidates, leaf].find((d) => sha256(d) === top.sha256);
  return der !== undefined && selfIssued(der);
};

/** Issuer and subject DER compared byte for byte (TBSCertificate fields after the version). */
const selfIssued = (der: Uint8Array): boolean => {
  try {
    const [tbs] = childrenOf(parseDer(der));
    if (!tbs) return false;
    const fields = childrenOf(tbs);
    const offset = fields[0] && isContext(fields[0], 0) ? 1 : 0;
    const issuer = fields[offset + 2];
    const subject = fields[offset + 4];
    return (
      issuer !== undefined && subject !== undefined && toHex(encoded(issuer)) === toHex(encoded(subject))
    );
  } catch {
    return false;
  }
};
