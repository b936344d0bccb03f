import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MAX_FILE_BYTES } from '../../src/shared/limits.js';
import { makeManyCertificates } from '../helpers/chain-certificates.js';
import { createSigner, manyLeaves, toPem } from '../helpers/many-certificates.js';
import { mark, mmm, noiseExplanation, num, stats, type GoalLine, type Stats } from './stats.js';

/**
 * Whole commands as a user runs them (`vigie inspect`, `vigie --help`), timed against a
 * native baseline in the same run: Node's own X509Certificate over the same inputs, and a
 * bare `node -e 0`. Both sides pay process start-up, so the ratio is what a user feels.
 */
export type CommandRow = {
  key: 'files' | 'big' | 'scan' | 'rescan' | 'help';
  case: string;
  /** Certificates each side reads (0: none, the start-up row). */
  certificates: number;
  /** null: it did not finish within the time limit. */
  vigie: Stats | null;
  baseline: Stats;
  baselineLabel: string;
  /** The goal: at most this times the baseline. */
  maxRatio: number;
  peakRssMiB?: number | null;
  note?: string;
};

const CLI = join(process.cwd(), 'bin', 'vigie.mjs');
const TIMEOUT_MS = 300_000;

type Timed = { samples: number[] | null; rssMiB: number | null };
type Command = {
  cmd: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Run before each timed run, untimed (a fresh data folder for a first scan). */
  prepare?: () => void;
};

/** One run's wall time in ms; null when it timed out or was killed. */
const runOnce = ({ cmd, args, env, prepare }: Command): number | null => {
  prepare?.();
  const t = performance.now();
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: TIMEOUT_MS,
    ...(env ? { env } : {}),
  });
  if (r.error || r.signal) return null;
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.slice(0, 3).join(' ')}…: ${r.stderr.toString().slice(0, 400)}`);
  return performance.now() - t;
};

/** Peak RSS of one more run through GNU time, when it is installed. */
const peakRss = ({ cmd, args, env, prepare }: Command): number | null => {
  if (!existsSync('/usr/bin/time')) return null;
  prepare?.();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...args], {
    ...(env ? { env } : {}),
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: TIMEOUT_MS,
  });
  const kib = Number(r.stderr.toString().trim().split('\n').pop());
  return Number.isFinite(kib) ? kib / 1024 : null;
};

/** Wall times of `runs` runs of one command after a discarded warm-up run. */
const timeAlone = (command: Command, runs: number): Timed => {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const ms = runOnce(command);
    if (ms === null) return { samples: null, rssMiB: null };
    if (i > 0) samples.push(ms);
  }
  return { samples, rssMiB: peakRss(command) };
};

/**
 * Wall times of `runs` runs of each command, taken in turns (Vigie, baseline, Vigie…) after
 * one discarded warm-up run of each. In turns, because this machine's speed drifts by tens
 * of per cent over a minute, and the files just written may still be flushing to disk: one
 * side's runs all first would measure the machine, not the command.
 */
const timePair = (vigie: Command, baseline: Command, runs: number): [Timed, Timed] => {
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i <= runs; i++) {
    for (const [k, command] of [vigie, baseline].entries()) {
      const ms = runOnce(command);
      if (ms === null) {
        // Past the time limit: no figure for this command; the other keeps what it has.
        const timed: [Timed, Timed] = [
          { samples: samples[0], rssMiB: null },
          { samples: samples[1], rssMiB: null },
        ];
        timed[k] = { samples: null, rssMiB: null };
        return timed;
      }
      if (i > 0) samples[k]?.push(ms);
    }
  }
  return [
    { samples: samples[0], rssMiB: peakRss(vigie) },
    { samples: samples[1], rssMiB: null },
  ];
};

const statsOf = (t: Timed): Stats | null => (t.samples && t.samples.length > 0 ? stats(t.samples) : null);

/** The native baseline: read each file, parse every certificate with node:crypto, print a line. */
const NATIVE_LOOP = `
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
const out = [];
for (const file of process.argv.slice(2)) {
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  const blocks = text.includes('-----BEGIN')
    ? text.match(/-----BEGIN CERTIFICATE-----[\\s\\S]*?-----END CERTIFICATE-----/g) ?? []
    : [bytes];
  for (const b of blocks) {
    const c = new X509Certificate(b);
    out.push({ file, subject: c.subject, issuer: c.issuer, notAfter: c.validTo, sha256: c.fingerprint256 });
  }
}
process.stdout.write(JSON.stringify(out));
`;

/** One PEM of a CA and as many Ed25519 leaves as fit under `maxBytes` (~25,000 in 10 MiB). */
const writeBigPem = (path: string, maxBytes: number): number => {
  const ca = createSigner('Vigie bench CA');
  const blocks = [toPem([ca.der])];
  let size = blocks[0]!.length;
  for (const leaf of manyLeaves(ca, 30_000)) {
    const block = toPem([leaf]);
    if (size + block.length > maxBytes) break;
    blocks.push(block);
    size += block.length;
  }
  writeFileSync(path, blocks.join(''));
  return blocks.length;
};

export const commandRows = (work: string, runs: number): CommandRow[] => {
  const rows: CommandRow[] = [];
  const baselineScript = join(work, 'native-loop.mjs');
  writeFileSync(baselineScript, NATIVE_LOOP);
  const node = process.execPath;
  const push = (
    row: Omit<CommandRow, 'vigie' | 'baseline' | 'peakRssMiB'>,
    vigie: Timed,
    baseline: Stats | null,
  ) =>
    rows.push({
      ...row,
      vigie: statsOf(vigie),
      baseline: baseline ?? stats([]),
      peakRssMiB: vigie.rssMiB,
      ...(vigie.samples === null ? { note: `did not finish within ${TIMEOUT_MS / 1000} s` } : {}),
    });

  // 1. Many files in one call.
  const filesDir = join(work, 'files');
  mkdirSync(filesDir);
  const files = makeManyCertificates(filesDir, 3000);
  const [vigieFiles, nativeFiles] = timePair(
    { cmd: node, args: [CLI, 'inspect', '--json', ...files] },
    { cmd: node, args: [baselineScript, ...files] },
    runs,
  );
  push(
    {
      key: 'files',
      case: `vigie inspect --json over ${files.length} certificate files (half PEM, half DER; P-256 root, 2 CAs, leaves)`,
      certificates: files.length,
      baselineLabel: 'node: X509Certificate loop over the same files',
      maxRatio: 2,
    },
    vigieFiles,
    statsOf(nativeFiles),
  );

  // 2. One PEM at the size cap holding ~25,000 small certificates.
  const bigPath = join(work, 'many.pem');
  const count = writeBigPem(bigPath, MAX_FILE_BYTES);
  const [vigieBig, nativeBig] = timePair(
    { cmd: node, args: [CLI, 'inspect', '--json', bigPath] },
    { cmd: node, args: [baselineScript, bigPath] },
    Math.min(runs, 5),
  );
  push(
    {
      key: 'big',
      case: `vigie inspect --json of one ${(MAX_FILE_BYTES / 2 ** 20).toFixed(0)} MiB PEM of ${count} certificates`,
      certificates: count,
      baselineLabel: 'node: X509Certificate loop over the same PEM blocks',
      maxRatio: 3,
    },
    vigieBig,
    statsOf(nativeBig),
  );

  // 3. The inventory (issue 8, P1): a first scan of 10,000 files against the native loop over
  // them, then a rescan with nothing changed against that first scan.
  const scanDir = join(work, 'scan-files');
  mkdirSync(scanDir);
  const scanFiles = makeManyCertificates(scanDir, 10_000);
  const dataDir = join(work, 'scan-data');
  const scanEnv = { ...process.env, VIGIE_DATA_DIR: dataDir };
  const freshInventory = () => rmSync(dataDir, { recursive: true, force: true });
  const [firstScan, nativeScan] = timePair(
    { cmd: node, args: [CLI, 'scan', scanDir], env: scanEnv, prepare: freshInventory },
    { cmd: node, args: [baselineScript, ...scanFiles] },
    Math.min(runs, 7),
  );
  push(
    {
      key: 'scan',
      case: `vigie scan, first scan of ${scanFiles.length} certificate files into a new inventory`,
      certificates: scanFiles.length,
      baselineLabel: 'node: X509Certificate loop over the same files',
      maxRatio: 2,
    },
    firstScan,
    statsOf(nativeScan),
  );
  // The last first-scan run (peakRss's) left the inventory filled: every rescan finds it so.
  const rescan = timeAlone({ cmd: node, args: [CLI, 'scan', scanDir], env: scanEnv }, Math.min(runs, 7));
  push(
    {
      key: 'rescan',
      case: `vigie scan, the same ${scanFiles.length} files again, nothing changed`,
      certificates: scanFiles.length,
      baselineLabel: 'the first scan above',
      maxRatio: 0.2,
    },
    rescan,
    statsOf(firstScan),
  );

  // 4. Start-up: the help text, against Node doing nothing.
  const [help, bare] = timePair(
    { cmd: node, args: [CLI, '--help'] },
    { cmd: node, args: ['-e', '0'] },
    Math.max(runs, 11),
  );
  push(
    { key: 'help', case: 'vigie --help', certificates: 0, baselineLabel: 'node -e 0', maxRatio: 2 },
    help,
    statsOf(bare),
  );
  return rows;
};

const ratioOf = (r: CommandRow): number => (r.vigie ? r.vigie.median / r.baseline.median : NaN);

export const commandTable = (rows: CommandRow[]): string =>
  [
    '| command | Vigie: min / **median** / max | baseline: min / **median** / max | ratio of medians | goal | met | Vigie peak RSS | baseline |',
    '|---|---:|---:|---:|---|:---:|---:|---|',
    ...rows.map((r) => {
      const ratio = r.vigie ? `${ratioOf(r).toFixed(2)}×` : 'n/a';
      const vigie = r.vigie ? mmm(r.vigie) : (r.note ?? 'n/a');
      const rss = r.peakRssMiB == null ? 'n/a' : `${r.peakRssMiB.toFixed(0)} MiB`;
      return `| ${r.case} | ${vigie} | ${mmm(r.baseline)} | ${ratio} | ≤ ${r.maxRatio}× | ${mark(r.vigie ? ratioOf(r) <= r.maxRatio : false)} | ${rss} | ${r.baselineLabel} |`;
    }),
  ].join('\n');

/**
 * The command rows' goals for the summary. A missed goal is explained from this run's own
 * rows: how much of the gap is start-up (the --help row against node -e 0), how much is the
 * work per certificate; for the rescan, the same scan timed inside the app (`inAppRescan`).
 */
export const commandGoals = (
  rows: CommandRow[],
  inApp: { rescan: Stats; first: Stats } | null,
  loadAvg: number,
  cores: number,
): GoalLine[] => {
  const help = rows.find((r) => r.key === 'help');
  return rows.map((r) => {
    const ratio = ratioOf(r);
    const met = r.vigie !== null && ratio <= r.maxRatio;
    let explanation: string | undefined;
    if (!met && r.vigie === null) explanation = r.note ?? 'it did not finish.';
    else if (!met && r.vigie && r.key === 'rescan' && inApp && help?.vigie)
      explanation = `the same rescan timed inside the app's process (the section on P1 below) takes ${num(inApp.rescan.median)} ms, ${(inApp.rescan.median / inApp.first.median).toFixed(2)}× of the first scan there (${mark(inApp.rescan.median / inApp.first.median <= r.maxRatio)}); the command's other ${num(r.vigie.median - inApp.rescan.median)} ms are paid by every \`vigie scan\` whatever the cache holds: the process start-up (\`vigie --help\`: ${num(help.vigie.median)} ms), opening the inventory and printing the ${r.certificates.toLocaleString('en')}-row report.`;
    else if (!met && r.vigie && r.certificates > 0 && help?.vigie) {
      const startup = help.vigie.median - help.baseline.median;
      const gap = r.vigie.median - r.baseline.median;
      const perVigie = ((r.vigie.median - help.vigie.median) / r.certificates) * 1000;
      const perNative = ((r.baseline.median - help.baseline.median) / r.certificates) * 1000;
      explanation = `of the ${num(gap)} ms between the medians, ${num(startup)} ms is start-up (\`vigie --help\` ${num(help.vigie.median)} ms against \`node -e 0\` ${num(help.baseline.median)} ms) and ${num(gap - startup)} ms is work per certificate: ${num(perVigie)} µs per certificate for Vigie (${r.key === 'scan' ? 'read and parsed in the inspection thread, what a scan keeps of each certificate with IGC-Santé recognition, the inventory written to SQLite by the main thread, a report row' : 'parse, the full description with IGC-Santé recognition, the chain search, a JSON row'}) against ${num(perNative)} µs for the native loop (parse and five fields), ${(perVigie / perNative).toFixed(2)}× it.`;
    } else if (!met && r.vigie) explanation = noiseExplanation(r.vigie, 'ms', loadAvg, cores);
    return {
      area: r.key === 'scan' || r.key === 'rescan' ? 'CLI (issue 8, P1)' : 'CLI',
      case: r.case,
      measured: r.vigie ?? stats([]),
      unit: 'ms',
      baseline: { label: r.baselineLabel, stats: r.baseline },
      ratio: r.vigie ? ratio : null,
      target: `≤ ${r.maxRatio}× the baseline`,
      met,
      ...(explanation ? { explanation } : {}),
    };
  });
};
