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
    // Non-pedantic limbo testcases that must fail and that Vigie accepts: none.
    const accepted = outcomes.filter(
      (o) => o.suite === 'x509-limbo' && !o.pedantic && o.expected === 'FAILURE' && o.vigie === 'SUCCESS',
    );
    expect(accepted.map((o) => o.id)).toEqual([]);
    expect(limbo.vigie.agreed / limbo.vigie.cases).toBeGreaterThanOrEqual(0.95);
    expect(pkits.vigie.agreed).toBe(pkits.vigie.cases);
    expect(pkits.vigie.cases).toBeGreaterThan(130);
  }, 120_000);
});
