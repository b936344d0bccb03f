/** Which certificate of a file is the one to validate (a P12 or P7B also carries its chain). */
import { certFacts, type CertFacts } from './cert-facts.js';
import { nameEquals } from './name-key.js';

/**
 * The certificate that issued none of the others, a non-CA one first; the first certificate
 * when every one issues another (a loop) or none can be read.
 */
export const pickTarget = (ders: readonly Uint8Array[]): Uint8Array | undefined => {
  const facts = ders.map(certFacts).filter((c): c is CertFacts => c !== null);
  const issuesAnother = (c: CertFacts) =>
    facts.some((o) => o !== c && !o.selfIssued && nameEquals(o.issuer, c.subject));
  const leaves = facts.filter((c) => !issuesAnother(c));
  const best = leaves.find((c) => c.basicConstraints?.ca !== true) ?? leaves[0];
  return best?.der ?? ders[0];
};
