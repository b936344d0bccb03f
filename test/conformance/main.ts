/**
 * `npm run conformance -- [--limbo FILE] [--pkits DIR] [--json] [--no-openssl] [--list]`:
 * Vigie's path validation over x509-limbo testcases and NIST PKITS cases, OpenSSL beside it
 * when installed. Any file or folder with the vendored vectors' layout can be given; by
 * default the vendored ones (test/vectors/) are run.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { isPedantic, readLimbo } from './limbo-cases.js';
import { opensslLimbo, opensslVersion, runOpenssl } from './openssl-runner.js';
import type { CaseOutcome } from './outcome.js';
import { PKITS_TIME, pemOf, readPkits, runVigiePkits } from './pkits-cases.js';
import { suiteTable, summarize } from './report.js';
import { runVigieLimbo } from './vigie-limbo.js';

const VECTORS = join(process.cwd(), 'test', 'vectors');

export type ConformanceOptions = { limbo: string | null; pkits: string | null; openssl: boolean };

type Run = { answer: CaseOutcome['vigie']; reason: string | null; ms: number };

/** One testcase's row: what it is, and what each validator answered. */
const outcome = (
  c: Pick<CaseOutcome, 'suite' | 'id' | 'family' | 'expected' | 'pedantic' | 'conflictsWith'>,
  vigie: Run,
  openssl: Run | null,
): CaseOutcome => ({
  suite: c.suite,
  id: c.id,
  family: c.family,
  expected: c.expected,
  pedantic: c.pedantic,
  conflictsWith: c.conflictsWith,
  vigie: vigie.answer,
  vigieReason: vigie.reason,
  vigieMs: vigie.ms,
  openssl: openssl?.answer ?? null,
  opensslReason: openssl?.reason ?? null,
  opensslMs: openssl?.ms ?? null,
});

/** Runs the suites; every case answered, none skipped (a case Vigie cannot decide is a FAILURE). */
export const runConformance = async (options: ConformanceOptions): Promise<CaseOutcome[]> => {
  const now = new Date();
  const outcomes: CaseOutcome[] = [];
  const withOpenssl = options.openssl && opensslVersion() !== null;
  if (options.limbo) {
    for (const c of readLimbo(readFileSync(options.limbo, 'utf8'), options.limbo)) {
      const vigie = await runVigieLimbo(c, now);
      const openssl = withOpenssl ? runOpenssl(opensslLimbo(c)) : null;
      outcomes.push(
        outcome(
          { suite: 'x509-limbo', ...c, pedantic: isPedantic(c), conflictsWith: c.conflictsWith },
          vigie,
          openssl,
        ),
      );
    }
  }
  if (options.pkits) {
    for (const c of readPkits(options.pkits)) {
      const vigie = await runVigiePkits(c);
      const openssl = withOpenssl
        ? runOpenssl({
            trusted: [pemOf(c.anchor, 'CERTIFICATE')],
            untrusted: c.intermediates.map((p) => pemOf(p, 'CERTIFICATE')),
            crls: c.crls.map((p) => pemOf(p, 'X509 CRL')),
            leaf: pemOf(c.leaf, 'CERTIFICATE'),
            at: PKITS_TIME,
            // PKITS's default inputs: any policy acceptable, policy processing on.
            args: ['-policy_check'],
          })
        : null;
      outcomes.push(
        outcome({ suite: 'nist-pkits', ...c, pedantic: false, conflictsWith: [] }, vigie, openssl),
      );
    }
  }
  return outcomes;
};

const main = async () => {
  const { values } = parseArgs({
    options: {
      limbo: { type: 'string' },
      pkits: { type: 'string' },
      json: { type: 'boolean' },
      'no-openssl': { type: 'boolean' },
      list: { type: 'boolean' },
    },
  });
  const chosen = values.limbo !== undefined || values.pkits !== undefined;
  const options: ConformanceOptions = {
    limbo: values.limbo ?? (chosen ? null : join(VECTORS, 'x509-limbo', 'limbo-shared.json')),
    pkits: values.pkits ?? (chosen ? null : join(VECTORS, 'nist-pkits')),
    openssl: values['no-openssl'] !== true,
  };
  const outcomes = await runConformance(options);
  const suites = (['x509-limbo', 'nist-pkits'] as const).filter((s) => outcomes.some((o) => o.suite === s));
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ suites: suites.map((s) => summarize(s, outcomes)), outcomes }, null, 2)}\n`,
    );
    return;
  }
  const version = options.openssl ? opensslVersion() : null;
  process.stdout.write(`OpenSSL: ${version ?? 'not run'}\n\n`);
  for (const s of suites) process.stdout.write(`${suiteTable(summarize(s, outcomes))}\n\n`);
  // Pairs upstream marks as contradicting each other: one answer cannot satisfy both, so each
  // is validated under the profile of its family (rfc5280 or webpki) and says which it took.
  const conflicting = outcomes.filter((o) => o.conflictsWith.length > 0);
  if (conflicting.length > 0) {
    process.stdout.write(
      "Conflicting pairs (upstream conflicts_with), each validated under its family's profile:\n",
    );
    for (const o of conflicting)
      process.stdout.write(
        `  ${o.id} (${o.family === 'webpki' ? 'webpki' : 'rfc5280'} profile): expected ${o.expected}, Vigie ${o.vigie}; conflicts with ${o.conflictsWith.join(', ')}\n`,
      );
    process.stdout.write('\n');
  }
  const wrong = outcomes.filter(
    (o) => o.vigie !== o.expected && (values.list || (o.expected === 'FAILURE' && !o.pedantic)),
  );
  if (wrong.length > 0) {
    process.stdout.write(`${values.list ? 'Vigie disagrees' : 'Vigie accepts (must fail, not pedantic)'}:\n`);
    for (const o of wrong)
      process.stdout.write(
        `  ${o.suite} ${o.id}: expected ${o.expected}, Vigie ${o.vigie}${o.vigieReason ? ` (${o.vigieReason})` : ''}\n`,
      );
  }
};

if (process.argv[1]?.endsWith('conformance.mjs')) {
  try {
    await main();
  } catch (e) {
    // A file that is not laid out like the suites (or not there): said in one line, exit 2.
    process.stderr.write(`conformance: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
}
