// `npm run fuzz [-- --seed N] [--runs N] [--only TEXT]`: the fuzz properties of test/main/fuzz and
// test/shared/fuzz (the same code `npm test` runs with a small fixed budget) with 100,000 cases in
// all, split by weight (test/fuzz/budget.ts), a random seed unless one is given, and the real
// time limit (200 ms a case). Prints a summary per property; exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { seed: { type: 'string' }, runs: { type: 'string' }, only: { type: 'string' } },
});
const integer = (name, text, fallback) => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`--${name} must be a non-negative integer, got ${text}`);
    process.exit(2);
  }
  return n;
};
const seed = integer('seed', values.seed, randomInt(2 ** 31));
const runs = integer('runs', values.runs, 100_000);

const dir = mkdtempSync(join(tmpdir(), 'vigie-fuzz-'));
// Ctrl-C or a kill ends Vitest (its exit is the run's failure): this process waits for it,
// so that the report folder is still removed below.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
const report = join(dir, 'report.jsonl');
console.log(
  `fuzz: ${runs.toLocaleString('en-US')} cases, seed ${seed} (replay: npm run fuzz -- --seed ${seed})`,
);

const started = performance.now();
let status;
let rows = [];
try {
  const args = [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--project',
    'node',
    'test/main/fuzz',
    'test/shared/fuzz',
  ];
  if (values.only) args.push('-t', values.only);
  const run = spawnSync(process.execPath, args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      VIGIE_FUZZ_RUNS: String(runs),
      VIGIE_FUZZ_SEED: String(seed),
      VIGIE_FUZZ_REPORT: report,
    },
  });
  status = run.status ?? 1;
  if (existsSync(report))
    rows = readFileSync(report, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const seconds = (performance.now() - started) / 1000;

rows.sort((a, b) => a.id.localeCompare(b.id));
const pad = (text, n) => String(text).padEnd(n);
const left = (text, n) => String(text).padStart(n);
console.log(
  `\n${pad('property', 34)}${left('cases', 8)}${left('failures', 10)}${left('slowest ms', 12)}${left('heap MB', 9)}${left('s', 7)}`,
);
for (const r of rows)
  console.log(
    `${pad(r.id, 34)}${left(r.cases, 8)}${left(r.failures, 10)}${left(r.slowestMs, 12)}${left(r.heapGrowthMb, 9)}${left(r.seconds, 7)}`,
  );
const cases = rows.reduce((n, r) => n + r.cases, 0);
const failures = rows.reduce((n, r) => n + r.failures, 0);
const slowest = rows.reduce((a, r) => (r.slowestMs > a.slowestMs ? r : a), {
  slowestMs: 0,
  id: '-',
  slowestInput: '',
});
console.log(
  `\n${cases.toLocaleString('en-US')} cases in ${rows.length} properties, ${failures} failing, in ${Math.round(seconds)} s; slowest case ${slowest.slowestMs} ms (${slowest.id}: ${slowest.slowestInput})`,
);
console.log(`seed ${seed}`);
const complete = values.only !== undefined || cases === runs;
if (!complete) console.log(`expected ${runs} cases: a property did not run to its end`);
process.exit(status === 0 && failures === 0 && complete ? 0 : 1);
