import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openSqliteInventory } from '../../src/main/adapters/inventory/sqlite-inventory-store.js';

/**
 * Issue 8, P5: the app's services idle for a while with a full inventory. The child is the
 * real composition root (the same one the Electron shell and the dev bridge build: expiry
 * watcher, folder watches, inventory) started on a data folder whose inventory a first scan
 * filled. Measured from outside, so the measuring wakes nothing in it: the threads' context
 * switches over the idle window (/proc/<pid>/task/<tid>/status), against a bare Node process
 * idling on one timer in the same window; peak and current RSS; and, after the window, the
 * child's own list of active handles (how many timers are armed).
 */

const switches = (pid: number): number => {
  let total = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    const status = readFileSync(`/proc/${pid}/task/${tid}/status`, 'utf8');
    for (const m of status.matchAll(/^(?:non)?voluntary_ctxt_switches:\s+(\d+)$/gm)) total += Number(m[1]);
  }
  return total;
};

const kib = (pid: number, field: 'VmRSS' | 'VmHWM'): number =>
  Number(
    new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN,
  );

const waitLine = (child: ChildProcess): Promise<string> =>
  new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (l) => {
      lines.close();
      resolve(l);
    });
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before answering`)));
  });

export type IdleBench = {
  entries: number;
  windowS: number;
  core: {
    switches: number;
    rssMiB: number;
    peakMiB: number;
    /** The expiry alarm armed at the end (null: none), and how many times it was armed in all. */
    armed: string | null;
    arms: number;
    resources: string[];
    /** The JavaScript heap in use and reserved, and memory outside it (buffers, SQLite's). */
    heapMiB: number;
    heapTotalMiB: number;
    externalMiB: number;
  };
  bare: { switches: number };
};

/**
 * `idleCore` is the child's own small bundle (dist/bench/idle-core.mjs, test/bench/idle-core.ts:
 * the core and nothing of the bench, so its memory is the app's); `dataDir` holds an inventory
 * filled by the scan rows.
 */
export const idleBench = async (idleCore: string, dataDir: string, windowS = 60): Promise<IdleBench> => {
  const { store } = openSqliteInventory(join(dataDir, 'inventory.sqlite'));
  const entries = store.certificates().length;
  store.close();
  const core = spawn(process.execPath, [idleCore, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const bare = spawn(
    process.execPath,
    ['-e', 'setTimeout(() => {}, 1e9); process.stdout.write("ready\\n")'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await Promise.all([waitLine(core), waitLine(bare)]);
  // Let start-up work (the first watcher check, warm-up collections) finish first.
  await new Promise((r) => setTimeout(r, 5000));
  const before = { core: switches(core.pid!), bare: switches(bare.pid!) };
  await new Promise((r) => setTimeout(r, windowS * 1000));
  const after = { core: switches(core.pid!), bare: switches(bare.pid!) };
  const rssMiB = kib(core.pid!, 'VmRSS') / 1024;
  const peakMiB = kib(core.pid!, 'VmHWM') / 1024;
  const answer = waitLine(core);
  core.kill('SIGUSR2');
  const { resources, armed, arms, memory } = JSON.parse(await answer) as {
    resources: string[];
    armed: string | null;
    arms: number;
    memory: NodeJS.MemoryUsage;
  };
  bare.kill();
  return {
    entries,
    windowS,
    core: {
      switches: after.core - before.core,
      rssMiB,
      peakMiB,
      armed,
      arms,
      resources,
      heapMiB: memory.heapUsed / 2 ** 20,
      heapTotalMiB: memory.heapTotal / 2 ** 20,
      externalMiB: memory.external / 2 ** 20,
    },
    bare: { switches: after.bare - before.bare },
  };
};

const mark = (ok: boolean) => (ok ? '✓' : '✗');

export const idleSection = (r: IdleBench): string => {
  const counts = new Map<string, number>();
  for (const x of r.core.resources) counts.set(x, (counts.get(x) ?? 0) + 1);
  const handles = [...counts].map(([k, n]) => `${k} × ${n}`).join(', ');
  return `## Idle with a full inventory (issue 8, P5)

The app's services (the composition root the shell builds: expiry watcher, folder watches, inventory) started on the data folder the scan rows filled (${r.entries.toLocaleString('en')} certificates), then left alone for ${r.windowS} s; a bare Node process idling on one timer measured in the same window. Context switches are summed over every thread of each process (/proc), so any wake-up of any thread counts.

| | Vigie's services | bare Node | goal |
|---|---:|---:|---|
| context switches in ${r.windowS} s | ${r.core.switches} | ${r.bare.switches} | no wake-up besides the armed timer ${mark(r.core.switches <= r.bare.switches + 20)} |
| expiry alarm | armed ${r.core.arms} time(s) since start, for ${r.core.armed ?? 'nothing'} | one timer | one ${mark(r.core.arms <= 1)} |
| RSS at the end / peak | ${r.core.rssMiB.toFixed(0)} / ${r.core.peakMiB.toFixed(0)} MiB (JS heap ${r.core.heapMiB.toFixed(0)} MiB used of ${r.core.heapTotalMiB.toFixed(0)}, external ${r.core.externalMiB.toFixed(0)} MiB) | | ≤ 150 MB ${mark(r.core.rssMiB * 1.048576 <= 150)} |

Other active handles after the window (ref'd; the alarm's timer is unref'd and not among them): ${handles || 'none'}. "No wake-up" is judged as no more context switches than the bare process plus 20 (V8's and libuv's own threads may switch a little even when idle), with the expiry alarm armed once.
`;
};
