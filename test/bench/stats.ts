import { loadavg } from 'node:os';

/**
 * The shared shape of every row of docs/benchmarks.md: the samples a row measured, reduced
 * to min / median / max, and the one line per goal the page's summary table prints.
 */
export type Stats = { n: number; min: number; median: number; max: number };

/** The median is the middle sample (the upper of the two middle ones for an even count). */
export const stats = (xs: readonly number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, min: s[0] ?? NaN, median: s[Math.floor(s.length / 2)] ?? NaN, max: s.at(-1) ?? NaN };
};

export const median = (xs: readonly number[]): number => stats(xs).median;

/** A figure with as many decimals as its size deserves (1,234 · 56.7 · 0.89). */
export const num = (x: number): string =>
  !Number.isFinite(x)
    ? 'n/a'
    : Math.abs(x) >= 100 || Number.isInteger(x)
      ? Math.round(x).toLocaleString('en')
      : Math.abs(x) >= 10
        ? x.toFixed(1)
        : x.toFixed(2);

/** " ms", " MiB", "×" (no space), "" (a count). */
const withUnit = (unit: string): string => (!unit ? '' : unit === '×' ? unit : ` ${unit}`);

/** "median (min–max)" with a unit, or the single value when there is one sample. */
export const spread = (s: Stats, unit = 'ms'): string => {
  const u = withUnit(unit);
  return s.n <= 1 ? `${num(s.median)}${u} (1 sample)` : `${num(s.median)}${u} (${num(s.min)}–${num(s.max)})`;
};

/** "min / median / max, n = …" for the detailed tables. */
export const mmm = (s: Stats, unit = 'ms'): string =>
  s.n <= 1
    ? `${num(s.median)}${withUnit(unit)} (1 sample)`
    : `${num(s.min)} / **${num(s.median)}** / ${num(s.max)}${withUnit(unit)} (n = ${s.n})`;

export const mark = (met: boolean | null): string => (met === null ? '—' : met ? '✓' : '✗');

/** The machine's 1-minute load average now: how busy it was while a row was measured. */
export const load = (): number => loadavg()[0] ?? NaN;

/** One goal of the project, as the summary table prints it. */
export type GoalLine = {
  /** Where it comes from: "issue 8, P1", "CLI", "inspection"… */
  area: string;
  case: string;
  measured: Stats;
  unit: string;
  baseline: { label: string; stats: Stats; unit?: string } | null;
  /** Measured ÷ baseline, when the goal is a ratio or the comparison means something. */
  ratio: number | null;
  target: string;
  met: boolean | null;
  /** Required when met is false: prose around figures this run measured. */
  explanation?: string;
};

/**
 * When a target was missed and nothing more specific was measured: the row's own spread and
 * how busy the machine was while it ran, both from this run.
 */
export const noiseExplanation = (s: Stats, unit: string, loadAvg: number, cores: number): string =>
  `its fastest sample was ${num(s.min)} ${unit} and its slowest ${num(s.max)} ${unit}; the machine's 1-minute load average was ${loadAvg.toFixed(2)} on ${cores} cores while it ran (other work sharing the CPU).`;

export const summaryTable = (goals: readonly GoalLine[]): string => {
  const lines = goals.map((g) => {
    const base = g.baseline
      ? `${num(g.baseline.stats.median)}${withUnit(g.baseline.unit ?? g.unit)}: ${g.baseline.label}`
      : '—';
    const ratio = g.ratio === null ? '—' : `${num(g.ratio)}×`;
    return `| ${g.area} | ${g.case} | ${spread(g.measured, g.unit)} | ${base} | ${ratio} | ${g.target} | ${mark(g.met)} |`;
  });
  const missed = goals.filter((g) => g.met === false);
  const why = missed.map(
    (g) => `- **${g.area}, ${g.case}** (${mark(false)}): ${g.explanation ?? 'no explanation was measured.'}`,
  );
  return [
    '| area | case | measured: median (min–max) | baseline (median) | ratio | target | met |',
    '|---|---|---:|---|---:|---|:---:|',
    ...lines,
    '',
    missed.length === 0
      ? 'Every target is met in this run.'
      : `${missed.length} of ${goals.filter((g) => g.met !== null).length} targets missed in this run; why, from this run's own measures:\n\n${why.join('\n')}`,
  ].join('\n');
};
