import { spawn } from 'node:child_process';
import { nodeFileSystem } from '../../src/main/adapters/node-file-system.js';
import { readFileSync, writeFileSync } from 'node:fs';
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

/** One scenario's medians: the bounded sweep and the sequential one. */
export type SweepPair = { delayMs: number; runs: number; boundedMs: number; sequentialMs: number };

export type EndpointBench = { endpoints: number; concurrency: number; pairs: SweepPair[] };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

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
    return { ports: JSON.parse(line) as number[], stop };
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
export const endpointBench = async (work: string, runs: number): Promise<EndpointBench> => {
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
  const sweep = async (concurrency: number, list: readonly EndpointTarget[]) => {
    const t = performance.now();
    const { checks } = await scanEndpoints(list, deps, { concurrency });
    const ms = performance.now() - t;
    const failed = checks.find((c) => c.error !== null || c.chain !== 'complete');
    if (checks.length !== list.length || failed)
      throw new Error(`endpoint sweep: ${failed?.locator}: ${failed?.error?.message ?? failed?.chain}`);
    return ms;
  };
  const pairs: SweepPair[] = [];
  try {
    // The sequential sweep of the delayed servers alone takes ENDPOINTS × DELAY_MS: one run of it.
    for (const [delayMs, scenarioRuns] of [
      [0, runs],
      [DELAY_MS, 1],
    ] as const) {
      const servers = await startServers(work, {
        count: ENDPOINTS,
        delayMs,
        key: served.key,
        chain: served.chain.map((c) => Buffer.from(c.der).toString('base64')),
      });
      try {
        const targets = servers.ports.map((port) => {
          const t = parseEndpoint(`127.0.0.1:${port}`);
          if (!t.ok) throw new Error(t.error.message);
          return t.value;
        });
        await sweep(DEFAULT_ENDPOINT_CONCURRENCY, targets);
        const bounded: number[] = [];
        const sequential: number[] = [];
        for (let i = 0; i < scenarioRuns; i++) {
          bounded.push(await sweep(DEFAULT_ENDPOINT_CONCURRENCY, targets));
          sequential.push(await sweep(1, targets));
        }
        pairs.push({
          delayMs,
          runs: scenarioRuns,
          boundedMs: median(bounded),
          sequentialMs: median(sequential),
        });
      } finally {
        await servers.stop();
      }
    }
  } finally {
    store.close();
  }
  return { endpoints: ENDPOINTS, concurrency: DEFAULT_ENDPOINT_CONCURRENCY, pairs };
};

const mark = (met: boolean) => (met ? '✓' : '✗');

export const endpointSection = (b: EndpointBench): string => {
  const rows = b.pairs.flatMap((p) => {
    const speedUp = p.sequentialMs / p.boundedMs;
    const servers = p.delayMs === 0 ? 'answering at once' : `answering ${p.delayMs} ms after each connection`;
    const runs = p.runs === 1 ? 'one run' : `median of ${p.runs}`;
    return [
      `| ${b.endpoints} servers ${servers}: sweep, ${b.concurrency} at a time | ${p.boundedMs.toFixed(0)} ms (${runs}) | ≤ 5,000 ms | ${mark(p.boundedMs <= 5000)} |`,
      `| ${b.endpoints} servers ${servers}: the same sweep one endpoint at a time | ${p.sequentialMs.toFixed(0)} ms (${runs}) | — | |`,
      `| ${b.endpoints} servers ${servers}: speed-up of the bounded sweep | ${speedUp.toFixed(1)}× | ≥ 10× | ${mark(speedUp >= 10)} |`,
    ];
  });
  return [
    '## TLS endpoints (issue 8, P6)',
    '',
    `${b.endpoints} TLS servers on 127.0.0.1, started by the bench in a child process (one fixture CA; each serves an RSA-2048 leaf and its intermediate; TLS 1.3). A sweep is the whole endpoint scan into a real SQLite inventory: connection, handshake, served chain read and judged, certificates and each endpoint's check written. Two sets of servers: as 127.0.0.1 is (no round trip to wait for, so a sweep is bound by the CPU of the two processes and concurrency can only overlap them), and servers that wait before answering each connection, as a distant server would (the wait is what bounded concurrency hides). Per set, one discarded warm-up sweep, then a bounded and a sequential sweep in turns.`,
    '',
    '| case | measured | goal | met |',
    '|---|---:|---|:---:|',
    ...rows,
  ].join('\n');
};
