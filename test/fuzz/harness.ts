/**
 * One fast-check property per entry point, run the same way by `npm test` and `npm run fuzz`
 * (see budget.ts for the two modes). For every case the harness checks that:
 * - the entry point does not throw (expected failures are values: `check` says which);
 * - it returns within MODE.timeLimitMs, per MB for inputs past 1 MB (each call is timed; a
 *   case over the limit is run twice more and judged on its fastest run, so one descheduling
 *   on a loaded machine is not a failure, while a slow input stays slow);
 * - heapUsed, after a full GC, has not grown by more than MODE.heapGrowthLimit over the run.
 * A property does not stop at its first failure: every failing case is counted, the first
 * few are described, and the test fails at the end.
 */
import fc from 'fast-check';
import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MODE, RUNS, seedFor, type PropertyId } from './budget.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export type FuzzSpec<T, R> = {
  arbitrary: fc.Arbitrary<T>;
  /** The entry point, called once per case and timed. */
  call: (input: T) => Promise<R> | R;
  /** null when the answer is an acceptable one (a value, or a typed error with a known code); else what is wrong. */
  check: (result: R, input: T) => string | null;
  /** Names the input in a failure report (seed file and mutations, or a short printout). */
  describe?: (input: T) => string;
  /** After each case, untimed: what the app does at the end of one operation (drop per-file memos). */
  after?: () => void;
  /** The input's size in bytes, for the time limit (default: its largest byte array or string). */
  size?: (input: T) => number;
  /**
   * Time of the case that is not the entry point's own, in ms: password hashing inside the
   * documented work budget (kdf-meter.ts). Read right after the call.
   */
  exempt?: () => number;
};

/** Bytes (or characters) of an input: a byte array or string, or the largest one in a tuple or record (two levels). */
const sizeOf = (input: unknown, depth = 0): number => {
  if (input instanceof Uint8Array || typeof input === 'string') return input.length;
  if (depth > 2 || input === null || typeof input !== 'object') return 0;
  const parts = Array.isArray(input) ? input.slice(0, 8) : Object.values(input).slice(0, 8);
  return Math.max(0, ...parts.map((x: unknown) => sizeOf(x, depth + 1)));
};

/** The time limit of a case: MODE.timeLimitMs, and as much again for each MB past the first. */
const limitFor = (bytes: number): number => MODE.timeLimitMs * Math.max(1, bytes / 2 ** 20);

type Failure = {
  index: number;
  kind: 'threw' | 'wrong-answer' | 'slow' | 'memory';
  message: string;
  input: string;
};

const MAX_DESCRIBED = 8;
const TRACE = process.env['VIGIE_FUZZ_TRACE'] === '1';

const short = (text: string, max = 400): string =>
  text.length <= max ? text : `${text.slice(0, max)}… (${text.length} chars)`;

const errorText = (e: unknown): string =>
  e instanceof Error
    ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}`
    : String(e);

const printInput = (input: unknown): string => short(fc.stringify(input));

/** One timed call: the entry point's own time (exemption removed), its result or what it threw. */
const timed = async <T, R>(spec: FuzzSpec<T, R>, input: T) => {
  const t0 = performance.now();
  let result: R | undefined;
  let thrown: { error: unknown } | null = null;
  try {
    result = await spec.call(input);
  } catch (error) {
    thrown = { error };
  }
  const ms = Math.max(0, performance.now() - t0 - (spec.exempt?.() ?? 0));
  spec.after?.();
  return { ms, result: result as R, thrown };
};

export const fuzz = <T, R>(id: PropertyId, spec: FuzzSpec<T, R>): void => {
  const runs = RUNS[id];
  const timeout = MODE.fuzz ? 60 * 60_000 : 120_000;
  it(
    `${id} (${runs} cases)`,
    async () => {
      const failures: Failure[] = [];
      let failed = 0;
      let cases = 0;
      let slowest = { ms: 0, input: '' };
      const describeInput = (input: T) => (spec.describe ? short(spec.describe(input)) : printInput(input));
      const fail = (f: Failure) => {
        failed++;
        if (failures.length < MAX_DESCRIBED) failures.push(f);
      };

      gc();
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      const details = await fc.check(
        fc.asyncProperty(spec.arbitrary, async (input) => {
          const index = cases++;
          // VIGIE_FUZZ_TRACE=1: each case named before it runs, so a hang shows its input.
          if (TRACE) process.stderr.write(`${id} #${index} ${describeInput(input)}\n`);
          const first = await timed(spec, input);
          if (first.thrown) {
            fail({
              index,
              kind: 'threw',
              message: errorText(first.thrown.error),
              input: describeInput(input),
            });
            return true;
          }
          const problem = spec.check(first.result, input);
          if (problem !== null)
            fail({ index, kind: 'wrong-answer', message: short(problem, 1000), input: describeInput(input) });
          const limit = limitFor(spec.size ? spec.size(input) : sizeOf(input));
          let ms = first.ms;
          for (let retry = 0; retry < 2 && ms > limit; retry++)
            ms = Math.min(ms, (await timed(spec, input)).ms);
          if (ms > slowest.ms) slowest = { ms, input: describeInput(input) };
          if (ms > limit)
            fail({
              index,
              kind: 'slow',
              message: `${ms.toFixed(1)} ms (limit ${limit.toFixed(0)} ms, fastest of 3 runs)`,
              input: describeInput(input),
            });
          return true;
        }),
        { seed: seedFor(id), numRuns: runs, endOnFailure: true },
      );
      const elapsed = performance.now() - started;
      // V8 keeps the last string a regular expression ran on (RegExp.input): not the code's memory.
      /x/.exec('x');
      gc();
      const growth = process.memoryUsage().heapUsed - heapBefore;
      if (growth > MODE.heapGrowthLimit)
        fail({
          index: -1,
          kind: 'memory',
          message: `heapUsed grew by ${(growth / 2 ** 20).toFixed(1)} MB over the run (limit ${MODE.heapGrowthLimit / 2 ** 20} MB)`,
          input: '(whole run)',
        });
      if (details.failed)
        fail({ index: -1, kind: 'threw', message: errorText(details.errorInstance), input: '' });

      if (MODE.report !== null) {
        const record = {
          id,
          cases,
          failures: failed,
          slowestMs: Math.round(slowest.ms * 10) / 10,
          slowestInput: short(slowest.input, 160),
          heapGrowthMb: Math.round((growth / 2 ** 20) * 10) / 10,
          seconds: Math.round(elapsed / 100) / 10,
          seed: seedFor(id),
        };
        appendFileSync(MODE.report, `${JSON.stringify(record)}\n`);
      }
      expect(cases, 'every planned case ran').toBe(runs);
      if (failed > 0) {
        const shown = failures
          .map((f) => `#${f.index} ${f.kind}: ${f.message}\n    input: ${f.input}`)
          .join('\n');
        expect.fail(
          `${failed} failing case(s) of ${cases} (seed ${MODE.seed}, property seed ${seedFor(id)}):\n${shown}`,
        );
      }
    },
    timeout,
  );
};

/** `check` helper: null when `code` is one of `known`. */
export const knownCode = (code: unknown, known: readonly string[], what = 'error'): string | null =>
  typeof code === 'string' && known.includes(code)
    ? null
    : `${what} code ${JSON.stringify(code)} is not one of ${known.join(', ')}`;
