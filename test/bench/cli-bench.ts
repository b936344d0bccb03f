import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MAX_FILE_BYTES } from '../../src/shared/limits.js';
import { makeManyCertificates } from '../helpers/chain-certificates.js';
import { createSigner, manyLeaves, toPem } from '../helpers/many-certificates.js';

/**
 * Whole commands as a user runs them (`vigie inspect`, `vigie --help`), timed against a
 * native baseline in the same run: Node's own X509Certificate over the same inputs, and a
 * bare `node -e 0`. Both sides pay process start-up, so the ratio is what a user feels.
 */
export type CommandRow = {
  case: string;
  vigieMs: number | null;
  baselineMs: number;
  baseline: string;
  goal: string;
  peakRssMiB?: number | null;
  note?: string;
};

const CLI = join(process.cwd(), 'bin', 'vigie.mjs');
const TIMEOUT_MS = 300_000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

type Timed = { ms: number | null; rssMiB: number | null };
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

/** Median wall time of `runs` runs of one command after a discarded warm-up run. */
const timeAlone = (command: Command, runs: number): Timed => {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const ms = runOnce(command);
    if (ms === null) return { ms: null, rssMiB: null };
    if (i > 0) samples.push(ms);
  }
  return { ms: median(samples), rssMiB: peakRss(command) };
};

/**
 * Median wall times of `runs` runs of each command, taken in turns (Vigie, baseline,
 * Vigie…) after one discarded warm-up run of each. In turns, because this machine's speed
 * drifts by tens of per cent over a minute, and the files just written may still be
 * flushing to disk: one side's runs all first would measure the machine, not the command.
 */
const timePair = (vigie: Command, baseline: Command, runs: number): [Timed, Timed] => {
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i <= runs; i++) {
    for (const [k, command] of [vigie, baseline].entries()) {
      const ms = runOnce(command);
      if (ms === null) {
        // Past the time limit: no figure for this command; the other keeps what it has.
        const timed: [Timed, Timed] = [
          { ms: samples[0].length > 0 ? median(samples[0]) : NaN, rssMiB: null },
          { ms: samples[1].length > 0 ? median(samples[1]) : NaN, rssMiB: null },
        ];
        timed[k] = { ms: null, rssMiB: null };
        return timed;
      }
      if (i > 0) samples[k]?.push(ms);
    }
  }
  return [
    { ms: median(samples[0]), rssMiB: peakRss(vigie) },
    { ms: median(samples[1]), rssMiB: null },
  ];
};

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

  // 1. Many files in one call.
  const filesDir = join(work, 'files');
  mkdirSync(filesDir);
  const files = makeManyCertificates(filesDir, 3000);
  const [vigieFiles, nativeFiles] = timePair(
    { cmd: node, args: [CLI, 'inspect', '--json', ...files] },
    { cmd: node, args: [baselineScript, ...files] },
    runs,
  );
  rows.push({
    case: `vigie inspect --json over ${files.length} certificate files (half PEM, half DER; P-256 root, 2 CAs, leaves)`,
    vigieMs: vigieFiles.ms,
    baselineMs: nativeFiles.ms ?? NaN,
    baseline: 'node: X509Certificate loop over the same files',
    goal: '≤ 2×',
    peakRssMiB: vigieFiles.rssMiB,
  });

  // 2. One PEM at the size cap holding ~25,000 small certificates.
  const bigPath = join(work, 'many.pem');
  const count = writeBigPem(bigPath, MAX_FILE_BYTES);
  const [vigieBig, nativeBig] = timePair(
    { cmd: node, args: [CLI, 'inspect', '--json', bigPath] },
    { cmd: node, args: [baselineScript, bigPath] },
    Math.min(runs, 3),
  );
  rows.push({
    case: `vigie inspect --json of one ${(MAX_FILE_BYTES / 2 ** 20).toFixed(0)} MiB PEM of ${count} certificates`,
    vigieMs: vigieBig.ms,
    baselineMs: nativeBig.ms ?? NaN,
    baseline: 'node: X509Certificate loop over the same PEM blocks',
    goal: '≤ 3×',
    peakRssMiB: vigieBig.rssMiB,
    ...(vigieBig.ms === null ? { note: `did not finish within ${TIMEOUT_MS / 1000} s` } : {}),
  });

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
    Math.min(runs, 5),
  );
  rows.push({
    case: `vigie scan, first scan of ${scanFiles.length} certificate files into a new inventory`,
    vigieMs: firstScan.ms,
    baselineMs: nativeScan.ms ?? NaN,
    baseline: 'node: X509Certificate loop over the same files',
    goal: '≤ 2×',
    peakRssMiB: firstScan.rssMiB,
  });
  // The last first-scan run (peakRss's) left the inventory filled: every rescan finds it so.
  const rescan = timeAlone({ cmd: node, args: [CLI, 'scan', scanDir], env: scanEnv }, Math.min(runs, 5));
  rows.push({
    case: `vigie scan, the same ${scanFiles.length} files again, nothing changed`,
    vigieMs: rescan.ms,
    baselineMs: firstScan.ms ?? NaN,
    baseline: 'the first scan above',
    goal: '≤ 0.2×',
    peakRssMiB: rescan.rssMiB,
  });

  // 4. Start-up: the help text, against Node doing nothing.
  const [help, bare] = timePair(
    { cmd: node, args: [CLI, '--help'] },
    { cmd: node, args: ['-e', '0'] },
    Math.max(runs, 11),
  );
  rows.push({
    case: 'vigie --help',
    vigieMs: help.ms,
    baselineMs: bare.ms ?? NaN,
    baseline: 'node -e 0',
    goal: '≤ 2×',
    peakRssMiB: help.rssMiB,
  });
  return rows;
};

export const commandTable = (rows: CommandRow[]): string =>
  [
    '| command | Vigie (ms, median) | baseline (ms, median) | ratio | goal | Vigie peak RSS | baseline |',
    '|---|---:|---:|---:|---|---:|---|',
    ...rows.map((r) => {
      const ratio = r.vigieMs === null ? 'n/a' : `${(r.vigieMs / r.baselineMs).toFixed(2)}×`;
      const vigie = r.vigieMs === null ? (r.note ?? 'n/a') : r.vigieMs.toFixed(0);
      const rss = r.peakRssMiB == null ? 'n/a' : `${r.peakRssMiB.toFixed(0)} MiB`;
      return `| ${r.case} | ${vigie} | ${r.baselineMs.toFixed(0)} | ${ratio} | ${r.goal} | ${rss} | ${r.baseline} |`;
    }),
  ].join('\n');
