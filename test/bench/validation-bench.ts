import { join } from 'node:path';
import { runConformance } from '../conformance/main.js';
import type { CaseOutcome } from '../conformance/outcome.js';

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
    median: number;
    worst: number;
    worstId: string;
    openssl: { median: number; worst: number } | null;
  }[];
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
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
      median: median(mine.map((o) => o.vigieMs)),
      worst: worst.vigieMs,
      worstId: worst.id,
      openssl: ossl.length === mine.length ? { median: median(ossl), worst: Math.max(...ossl) } : null,
    };
  });
  return { suites };
};

const mark = (ok: boolean) => (ok ? '✓' : '✗');

export const validationSection = (r: ValidationBench): string => `## Path validation per testcase (issue 9)

Every testcase of the vendored x509-limbo and NIST PKITS files, as \`npm run conformance\` runs them: Vigie in process (limbo: the validation call; PKITS: the \`vigie verify\` command function with the files it reads), OpenSSL as the \`openssl verify\` process a user runs (start-up included) on the same certificates, CRLs, peer, purpose, depth and time. One run each, in the same process and machine.

| suite | cases | Vigie median | Vigie worst (testcase) | goal | met | OpenSSL median | OpenSSL worst |
|---|---:|---:|---:|---|:---:|---:|---:|
${r.suites
  .map(
    (s) =>
      `| ${s.suite} | ${s.cases} | ${s.median.toFixed(2)} ms | ${s.worst.toFixed(1)} ms (${s.worstId}) | median ≤ 5 ms, every case < 1 s | ${mark(s.median <= 5 && s.worst < 1000)} | ${s.openssl ? `${s.openssl.median.toFixed(1)} ms` : 'not run'} | ${s.openssl ? `${s.openssl.worst.toFixed(1)} ms` : ''} |`,
  )
  .join('\n')}
`;
