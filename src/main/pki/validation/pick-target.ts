/** Which certificate of a file is the one to validate (a P12 or P7B also carries its chain). */
import { certFacts, type CertFacts } from './cert-facts.js';
import { nameEquals } from './name-key.js';

/**
 * The certificate that issued none of the others, a non-CA one first; the first certificate
 * when every one issues another (a loop) or none can be read.
 */
export const pickTarget = (ders: readonly Uint8Array[]): Uint8Array | undefined => {
  // The caller's own bytes are returned (facts are shared by every copy of the same DER).
  const facts = ders.flatMap((der) => {
    const c = certFacts(der);
    return c ? [{ c, der }] : [];
  });
  const issuesAnother = ({ c }: { c: CertFacts }) =>
    facts.some(({ c: o }) => o !== c && !o.selfIssued && nameEquals(o.issuer, c.subject));
  const leaves = facts.filter((f) => !issuesAnother(f));
  const best = leaves.find(({ c }) => c.basicConstraints?.ca !== true) ?? leaves[0];
  return best?.der ?? ders[0];
};
