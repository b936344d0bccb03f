/**
 * What RFC 5280 requires of each certificate's structure beyond §6's processing, checked on
 * every certificate of a path, the trust anchor's included: an anchor brings its own
 * constraints, and a defective one is refused with the reason rather than trusted blindly.
 * The Web PKI profile adds the CA/Browser Forum's rules (key types and sizes, roots' key
 * identifiers, the end entity's common name among its alternative names).
 */
import { publicKeyInfo } from '../describe/algorithm.js';
import { EXT, KU } from './cert-extensions.js';
import type { CertFacts } from './cert-facts.js';
import { ipText } from '../describe/general-names.js';
import { pathFailure, type Failure, type ValidationProfile } from './types.js';

export type Role = 'anchor' | 'intermediate' | 'leaf';

const critical = (c: CertFacts, oid: string): boolean | null => c.extensions.get(oid)?.critical ?? null;

const refuse = (c: CertFacts, what: string, code = 'malformed-certificate'): Failure =>
  pathFailure(code, `${c.subjectText}: ${what}`);

/** The CA/Browser Forum's key rules (Baseline Requirements §6.1.5): RSA ≥ 2048 in whole bytes, P-256/384/521. */
const webKeyFailure = (c: CertFacts): Failure | null => {
  const key = publicKeyInfo(c.parsed.spki);
  if (key.algorithm === 'RSA' || key.algorithm === 'RSA-PSS') {
    if (key.size === null || key.size < 2048)
      return refuse(c, `an RSA key of ${key.size ?? '?'} bits (the Web PKI requires 2048 at least)`);
    if (key.size % 8 !== 0) return refuse(c, `an RSA modulus of ${key.size} bits, not whole bytes`);
  } else if (key.algorithm === 'EC') {
    if (!['P-256', 'P-384', 'P-521'].includes(key.curve ?? ''))
      return refuse(
        c,
        `an EC key on ${key.curve ?? 'an unknown curve'} (the Web PKI allows P-256, P-384, P-521)`,
      );
  } else if (!['Ed25519', 'Ed448'].includes(key.algorithm))
    return refuse(c, `a ${key.algorithm} key (the Web PKI allows RSA and ECDSA)`);
  return null;
};

/** Web PKI: a root's authorityKeyIdentifier, if any, is its own key identifier and nothing else. */
const webRootAkiFailure = (c: CertFacts): Failure | null => {
  const aki = c.authorityKey;
  if (aki === null) return null;
  if (aki.issuer !== null || aki.serial !== null)
    return refuse(c, 'a root whose authorityKeyIdentifier names an issuer and serial');
  if (aki.keyId === null) return refuse(c, 'a root whose authorityKeyIdentifier has no key identifier');
  if (c.authorityKeyId !== c.subjectKeyId)
    return refuse(c, "a root whose authorityKeyIdentifier is not its own key's");
  return null;
};

/** Web PKI: every commonName of the end entity is one of its subjectAltName values, as written. */
const webCommonNameFailure = (c: CertFacts): Failure | null => {
  const sans = c.subjectAltNames.flatMap((n) =>
    n.type === 'dns'
      ? [n.value]
      : n.type === 'ip' && (n.bytes.length === 4 || n.bytes.length === 16)
        ? [ipText(n.bytes)]
        : [],
  );
  const stray = c.commonNames.find((cn) => !sans.includes(cn));
  return stray === undefined
    ? null
    : refuse(c, `its common name "${stray}" is not one of its alternative names`);
};

/**
 * How a path is checked. `forPeer`: the end entity is checked for a named host, address or
 * mailbox, that is, a connection or a message is about to trust it.
 */
export type StructureContext = { profile: ValidationProfile; forPeer: boolean };

export const structureFailure = (c: CertFacts, role: Role, context: StructureContext): Failure | null => {
  const { profile } = context;
  const v3 = c.parsed.version === 3;
  const ca = role !== 'leaf';
  const [duplicate] = c.duplicateExtensions;
  if (duplicate) return refuse(c, `extension ${duplicate} appears more than once`);
  if (c.extensionError) return pathFailure('bad-extension', `${c.subjectText}: ${c.extensionError}`);
  if (role === 'intermediate' && !v3)
    return refuse(c, `a version ${c.parsed.version} certificate cannot be an intermediate CA`);
  if (critical(c, EXT.authorityKeyId) === true) return refuse(c, 'authorityKeyIdentifier marked critical');
  if (critical(c, EXT.subjectKeyId) === true) return refuse(c, 'subjectKeyIdentifier marked critical');
  // policyConstraints "MUST" be critical too (§4.2.1.11), but NIST PKITS (which tests §6's
  // path processing, where criticality plays no part) builds valid paths through CAs that mark
  // it non-critical, and x509-limbo refuses such a CA for a TLS peer, as pyca/cryptography's
  // verifier does. Vigie takes each suite's side in its own setting: §4's rule where a named
  // peer is about to be trusted, §6 alone for a path checked without one.
  if (context.forPeer && critical(c, EXT.policyConstraints) === false)
    return refuse(c, 'policyConstraints not marked critical');
  if (critical(c, EXT.inhibitAnyPolicy) === false) return refuse(c, 'inhibitAnyPolicy not marked critical');
  const nc = critical(c, EXT.nameConstraints);
  if (nc !== null) {
    if (!ca || c.basicConstraints?.ca !== true)
      return refuse(c, 'nameConstraints in a certificate that is not a CA');
    if (!nc) return refuse(c, 'nameConstraints not marked critical');
    const constraints = c.nameConstraints;
    if (constraints && (constraints.permitted?.length ?? 0) === 0 && constraints.excluded.length === 0)
      return refuse(c, 'nameConstraints with neither permitted nor excluded subtrees');
  }
  if (c.keyUsage?.has(KU.keyCertSign) && c.basicConstraints?.ca !== true)
    return refuse(c, 'keyUsage keyCertSign without basicConstraints cA');
  if (c.subject.length === 0) {
    if (ca) return refuse(c, 'a CA with an empty subject');
    if (critical(c, EXT.subjectAltName) !== true)
      return refuse(c, 'an empty subject without a critical subjectAltName');
  }
  if (publicKeyInfo(c.parsed.spki).curve === 'explicit parameters')
    return refuse(c, 'an EC key with explicit curve parameters (RFC 5480: a named curve)');
  if (v3) {
    if (ca) {
      if (c.basicConstraints?.ca !== true)
        return refuse(c, 'not a CA certificate (basicConstraints cA is not set)', 'not-a-ca');
      if (critical(c, EXT.basicConstraints) !== true)
        return refuse(c, 'basicConstraints not marked critical in a CA');
      if (c.subjectKeyId === null) return refuse(c, 'a CA without subjectKeyIdentifier');
      if (c.keyUsage && !c.keyUsage.has(KU.keyCertSign))
        return refuse(c, 'a CA whose keyUsage lacks keyCertSign');
    }
    // Every certificate but a self-signed one names its issuer's key (§4.2.1.1).
    if (role !== 'anchor' && !c.selfIssued && c.authorityKeyId === null)
      return refuse(c, 'no authorityKeyIdentifier key identifier');
  }
  if (profile === 'webpki') {
    const key = webKeyFailure(c);
    if (key) return key;
    if (role === 'anchor') {
      const aki = webRootAkiFailure(c);
      if (aki) return aki;
      if (c.extendedKeyUsage !== null) return refuse(c, 'a root with an extended key usage');
    }
    if (role === 'leaf') {
      if (critical(c, EXT.extKeyUsage) === true) return refuse(c, 'extendedKeyUsage marked critical');
      const cn = webCommonNameFailure(c);
      if (cn) return cn;
    }
  }
  return null;
};
