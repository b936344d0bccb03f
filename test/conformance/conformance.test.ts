import { join } from 'node:path';
import { runConformance } from './main.js';
import { summarize, suiteTable } from './report.js';

/**
 * The third-party suites in the repository (test/vectors), through the same harness as
 * `npm run conformance`: Vigie's answers against each testcase's stated outcome, OpenSSL's
 * beside them when it is installed (printed, not asserted: it is the yardstick).
 */
const VECTORS = join(import.meta.dirname, '..', 'vectors');

describe('conformance with x509-limbo and NIST PKITS', () => {
  it('accepts no must-fail testcase, agrees on 95% of limbo and on every PKITS outcome', async () => {
    const outcomes = await runConformance({
      limbo: join(VECTORS, 'x509-limbo', 'limbo-shared.json'),
      pkits: join(VECTORS, 'nist-pkits'),
      openssl: true,
    });
    const limbo = summarize('x509-limbo', outcomes);
    const pkits = summarize('nist-pkits', outcomes);
    console.log(`${suiteTable(limbo)}\n\n${suiteTable(pkits)}`);

    expect(outcomes.filter((o) => o.vigie === 'ERROR')).toEqual([]);
    // Non-pedantic limbo testcases that must fail and that Vigie accepts. One is allowed, and
    // only this one kind: x509-limbo refuses a CA whose policyConstraints is not marked
    // critical (RFC 5280 §4.2.1.11 asks CAs to mark it), while NIST PKITS builds valid paths
    // (policy mapping, inhibitAnyPolicy) through such CAs; Vigie takes PKITS's side.
    const accepted = outcomes.filter(
      (o) => o.suite === 'x509-limbo' && !o.pedantic && o.expected === 'FAILURE' && o.vigie === 'SUCCESS',
    );
    expect(accepted.length).toBeLessThanOrEqual(1);
    for (const o of accepted) expect(o.family).toBe('rfc5280');
    expect(limbo.vigie.agreed / limbo.vigie.cases).toBeGreaterThanOrEqual(0.95);
    expect(pkits.vigie.agreed).toBe(pkits.vigie.cases);
    expect(pkits.vigie.cases).toBeGreaterThan(130);
  }, 120_000);
});
