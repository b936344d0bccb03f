import 'reflect-metadata';
import { X509Certificate } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Worker } from 'node:worker_threads';
import { benchCore } from './bench-core.js';

/**
 * The app-scan bench's child (P1 as the app does it, see app-scan-bench.ts): in one process,
 * as the desktop app runs, "Surveiller un dossier" on a folder never seen (the first scan,
 * through the inspection worker), then "Vérifier maintenant" with nothing changed (the
 * rescan), against the bare native parse loop over the same files in the same process.
 * Prints one JSON line: every run's milliseconds, and where the first scan's time went: the
 * main thread's and the inspection worker's active time (eventLoopUtilization) and the
 * process's CPU time.
 */

/** The native baseline: read each file and parse each certificate in it, nothing more. */
const nativeLoop = (files: readonly string[]): number => {
  let n = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    const text = bytes.toString('latin1');
    const blocks = text.includes('-----BEGIN')
      ? (text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [])
      : [bytes];
    for (const b of blocks) if (new X509Certificate(b).fingerprint256) n++;
  }
  return n;
};

const run = async (dataDir: string, folder: string, worker: string, runs: number) => {
  // The inspection worker is the app's own (started by the inspector on the first job): seen
  // here through Node's built-in channel, so its event loop can be read from this thread.
  const workers: Worker[] = [];
  subscribe('worker_threads', (message) => workers.push((message as { worker: Worker }).worker));
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
  const native: number[] = [];
  let parsed = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    parsed = nativeLoop(files);
    native.push(performance.now() - t);
  }

  const core = benchCore(dataDir, { inspectionWorker: worker });
  await core.start();
  const { inventory } = core.services;
  const workersBefore = workers.map((w) => w.performance.eventLoopUtilization());
  const mainBefore = performance.eventLoopUtilization();
  const cpuBefore = process.cpuUsage();
  let t = performance.now();
  const added = await inventory.addFolder(folder);
  const first = performance.now() - t;
  const cpu = process.cpuUsage(cpuBefore);
  const main = performance.eventLoopUtilization(mainBefore);
  // Active time of every worker thread during the scan (those started during it: since their start).
  const workerActiveMs = workers
    .map((w, i) => {
      const before = workersBefore[i];
      const now = w.performance.eventLoopUtilization();
      return before ? w.performance.eventLoopUtilization(now, before).active : now.active;
    })
    .reduce((a, b) => a + b, 0);
  if (!added.ok) throw new Error(`addFolder: ${added.error.message}`);
  const rescans: number[] = [];
  let found = 0;
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    const refreshed = await inventory.refresh();
    rescans.push(performance.now() - t);
    if (!refreshed.ok) throw new Error(`refresh: ${refreshed.error.message}`);
    found = refreshed.value.certificates;
  }
  // The list the dashboard asks for after either: part of what the user waits for.
  t = performance.now();
  const list = await inventory.list();
  const listMs = performance.now() - t;
  await core.stop();
  process.stdout.write(
    `${JSON.stringify({
      files: files.length,
      parsed,
      firstCertificates: added.value.report.certificates,
      rescanCertificates: found,
      listed: list.ok ? list.value.entries.length : -1,
      nativeMs: native,
      firstMs: first,
      rescanMs: rescans,
      listMs,
      firstProfile: {
        mainActiveMs: main.active,
        workerActiveMs,
        workers: workers.length,
        cpuMs: (cpu.user + cpu.system) / 1000,
      },
    })}\n`,
  );
};

const [dataDir = '', folder = '', worker = '', runs = '3'] = process.argv.slice(2);
await run(dataDir, folder, worker, Number(runs));
