/**
 * How certificates name each other, compared as path building compares names (RFC 5280
 * §7.1: case and spaces folded): for callers that judge a chain without validating it
 * (the endpoint scan asks whether a served chain reaches a root clients know).
 */
import { certFacts } from './cert-facts.js';

export type NameLinks = {
  sha256: string;
  /** Comparable forms of the subject and issuer names: equal strings, equal names. */
  subjectId: string;
  issuerId: string;
  /** Subject and issuer are the same name (a root, or a self-issued key rollover). */
  selfIssued: boolean;
  notAfter: Date;
};

/** null when the bytes are not a certificate whose names can be read. */
export const nameLinks = (der: Uint8Array): NameLinks | null => {
  const c = certFacts(der);
  return c
    ? {
        sha256: c.sha256,
        subjectId: c.subjectId,
        issuerId: c.issuerId,
        selfIssued: c.selfIssued,
        notAfter: c.parsed.notAfter,
      }
    : null;
};
