/**
 * Revocation status of one certificate from the given CRLs (RFC 5280 §6.3): complete CRLs
 * in scope, signed by a key that may sign CRLs for that issuer (the issuer itself, or a
 * separate CRL-signing certificate that validates on its own), fresh at the validation
 * time, with their delta CRLs applied.
 */
import { KU } from './cert-extensions.js';
import type { CertFacts } from './cert-facts.js';
import { REASON, type CrlFacts } from './crl-facts.js';
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
};

/** Path certificates above the one being checked, with their working keys. */
export type PathAbove = readonly { cert: CertFacts; key: WorkingKey }[];

export type RevocationStatus =
  | { status: 'good' }
  | { status: 'revoked'; message: string }
  | { status: 'undetermined'; message: string; crlSeen: boolean };

const stale = (crl: CrlFacts, at: Date): boolean =>
  at < crl.parsed.thisUpdate || (crl.parsed.nextUpdate !== null && at > crl.parsed.nextUpdate);

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

const entryFor = (crl: CrlFacts, cert: CertFacts) =>
  crl.entries.find((e) => e.serial === cert.serial && nameEquals(e.issuer, cert.issuer));

/** Revoked per this complete CRL and its usable deltas; a string explains an unusable delta. */
const revokedBy = (
  crl: CrlFacts,
  key: WorkingKey,
  cert: CertFacts,
  ctx: RevocationContext,
): boolean | string => {
  const base = entryFor(crl, cert);
  let revoked = base !== undefined && base.reason !== REASON.removeFromCrl;
  for (const delta of ctx.crls.filter((d) => isDeltaFor(d, crl))) {
    if (verifySigned(delta.parsed, key) !== true || delta.unusable) continue;
    if (stale(delta, ctx.at)) return 'its delta CRL is out of date';
    const entry = entryFor(delta, cert);
    if (entry) revoked = entry.reason !== REASON.removeFromCrl;
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
      if (stale(crl, ctx.at)) {
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
      if (verdict) return { status: 'revoked', message: `${cert.subjectText} is revoked` };
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
