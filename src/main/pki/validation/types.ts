/** Inputs and outputs of RFC 5280 §6 path validation (see validate-path.ts). */

import type { PeerName } from './peer-name.js';
import type { Usage } from './usage.js';

export type RevocationMode = 'require' | 'prefer' | 'off';

/**
 * rfc5280: RFC 5280 alone. webpki: also the CA/Browser Forum's rules for TLS server
 * certificates (an end entity must state its extended key usage, anyExtendedKeyUsage does
 * not stand for serverAuth, …).
 */
export type ValidationProfile = 'rfc5280' | 'webpki';

/** RFC 5280 §6.1.1 (c), (e), (f), (g): the policy inputs of the relying party. */
export type PolicyInputs = {
  initialPolicySet: readonly string[];
  explicitPolicy: boolean;
  policyMappingInhibit: boolean;
  anyPolicyInhibit: boolean;
};

export type ValidationInput = {
  target: Uint8Array;
  /** Candidate intermediates, in any order, possibly with extras (old and new keys…). */
  untrusted: readonly Uint8Array[];
  /**
   * More candidates, shared by many validations (the trust store's certificates): indexed
   * once per array and reused, where `untrusted` is one caller's own list. Duplicates of
   * `untrusted` are ignored.
   */
  sharedUntrusted?: readonly Uint8Array[];
  /** Trust anchor certificates: only their name and key are used (RFC 5280 §6.1.1 d). */
  anchors: readonly Uint8Array[];
  crls: readonly Uint8Array[];
  /** OCSP answers (DER OCSPResponse) the caller holds; one that is conclusive covers its certificate. */
  ocsp?: readonly Uint8Array[];
  at: Date;
  revocation: RevocationMode;
  policy?: PolicyInputs;
  /** The host, IP address or email address the end entity must be for. */
  peer?: PeerName;
  /** What the end entity must be good for (EKU and keyUsage); none: any purpose. */
  usage?: Usage;
  /** The most intermediate CAs a path may have (self-issued ones not counted); none: no limit. */
  maxDepth?: number;
  /** Default rfc5280. */
  profile?: ValidationProfile;
};

export type ValidationStatus = 'valid' | 'invalid' | 'unknown';

export type PathLink = { subject: string; sha256: string };

/**
 * What revocation checking found for one certificate of the path: good or revoked by a
 * verified, current CRL; not covered by any usable one; or not checked (revocation off, or
 * the path failed before revocation was looked at).
 */
export type RevocationFinding = {
  subject: string;
  sha256: string;
  status: 'good' | 'revoked' | 'not-covered' | 'not-checked';
  /** Why it is not covered, or what revoked it; null when good or not checked. */
  detail: string | null;
};

export type ValidationResult = {
  status: ValidationStatus;
  /** `code: English message`, null when valid. */
  reason: string | null;
  /** Target first, trust anchor last; the best path tried when none validates. */
  path: PathLink[];
  /** Each certificate of the path but the anchor, target first. */
  revocation: RevocationFinding[];
  /** Every one of them was found good (or revoked) by a verified, current CRL. */
  revocationChecked: boolean;
};

export const ANY_POLICY = '2.5.29.32.0';

export const DEFAULT_POLICY: PolicyInputs = {
  initialPolicySet: [ANY_POLICY],
  explicitPolicy: false,
  policyMappingInhibit: false,
  anyPolicyInhibit: false,
};

/** A failure found while checking one path: `unknown` when we could not decide. */
export type Failure = { status: 'invalid' | 'unknown'; code: string; message: string };

export const pathFailure = (
  code: string,
  message: string,
  status: Failure['status'] = 'invalid',
): Failure => ({
  status,
  code,
  message,
});
