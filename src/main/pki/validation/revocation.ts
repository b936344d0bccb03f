/**
 * Revocation status of one certificate from the given CRLs (RFC 5280 §6.3): complete CRLs
 * in scope, signed by a key that may sign CRLs for that issuer (the issuer itself, or a
 * separate CRL-signing certificate that validates on its own), fresh at the validation
 * time, with their delta CRLs applied.
 */
import { KU } from './cert-extensions.js';
import { certFacts, type CertFacts } from './cert-facts.js';
import { crlFacts, REASON, type CrlEntry, type CrlFacts } from './crl-facts.js';
import { ALL_REASONS, crlScope, IMPLICIT_DP, isDeltaFor } from './crl-scope.js';
import { nameEquals } from './name-key.js';
import { verifySigned, workingKeyOf, type WorkingKey } from './signature-check.js';

export type RevocationContext = {
  crls: readonly CrlFacts[];
  at: Date;
  /** Certificates that may hold a CRL-signing key outside the path (untrusted pool, anchors). */
  pool: readonly CertFacts[];
  anchors: readonly CertFacts[];
  /** Validates a CRL-signing certificate that is not on the path. */
  validateSigner: (signer: CertFacts) => Promise<boolean>;
  /** Clock skew tolerated on thisUpdate / nextUpdate (a fetched CRL just issued); default none. */
  skewMs?: number;
};

/** Path certificates above the one being checked, with their working keys. */
export type PathAbove = readonly { cert: CertFacts; key: WorkingKey }[];

export type RevocationStatus =
  | { status: 'good' }
  /** `reason`: the CRL entry's reasonCode (RFC 5280 §5.3.1), null when it gives none. */
  | { status: 'revoked'; message: string; revokedAt: Date; reason: number | null }
  | { status: 'undetermined'; message: string; crlSeen: boolean };

const stale = (crl: CrlFacts, at: Date, skewMs = 0): boolean =>
  at.getTime() + skewMs < crl.parsed.thisUpdate.getTime() ||
  (crl.parsed.nextUpdate !== null && at.getTime() - skewMs > crl.parsed.nextUpdate.getTime());

/** The key that signed `crl`, when it belongs to a certificate allowed to sign it. */
const findSigner = async (
  crl: CrlFacts,
  above: PathAbove,
  ctx: RevocationContext,
): Promise<WorkingKey | null> => {
  const mayIssue = (c: CertFacts) =>
    nameEquals(c.subject, crl.issuer) && (!c.keyUsage || c.keyUsage.has(KU.cRLSign));
  for (const { cert, key } of [...above].reverse()) {
    if (mayIssue(cert) && verifySigned(crl.parsed, key) === true) return key;
  }
  for (const cert of [...ctx.anchors, ...ctx.pool]) {
    if (!mayIssue(cert)) continue;
    const key = workingKeyOf(cert.parsed.spki, null);
    if (verifySigned(crl.parsed, key) !== true) continue;
    if (ctx.anchors.includes(cert) || (await ctx.validateSigner(cert))) return key;
  }
  return null;
};

const entryFor = (crl: CrlFacts, cert: CertFacts): CrlEntry | undefined =>
  crl.entriesOf(cert.serial).find((e) => nameEquals(e.issuer, cert.issuer));

/**
 * The entry that revokes the certificate per this complete CRL and its usable deltas (a
 * delta's removeFromCRL lifts a hold), null when none does; a string explains an unusable delta.
 */
const revokedBy = (
  crl: CrlFacts,
  key: WorkingKey,
  cert: CertFacts,
  ctx: RevocationContext,
): CrlEntry | null | string => {
  const base = entryFor(crl, cert);
  let revoked = base !== undefined && base.reason !== REASON.removeFromCrl ? base : null;
  for (const delta of ctx.crls.filter((d) => isDeltaFor(d, crl))) {
    if (verifySigned(delta.parsed, key) !== true || delta.unusable) continue;
    if (stale(delta, ctx.at, ctx.skewMs)) return 'its delta CRL is out of date';
    const entry = entryFor(delta, cert);
    if (entry) revoked = entry.reason !== REASON.removeFromCrl ? entry : null;
  }
  return revoked;
};

export const checkRevocation = async (
  cert: CertFacts,
  above: PathAbove,
  ctx: RevocationContext,
): Promise<RevocationStatus> => {
  const covered = new Set<number>();
  const problems: string[] = [];
  let crlSeen = false;
  for (const dp of cert.distributionPoints ?? [IMPLICIT_DP]) {
    for (const crl of ctx.crls) {
      if (crl.deltaBase !== null) continue; // a delta alone never decides (RFC 5280 §5.2.4)
      const scope = crlScope(crl, cert, dp);
      if (typeof scope === 'string') problems.push(scope);
      if (typeof scope === 'string' || scope.length === 0) continue;
      crlSeen = true;
      if (crl.unusable) {
        problems.push(crl.unusable);
        continue;
      }
      if (stale(crl, ctx.at, ctx.skewMs)) {
        problems.push('the CRL is out of date (nextUpdate has passed)');
        continue;
      }
      const key = await findSigner(crl, above, ctx);
      if (!key) {
        problems.push('the CRL is not signed by a valid CRL issuer');
        continue;
      }
      const verdict = revokedBy(crl, key, cert, ctx);
      if (typeof verdict === 'string') {
        problems.push(verdict);
        continue;
      }
      if (verdict)
        return {
          status: 'revoked',
          message: `${cert.subjectText} is revoked (since ${verdict.revokedAt.toISOString()})`,
          revokedAt: verdict.revokedAt,
          reason: verdict.reason,
        };
      for (const r of scope) covered.add(r);
    }
  }
  if (ALL_REASONS.every((r) => covered.has(r))) return { status: 'good' };
  const message = problems[0] ?? 'no CRL covers it';
  return {
    status: 'undetermined',
    message: `revocation status of ${cert.subjectText} unknown: ${message}`,
    crlSeen,
  };
};

/** What a CRL verdict needs of one certificate and its issuer (see crlVerdict). */
export type CrlVerdictInput = {
  cert: Uint8Array;
  issuer: Uint8Array;
  crls: readonly Uint8Array[];
  at: Date;
  skewMs?: number;
};

/**
 * What the given CRLs say of one certificate issued by `issuer`: the engine's own reading of
 * RFC 5280 §6.3 (scope, signature, freshness, deltas, critical extensions), for callers that
 * fetch and cache CRLs themselves (the revocation service, the inventory's sweep) so that a
 * CRL means the same thing wherever Vigie reads it. The issuer's key signs the CRL (no
 * separate CRL signer is looked for here).
 */
export const crlVerdict = async (input: CrlVerdictInput): Promise<RevocationStatus> => {
  const cert = certFacts(input.cert);
  const issuer = certFacts(input.issuer);
  if (!cert || !issuer)
    return {
      status: 'undetermined',
      message: 'the certificate or its issuer cannot be read',
      crlSeen: false,
    };
  const crls = input.crls.map(crlFacts).filter((c): c is CrlFacts => c !== null);
  return checkRevocation(cert, [{ cert: issuer, key: workingKeyOf(issuer.parsed.spki, null) }], {
    crls,
    at: input.at,
    pool: [],
    anchors: [],
    validateSigner: async () => false,
    ...(input.skewMs === undefined ? {} : { skewMs: input.skewMs }),
  });
};
