/**
 * RFC 5280 §6.1.2-6.1.5 basic path processing over one candidate path, revocation aside
 * (validate-path.ts checks it once the path holds). `chain[0]` is issued by the anchor,
 * the last element is the target.
 */
import { EXT, KU } from './cert-extensions.js';
import type { CertFacts } from './cert-facts.js';
import {
  addConstraints,
  constraintWork,
  emptyConstraints,
  MAX_CONSTRAINT_CHECKS,
  violation,
} from './name-constraints.js';
import { nameEquals } from './name-key.js';
import { applyMappings, initialTree, intersect, processPolicies } from './policy-tree.js';
import { verifySigned, workingKeyOf, type WorkingKey } from './signature-check.js';
import { structureFailure, type StructureContext } from './structure-checks.js';
import { ANY_POLICY, pathFailure, type Failure, type PolicyInputs } from './types.js';

/** Extensions this engine processes; any other critical one makes the certificate unusable. */
const UNDERSTOOD = new Set<string>(Object.values(EXT));

/**
 * Validity is compared to the second, the precision certificates encode it with: an instant
 * within the second of notAfter is still that second (RFC 5280 §4.1.2.5; the Web PKI's reading).
 */
const toSecond = (d: Date): Date => new Date(Math.floor(d.getTime() / 1000) * 1000);

const timeFailure = (c: CertFacts, exactly: Date): Failure | null => {
  const at = toSecond(exactly);
  if (at < c.parsed.notBefore)
    return pathFailure(
      'not-yet-valid',
      `${c.subjectText} is not valid before ${c.parsed.notBefore.toISOString()}`,
    );
  if (at > c.parsed.notAfter)
    return pathFailure('expired', `${c.subjectText} expired on ${c.parsed.notAfter.toISOString()}`);
  return null;
};

const checkSignature = (c: CertFacts, key: WorkingKey): Failure | null => {
  const ok = verifySigned(c.parsed, key);
  if (ok === null)
    return pathFailure(
      'unsupported-algorithm',
      `cannot check the signature of ${c.subjectText} (algorithm or key not supported)`,
      'unknown',
    );
  return ok
    ? null
    : pathFailure('bad-signature', `the signature of ${c.subjectText} does not verify with its issuer's key`);
};

const unknownCritical = (c: CertFacts): Failure | null => {
  for (const [oid, e] of c.extensions)
    if (e.critical && !UNDERSTOOD.has(oid))
      return pathFailure(
        'unknown-critical-extension',
        `${c.subjectText} has an unknown critical extension ${oid}`,
      );
  return c.extensionError ? pathFailure('bad-extension', `${c.subjectText}: ${c.extensionError}`) : null;
};

/** The working public keys along the path (anchor key first), for CRL checks too. */
export const workingKeys = (anchor: CertFacts, chain: readonly CertFacts[]): WorkingKey[] => {
  const keys = [workingKeyOf(anchor.parsed.spki, null)];
  for (const c of chain) keys.push(workingKeyOf(c.parsed.spki, keys[keys.length - 1] ?? null));
  return keys;
};

export const processPath = (
  anchor: CertFacts,
  chain: readonly CertFacts[],
  at: Date,
  policy: PolicyInputs,
  context: StructureContext = { profile: 'rfc5280', forPeer: false },
): Failure | null => {
  const n = chain.length;
  const keys = workingKeys(anchor, chain);
  let tree = initialTree();
  let explicit = policy.explicitPolicy ? 0 : n + 1;
  let inhibitAny = policy.anyPolicyInhibit ? 0 : n + 1;
  let mapping = policy.policyMappingInhibit ? 0 : n + 1;
  let workingIssuer = anchor.subject;
  // The anchor's certificate is checked and its constraints apply (RFC 5280 §6.2 lets a
  // relying party take them from it; a CA that constrains its root means them).
  const anchorProblem =
    timeFailure(anchor, at) ?? unknownCritical(anchor) ?? structureFailure(anchor, 'anchor', context);
  if (anchorProblem) return { ...anchorProblem, message: `trust anchor refused: ${anchorProblem.message}` };
  let maxPathLength = Math.min(n, anchor.basicConstraints?.pathLen ?? n);
  let constraints = anchor.nameConstraints
    ? addConstraints(emptyConstraints(), anchor.nameConstraints)
    : emptyConstraints();

  for (let idx = 0; idx < n; idx++) {
    const i = idx + 1;
    const c = chain[idx] as CertFacts;
    const last = i === n;
    const problem =
      checkSignature(c, keys[idx] as WorkingKey) ??
      timeFailure(c, at) ??
      (nameEquals(c.issuer, workingIssuer)
        ? null
        : pathFailure(
            'name-chaining',
            `${c.subjectText}: issuer name does not match the issuer's subject`,
          )) ??
      unknownCritical(c) ??
      structureFailure(c, last ? 'leaf' : 'intermediate', context);
    if (problem) return problem;
    if (!c.selfIssued || last) {
      const names = [
        ...(c.subject.length > 0 ? [{ type: 'dn' as const, name: c.subject }] : []),
        ...c.subjectAltNames,
        ...c.subjectEmails.map((value) => ({ type: 'email' as const, value })),
      ];
      if (constraintWork(constraints, names) > MAX_CONSTRAINT_CHECKS)
        return pathFailure(
          'constraints-too-complex',
          `${c.subjectText}: too many names against too many name constraints to check them all`,
          'unknown',
        );
      const bad = violation(constraints, names);
      if (bad)
        return pathFailure(
          'name-constraints',
          `${c.subjectText}: a name is outside the issuer's name constraints`,
        );
    }
    tree = processPolicies(tree, i, c.policies, inhibitAny > 0 || (!last && c.selfIssued));
    if (explicit <= 0 && tree === null)
      return pathFailure(
        'policy',
        `${c.subjectText}: no acceptable certificate policy (explicit policy required)`,
      );
    if (last) break;

    // §6.1.4: preparation for the next certificate.
    const mappings = c.policyMappings ?? [];
    if (mappings.some((m) => m.issuer === ANY_POLICY || m.subject === ANY_POLICY))
      return pathFailure('policy-mapping', `${c.subjectText} maps to or from anyPolicy`);
    if (mappings.length > 0) tree = applyMappings(tree, i, mappings, mapping > 0);
    workingIssuer = c.subject;
    if (c.nameConstraints) constraints = addConstraints(constraints, c.nameConstraints);
    if (!c.selfIssued) {
      if (explicit > 0) explicit--;
      if (mapping > 0) mapping--;
      if (inhibitAny > 0) inhibitAny--;
    }
    const pc = c.policyConstraints;
    if (pc?.requireExplicit != null) explicit = Math.min(explicit, pc.requireExplicit);
    if (pc?.inhibitMapping != null) mapping = Math.min(mapping, pc.inhibitMapping);
    if (c.inhibitAnyPolicy !== null) inhibitAny = Math.min(inhibitAny, c.inhibitAnyPolicy);
    if (c.parsed.version === 3 && c.basicConstraints?.ca !== true)
      return pathFailure(
        'not-a-ca',
        `${c.subjectText} is not a CA certificate (basicConstraints cA is not set)`,
      );
    if (!c.selfIssued) {
      if (maxPathLength <= 0)
        return pathFailure(
          'path-length',
          `${c.subjectText}: the path is longer than a pathLenConstraint allows`,
        );
      maxPathLength--;
    }
    const pathLen = c.basicConstraints?.pathLen;
    if (pathLen != null) maxPathLength = Math.min(maxPathLength, pathLen);
    if (c.keyUsage && !c.keyUsage.has(KU.keyCertSign))
      return pathFailure(
        'key-usage',
        `${c.subjectText} may not sign certificates (keyUsage lacks keyCertSign)`,
      );
  }

  // §6.1.5 wrap-up.
  const target = chain[n - 1] as CertFacts;
  if (explicit > 0) explicit--;
  if (target.policyConstraints?.requireExplicit === 0) explicit = 0;
  tree = intersect(tree, n, policy.initialPolicySet);
  if (explicit <= 0 && tree === null)
    return pathFailure('policy', 'no acceptable certificate policy for the path (explicit policy required)');
  return null;
};
