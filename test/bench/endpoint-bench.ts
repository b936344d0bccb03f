import { execFileSync, spawn } from 'node:child_process';
import { nodeFileSystem } from '../../src/main/adapters/node-file-system.js';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { openSqliteInventory } from '../../src/main/adapters/inventory/sqlite-inventory-store.js';
import { createNodeTlsProbe } from '../../src/main/adapters/tls/node-tls-probe.js';
import { createInspector } from '../../src/main/services/inspector/inspect-file.js';
import {
  DEFAULT_ENDPOINT_CONCURRENCY,
  parseEndpoint,
  scanEndpoints,
  type EndpointScanDeps,
  type EndpointTarget,
} from '../../src/main/services/inventory/endpoint-scan.js';
import {
  fixturePki,
  startDelayedTlsServer,
  startTlsServer,
  type Running,
  type Served,
} from '../helpers/tls-servers.js';
import { load, mark, mmm, noiseExplanation, num, stats, type GoalLine, type Stats } from './stats.js';

/**
 * Issue 8, P6: a sweep of many TLS endpoints on 127.0.0.1, with the endpoint scan's bounded
 * concurrency against the same sweep one endpoint at a time, in the same run. The servers
 * run in a child process (this bundle started again with TLS_SERVERS_FLAG), so their
 * handshakes do not share the sweep's event loop.
 */
export const TLS_SERVERS_FLAG = '--tls-servers';

const ENDPOINTS = 500;
/** The second scenario's answer delay: a server some way off (a round trip within a country). */
const DELAY_MS = 20;

type ServersConfig = { count: number; delayMs: number; key: string; chain: string[] };

/** Child mode: `count` TLS servers, their ports on one line of stdout; ends when stdin closes. */
export const runTlsServers = async (configPath: string): Promise<void> => {
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as ServersConfig;
  const served: Served = {
    key: config.key,
    chain: config.chain.map((b64) => ({ der: new Uint8Array(Buffer.from(b64, 'base64')) })),
  };
  const servers: Running[] = [];
  for (let i = 0; i < config.count; i++)
    servers.push(
      await (config.delayMs > 0 ? startDelayedTlsServer(served, config.delayMs) : startTlsServer(served)),
    );
  process.stdout.write(`${JSON.stringify(servers.map((s) => s.port))}\n`);
  process.stdin.resume();
  await new Promise((resolve) => process.stdin.once('end', resolve));
  await Promise.all(servers.map((s) => s.close()));
};

/** CPU time (ms) spent by a sweep: in the sweeping process, and in the servers' process. */
export type SweepCpu = { sweepMs: number; serversMs: number };

/** One scenario's samples: the bounded sweep and the sequential one, with their CPU time. */
export type SweepPair = {
  delayMs: number;
  bounded: Stats;
  sequential: Stats;
  /** Each sequential sweep's time over the bounded sweep's just before it. */
  speedUps: Stats;
  boundedCpu: SweepCpu;
  sequentialCpu: SweepCpu;
  load: number;
};

export type EndpointBench = { endpoints: number; concurrency: number; cores: number; pairs: SweepPair[] };

/** Clock ticks per second of /proc/<pid>/stat's CPU times. */
const clockTicks = (): number => Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

/** CPU time (ms) a process has used so far, all its threads, from /proc (NaN where there is none). */
const processCpuMs = (pid: number | undefined, ticks: number): number => {
  if (pid === undefined || !existsSync(`/proc/${pid}/stat`)) return NaN;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name (which may hold spaces) start after its closing ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) / ticks) * 1000;
};

const medianOf = (xs: readonly number[]) => stats(xs).median;

/** Starts the servers in a child process and resolves with their ports. */
const startServers = async (work: string, config: ServersConfig) => {
  const configPath = join(work, `tls-servers-${config.delayMs}.json`);
  writeFileSync(configPath, JSON.stringify(config));
  const self = process.argv[1] ?? '';
  const child = spawn(process.execPath, [self, TLS_SERVERS_FLAG, configPath], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  // Closing its stdin lets the child close its servers and remove its own temp folder;
  // a kill only if it has not gone within a few seconds.
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin?.end();
    const timer = setTimeout(() => child.kill(), 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const line = await new Promise<string>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`TLS servers exited with ${code}`)));
      createInterface({ input: child.stdout }).once('line', resolve);
    });
    return { ports: JSON.parse(line) as number[], stop, pid: child.pid };
  } catch (e) {
    await stop();
    throw e;
  }
};

/**
 * Two scenarios, each with its own ENDPOINTS servers (leaf + intermediate of a fixture CA,
 * RSA-2048, TLS 1.3): servers that answer at once (127.0.0.1 as it is), and servers that
 * answer DELAY_MS after each connection. Each sweep is the whole endpoint scan into a real
 * inventory: probe, chain check, certificates and checks written. One discarded warm-up
 * sweep per scenario; then bounded and sequential sweeps in turns.
 */
export const endpointBench = async (work: string, runs: number, cores: number): Promise<EndpointBench> => {
  const ticks = clockTicks();
  const pki = await fixturePki('Vigie bench');
  const served = await pki.serve(await pki.leaf(['localhost'], { ips: ['127.0.0.1'] }), pki.intermediate);
  const { store } = openSqliteInventory(join(work, 'endpoints.sqlite'));
  const clock = { now: () => new Date() };
  const deps: EndpointScanDeps = {
    probe: createNodeTlsProbe(),
    store,
    clock,
    inspector: createInspector({ fs: nodeFileSystem, clock, trust: { list: async () => [] } }),
    anchors: [pki.root.der],
  };
  let serversPid: number | undefined;
  /** One sweep: its wall time, and the CPU both processes spent on it. */
  const sweep = async (concurrency: number, list: readonly EndpointTarget[]) => {
    const servers0 = processCpuMs(serversPid, ticks);
    const cpu0 = process.cpuUsage();
    const t = performance.now();
    const { checks } = await scanEndpoints(list, deps, { concurrency });
    const ms = performance.now() - t;
    const cpu = process.cpuUsage(cpu0);
    const serversMs = processCpuMs(serversPid, ticks) - servers0;
    const failed = checks.find((c) => c.error !== null || c.chain !== 'complete');
    if (checks.length !== list.length || failed)
      throw new Error(`endpoint sweep: ${failed?.locator}: ${failed?.error?.message ?? failed?.chain}`);
    return { ms, cpu: { sweepMs: (cpu.user + cpu.system) / 1000, serversMs } };
  };
  const pairs: SweepPair[] = [];
  try {
    // The sequential sweep of the delayed servers alone takes ENDPOINTS × DELAY_MS a run.
    for (const [delayMs, scenarioRuns] of [
      [0, runs],
      [DELAY_MS, Math.min(runs, 3)],
    ] as const) {
      const servers = await startServers(work, {
        count: ENDPOINTS,
        delayMs,
        key: served.key,
        chain: served.chain.map((c) => Buffer.from(c.der).toString('base64')),
      });
      serversPid = servers.pid;
      try {
        const targets = servers.ports.map((port) => {
          const t = parseEndpoint(`127.0.0.1:${port}`);
          if (!t.ok) throw new Error(t.error.message);
          return t.value;
        });
        await sweep(DEFAULT_ENDPOINT_CONCURRENCY, targets);
        const bounded: Awaited<ReturnType<typeof sweep>>[] = [];
        const sequential: Awaited<ReturnType<typeof sweep>>[] = [];
        for (let i = 0; i < scenarioRuns; i++) {
          bounded.push(await sweep(DEFAULT_ENDPOINT_CONCURRENCY, targets));
          sequential.push(await sweep(1, targets));
        }
        const cpuOf = (xs: typeof bounded): SweepCpu => ({
          sweepMs: medianOf(xs.map((x) => x.cpu.sweepMs)),
          serversMs: medianOf(xs.map((x) => x.cpu.serversMs)),
        });
        pairs.push({
          delayMs,
          bounded: stats(bounded.map((x) => x.ms)),
          sequential: stats(sequential.map((x) => x.ms)),
          speedUps: stats(sequential.map((x, i) => x.ms / (bounded[i]?.ms ?? NaN))),
          boundedCpu: cpuOf(bounded),
          sequentialCpu: cpuOf(sequential),
          load: load(),
        });
      } finally {
        await servers.stop();
      }
    }
  } finally {
    store.close();
  }
  return { endpoints: ENDPOINTS, concurrency: DEFAULT_ENDPOINT_CONCURRENCY, cores, pairs };
};

const MAX_SWEEP_MS = 5000;
const MIN_SPEED_UP = 10;

const scenario = (b: EndpointBench, p: SweepPair) =>
  `${b.endpoints} servers ${p.delayMs === 0 ? 'answering at once' : `answering ${p.delayMs} ms after each connection`}`;

/**
 * Why a speed-up goal was missed: how much CPU the sequential sweep used against its wall
 * time (with nothing to wait for, it keeps the CPU busy on its own), and the most overlapping
 * sweeps could gain on this machine's cores.
 */
const speedUpExplanation = (b: EndpointBench, p: SweepPair): string => {
  const seqCpu = p.sequentialCpu.sweepMs + p.sequentialCpu.serversMs;
  const delayed = b.pairs.find((q) => q.delayMs > 0);
  const delayedSpeedUp = delayed ? delayed.speedUps.median : NaN;
  const boundedCpu = p.boundedCpu.sweepMs + p.boundedCpu.serversMs;
  // The least CPU either sweep needed, spread perfectly over the cores: no sweep of these
  // endpoints finishes sooner on this machine, whatever its concurrency.
  const floorMs = Math.min(seqCpu, boundedCpu) / b.cores;
  const bestSpeedUp = p.sequential.median / floorMs;
  return `one endpoint at a time, the sweep took ${num(p.sequential.median)} ms of wall time (${num(p.sequential.median / b.endpoints)} ms per endpoint) and ${num(seqCpu)} ms of CPU (${num(p.sequentialCpu.sweepMs / b.endpoints)} ms per endpoint in the sweeping process: TLS client, chain judged, SQLite writes; ${num(p.sequentialCpu.serversMs / b.endpoints)} ms in the servers' process: the handshakes' other half): ${(seqCpu / p.sequential.median).toFixed(2)} cores busy with nothing to wait for, so the sweep is CPU-bound. The bounded sweep needed ${num(boundedCpu)} ms of CPU; the lesser of the two spread perfectly over ${b.cores} cores takes ${num(floorMs)} ms, so no concurrency can make it more than ${bestSpeedUp.toFixed(1)}× faster than one at a time on this machine; it reached ${p.speedUps.median.toFixed(1)}× (${num(p.bounded.median)} ms of wall time: ${(boundedCpu / p.bounded.median).toFixed(2)} cores busy on average, with the machine's 1-minute load average at ${p.load.toFixed(2)} on its ${b.cores} cores while it ran).${delayed ? ` Where there is a wait to hide (servers answering ${delayed.delayMs} ms after each connection), the same sweep is ${delayedSpeedUp.toFixed(1)}× faster than one at a time (${mark(delayedSpeedUp >= MIN_SPEED_UP)}).` : ''}`;
};

export const endpointGoals = (b: EndpointBench): GoalLine[] =>
  b.pairs.flatMap((p): GoalLine[] => {
    const speedUp = p.speedUps.median;
    return [
      {
        area: 'issue 8, P6',
        case: `${scenario(b, p)}: sweep, ${b.concurrency} at a time`,
        measured: p.bounded,
        unit: 'ms',
        baseline: { label: 'one endpoint at a time', stats: p.sequential },
        ratio: null,
        target: `≤ ${MAX_SWEEP_MS.toLocaleString('en')} ms`,
        met: p.bounded.median <= MAX_SWEEP_MS,
        ...(p.bounded.median > MAX_SWEEP_MS
          ? { explanation: noiseExplanation(p.bounded, 'ms', p.load, b.cores) }
          : {}),
      },
      {
        area: 'issue 8, P6',
        case: `${scenario(b, p)}: speed-up of the bounded sweep over one at a time`,
        measured: p.speedUps,
        unit: '×',
        baseline: null,
        ratio: null,
        target: `≥ ${MIN_SPEED_UP}×`,
        met: speedUp >= MIN_SPEED_UP,
        ...(speedUp < MIN_SPEED_UP ? { explanation: speedUpExplanation(b, p) } : {}),
      },
    ];
  });

export const endpointSection = (b: EndpointBench): string => {
  const rows = b.pairs.flatMap((p) => {
    const cpu = (c: SweepCpu) => `${num(c.sweepMs)} + ${num(c.serversMs)} ms`;
    return [
      `| ${scenario(b, p)}: sweep, ${b.concurrency} at a time | ${mmm(p.bounded)} | ${cpu(p.boundedCpu)} | ≤ ${MAX_SWEEP_MS.toLocaleString('en')} ms | ${mark(p.bounded.median <= MAX_SWEEP_MS)} |`,
      `| ${scenario(b, p)}: the same sweep one endpoint at a time (baseline) | ${mmm(p.sequential)} | ${cpu(p.sequentialCpu)} | — | — |`,
      `| ${scenario(b, p)}: speed-up of the bounded sweep (each sequential sweep over the bounded one before it) | ${mmm(p.speedUps, '×')} | | ≥ ${MIN_SPEED_UP}× (median) | ${mark(p.speedUps.median >= MIN_SPEED_UP)} |`,
    ];
  });
  const missed = b.pairs.filter((p) => p.speedUps.median < MIN_SPEED_UP);
  return [
    '## TLS endpoints (issue 8, P6)',
    '',
    `${b.endpoints} TLS servers on 127.0.0.1, started by the bench in a child process (one fixture CA; each serves an RSA-2048 leaf and its intermediate; TLS 1.3). A sweep is the whole endpoint scan into a real SQLite inventory: connection, handshake, served chain read and judged, certificates and each endpoint's check written. Two sets of servers: as 127.0.0.1 is (no round trip to wait for, so a sweep is bound by the CPU of the two processes and concurrency can only overlap them), and servers that wait before answering each connection, as a distant server would (the wait is what bounded concurrency hides). Per set, one discarded warm-up sweep, then bounded and sequential sweeps in turns. CPU time: the sweeping process (\`process.cpuUsage()\`) + the servers' process (/proc/<pid>/stat), medians.`,
    '',
    '| case | wall time: min / **median** / max | CPU: sweep + servers | goal | met |',
    '|---|---:|---:|---|:---:|',
    ...rows,
    ...missed.map((p) => `\nWhy ${scenario(b, p)} misses ≥ ${MIN_SPEED_UP}×: ${speedUpExplanation(b, p)}`),
  ].join('\n');
};
