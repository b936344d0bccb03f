import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInlineTokenProvider } from '../../src/main/adapters/pkcs11/inline-token-provider.js';
import { createWorkerTokenProvider } from '../../src/main/adapters/pkcs11/worker-token-provider.js';
import { nodeFileSystem } from '../../src/main/adapters/node-file-system.js';
import type { SlotInfo, TokenModuleSpec } from '../../src/main/ports/token-provider.js';
import { createInspector } from '../../src/main/services/inspector/inspect-file.js';
import { createTokenModules } from '../../src/main/services/tokens/token-modules.js';
import { createTokenService } from '../../src/main/services/tokens/token-service.js';
import { writeCpsToken } from '../helpers/cps-card.js';
import { load, mark, mmm, noiseExplanation, stats, type GoalLine } from './stats.js';

/**
 * Issue 10: how soon a card shows. (1) A token created with softhsm2-util while the app's
 * token worker watches: time until its slot list reports it, and until it reports it gone.
 * (2) Reading a CPS-shaped card as the page does (slots, then its public contents with the
 * holder and certificates, each certificate inspected) against OpenSC's pkcs11-tool listing
 * the same objects in its own process, in the same run. SoftHSM2 stands in for the card.
 */
const SOFTHSM = '/usr/lib/softhsm/libsofthsm2.so';

export type TokenBench =
  | { skipped: string }
  | { seenMs: number[]; goneMs: number[]; cardMs: number[]; toolMs: number[]; load: number };

export const tokenBench = async (work: string, workerScript: string, runs = 7): Promise<TokenBench> => {
  for (const tool of ['/usr/bin/softhsm2-util', '/usr/bin/pkcs11-tool', SOFTHSM])
    if (!existsSync(tool)) return { skipped: `${tool} is not installed (apt-get install softhsm2 opensc)` };
  const dir = join(work, 'softhsm');
  mkdirSync(join(dir, 'tokens'), { recursive: true });
  const conf = join(dir, 'softhsm2.conf');
  writeFileSync(
    conf,
    `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\n`,
  );
  const previous = process.env['SOFTHSM2_CONF'];
  process.env['SOFTHSM2_CONF'] = conf;
  const env = { ...process.env, SOFTHSM2_CONF: conf };
  const util = (args: string[]) => execFileSync('softhsm2-util', args, { env, stdio: 'pipe' });
  const tool = (args: string[]) =>
    execFileSync('pkcs11-tool', ['--module', SOFTHSM, ...args], { env, encoding: 'utf8', stdio: 'pipe' });
  util(['--init-token', '--free', '--label', 'CPS DEMO', '--pin', '1234', '--so-pin', '12345678']);
  await writeCpsToken(tool, { tokenLabel: 'CPS DEMO', pin: '1234' });
  const modules = (): TokenModuleSpec[] => [{ path: SOFTHSM, origin: 'environment', kind: 'softhsm' }];

  // (1) Insertion and removal seen by the watching worker.
  const watching = createWorkerTokenProvider({ script: workerScript, modules });
  let latest: SlotInfo[] = await watching.slots();
  const stop = watching.onChange((slots) => (latest = slots));
  const has = (label: string) => latest.some((s) => s.token?.label === label);
  const until = async (done: () => boolean) => {
    const t = performance.now();
    while (!done()) {
      if (performance.now() - t > 20_000) throw new Error('token bench: no slot event within 20 s');
      await new Promise((r) => setTimeout(r, 10));
    }
    return performance.now() - t;
  };
  const seenMs: number[] = [];
  const goneMs: number[] = [];
  await new Promise((r) => setTimeout(r, 1500)); // the watch's first tick has run
  for (let i = 0; i < runs; i++) {
    const label = `JETON ${i}`;
    util(['--init-token', '--free', '--label', label, '--pin', '87654321', '--so-pin', '12345678']);
    seenMs.push(await until(() => has(label)));
    util(['--delete-token', '--token', label]);
    goneMs.push(await until(() => !has(label)));
  }
  stop();
  await watching.close();

  // (2) The card as the page reads it, against pkcs11-tool listing the same objects.
  const provider = createInlineTokenProvider({ modules });
  const inspector = createInspector({
    fs: nodeFileSystem,
    clock: { now: () => new Date() },
    trust: { list: async () => [] },
  });
  const service = createTokenService({
    provider,
    inspector,
    events: { emit: () => undefined },
    modules: createTokenModules({ settings: null, fs: nodeFileSystem, onChanged: () => undefined }),
  });
  const cardMs: number[] = [];
  const toolMs: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    let t = performance.now();
    const view = await service.view();
    const slot = view.slots.find((s) => s.token?.label === 'CPS DEMO');
    if (!slot?.token) throw new Error('token bench: the card is not listed');
    const contents = await service.contents({ module: slot.module, serial: slot.token.serial });
    if (!contents.ok || contents.value.certificates.length !== 2 || !contents.value.holder)
      throw new Error('token bench: the card was not read whole');
    const card = performance.now() - t;
    t = performance.now();
    tool(['--token-label', 'CPS DEMO', '--list-objects']);
    const listed = performance.now() - t;
    // The first of each is a warm-up (module load, page cache), not counted.
    if (i > 0) {
      cardMs.push(card);
      toolMs.push(listed);
    }
  }
  await service.stop();
  if (previous === undefined) delete process.env['SOFTHSM2_CONF'];
  else process.env['SOFTHSM2_CONF'] = previous;
  return { seenMs, goneMs, cardMs, toolMs, load: load() };
};

const SEEN_MS = 2000;

export const tokenGoals = (r: TokenBench, cores: number): GoalLine[] => {
  if ('skipped' in r) return [];
  const seen = stats(r.seenMs);
  const gone = stats(r.goneMs);
  const card = stats(r.cardMs);
  const tool = stats(r.toolMs);
  const line = (
    kase: string,
    measured: typeof seen,
    met: boolean,
    extra: Partial<GoalLine> = {},
  ): GoalLine => ({
    area: 'issue 10',
    case: kase,
    measured,
    unit: 'ms',
    baseline: null,
    ratio: null,
    target: `≤ ${SEEN_MS.toLocaleString('en')} ms`,
    met,
    ...(met ? {} : { explanation: noiseExplanation(measured, 'ms', r.load, cores) }),
    ...extra,
  });
  return [
    line('A card (token) inserted: seen by the watch', seen, seen.median <= SEEN_MS),
    line('A card (token) removed: seen by the watch', gone, gone.median <= SEEN_MS),
    line('The CPS card read for the page (slots + contents)', card, card.median + seen.median <= SEEN_MS, {
      baseline: { label: 'pkcs11-tool --list-objects, whole process', stats: tool },
      ratio: card.median / tool.median,
      target: `≤ ${SEEN_MS.toLocaleString('en')} ms with the insertion seen`,
    }),
  ];
};

export const tokenSection = (r: TokenBench): string => {
  if ('skipped' in r) return `## Cards and tokens (issue 10)\n\nNot measured: ${r.skipped}.\n`;
  const seen = stats(r.seenMs);
  const card = stats(r.cardMs);
  const row = (name: string, xs: number[], goal: string, met: boolean | null) =>
    `| ${name} | ${mmm(stats(xs))} | ${goal} | ${mark(met)} |`;
  return `## Cards and tokens (issue 10)

SoftHSM2 standing in for the card, its objects written by OpenSC's pkcs11-tool as Cryptolib names them. A token created (\`softhsm2-util --init-token\`) and deleted while the app's token worker watches the slots (a tick a second; SoftHSM is re-initialized on the tick, since it reads its token list at C_Initialize): time from the command's end to the slot list that shows the change. Reading the card as the page does: the slots, then its public contents (holder, two certificates each inspected, pairing), in process; the baseline is \`pkcs11-tool --list-objects\` on the same token, a whole process, in turns with it.

| case | min / **median** / max | goal | met |
|---|---:|---|:---:|
${row('A token inserted: seen by the watch', r.seenMs, `≤ ${SEEN_MS.toLocaleString('en')} ms`, seen.median <= SEEN_MS)}
${row('A token removed: seen by the watch', r.goneMs, `≤ ${SEEN_MS.toLocaleString('en')} ms`, stats(r.goneMs).median <= SEEN_MS)}
${row('The CPS card read for the page (slots + contents)', r.cardMs, `≤ ${SEEN_MS.toLocaleString('en')} ms with the above`, card.median + seen.median <= SEEN_MS)}
${row('pkcs11-tool --list-objects, the same token (baseline)', r.toolMs, '—', null)}
`;
};
