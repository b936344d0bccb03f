import { join } from 'node:path';
import { runConformance } from '../conformance/main.js';
import type { CaseOutcome } from '../conformance/outcome.js';
import { load, mark, mmm, noiseExplanation, num, stats, type GoalLine, type Stats } from './stats.js';

/**
 * Issue 9's speed goal: path validation per testcase, in process, over the vendored x509-limbo
 * and NIST PKITS cases (the conformance harness's own runs), beside `openssl verify` on the
 * same cases. Vigie's time is the validation call (PKITS: the whole `vigie verify` command
 * function, files read included); OpenSSL's is its whole process, start-up included, which
 * is what a user running it pays.
 */
export type ValidationBench = {
  suites: {
    suite: CaseOutcome['suite'];
    cases: number;
    /** Per testcase. */
    vigie: Stats;
    worstId: string;
    /** Per testcase, the whole `openssl verify` process; null when OpenSSL was not run. */
    openssl: Stats | null;
  }[];
  load: number;
};

export const validationBench = async (vectors: string): Promise<ValidationBench> => {
  const outcomes = await runConformance({
    limbo: join(vectors, 'x509-limbo', 'limbo-shared.json'),
    pkits: join(vectors, 'nist-pkits'),
    openssl: true,
  });
  const suites = (['x509-limbo', 'nist-pkits'] as const).map((suite) => {
    const mine = outcomes.filter((o) => o.suite === suite);
    const worst = mine.reduce((a, b) => (b.vigieMs > a.vigieMs ? b : a));
    const ossl = mine.flatMap((o) => (o.opensslMs === null ? [] : [o.opensslMs]));
    return {
      suite,
      cases: mine.length,
      vigie: stats(mine.map((o) => o.vigieMs)),
      worstId: worst.id,
      openssl: ossl.length === mine.length ? stats(ossl) : null,
    };
  });
  return { suites, load: load() };
};

const MEDIAN_MS = 5;
const WORST_MS = 1000;
const metOf = (s: ValidationBench['suites'][number]) => s.vigie.median <= MEDIAN_MS && s.vigie.max < WORST_MS;
const minus = (s: Stats, ms: number): Stats => ({
  n: s.n,
  min: s.min - ms,
  median: s.median - ms,
  max: s.max - ms,
});

/** `startup`: OpenSSL's process start-up measured in this run (`openssl version`), subtracted for the ratio. */
export const validationGoals = (r: ValidationBench, startup: number, cores: number): GoalLine[] =>
  r.suites.map((s) => {
    const base = s.openssl ? minus(s.openssl, startup) : null;
    const met = metOf(s);
    return {
      area: 'issue 9',
      case: `Path validation per testcase, ${s.suite} (${s.cases} cases)`,
      measured: s.vigie,
      unit: 'ms',
      baseline: base ? { label: 'openssl verify, start-up subtracted', stats: base } : null,
      ratio: base ? s.vigie.median / base.median : null,
      target: `median ≤ ${MEDIAN_MS} ms, every case < ${WORST_MS.toLocaleString('en')} ms`,
      met,
      ...(met
        ? {}
        : {
            explanation: `slowest testcase ${s.worstId}; ${noiseExplanation(s.vigie, 'ms', r.load, cores)}`,
          }),
    };
  });

export const validationSection = (
  r: ValidationBench,
  startup: number,
): string => `## Path validation per testcase (issue 9)

Every testcase of the vendored x509-limbo and NIST PKITS files, as \`npm run conformance\` runs them: Vigie in process (limbo: the validation call; PKITS: the \`vigie verify\` command function with the files it reads), OpenSSL as the \`openssl verify\` process a user runs (start-up included) on the same certificates, CRLs, peer, purpose, depth and time. One run of each testcase, in the same process and machine; min / median / max are over the testcases. The summary's ratio compares with OpenSSL's median less its start-up measured in this run (${num(startup)} ms).

| suite | cases | Vigie: min / **median** / max | slowest testcase | goal | met | OpenSSL (start-up included): min / **median** / max |
|---|---:|---:|---|---|:---:|---:|
${r.suites
  .map(
    (s) =>
      `| ${s.suite} | ${s.cases} | ${mmm(s.vigie)} | ${s.worstId} | median ≤ ${MEDIAN_MS} ms, every case < ${WORST_MS.toLocaleString('en')} ms | ${mark(metOf(s))} | ${s.openssl ? mmm(s.openssl) : 'not run'} |`,
  )
  .join('\n')}
`;
