import 'reflect-metadata';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describeCertificate } from '../../src/main/pki/describe/index.js';
import { readFile } from '../../src/main/pki/reader/index.js';
import { buildCsr } from '../../src/main/pki/csr/index.js';
import { createStandaloneKey } from '../../src/main/pki/keys/standalone-key.js';
import { buildSubjectSpec } from '../../src/shared/csr/build-subject.js';
import { commandGoals, commandRows, commandTable } from './cli-bench.js';
import { dashboardBench, dashboardGoals, dashboardSection } from './dashboard-bench.js';
import { appScanBench, appScanGoals, appScanSection } from './app-scan-bench.js';
import { tokenBench, tokenGoals, tokenSection } from './token-bench.js';
import { removeTempDirs } from '../helpers/temp-dir.js';
import { idleBench, idleGoals, idleSection } from './idle-bench.js';
import { validationBench, validationGoals, validationSection } from './validation-bench.js';
import {
  endpointBench,
  endpointGoals,
  endpointSection,
  runTlsServers,
  TLS_SERVERS_FLAG,
} from './endpoint-bench.js';
import {
  load,
  mark,
  mmm,
  noiseExplanation,
  num,
  stats,
  summaryTable,
  type GoalLine,
  type Stats,
} from './stats.js';

/**
 * `npm run bench`: every performance row of the project, each against its baseline measured
 * in the same run on this machine, with min / median / max, its target and whether it is
 * met; a summary table of every goal on top of docs/benchmarks.md. Every figure printed is
 * measured here; nothing is hard-coded.
 */
const VECTORS = join(process.cwd(), 'test', 'vectors');
const work = mkdtempSync(join(tmpdir(), 'vigie-bench-'));
/** Repetitions of the short in-process rows (each a few ms) and of the ones that vary most. */
const RUNS = 11;
const KEYGEN_RUNS = 15;
const SEAL_RUNS = 7;
/** Fresh processes for the rows that must start cold (the parse cache, peak RSS). */
const COLD_PROCESSES = 5;
const CORES = cpus().length;

const opensslOnce = (args: string[]): number => {
  const t = performance.now();
  const r = spawnSync('openssl', args, { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr.toString()}`);
  return ms;
};
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: work, stdio: 'pipe' });

/**
 * `runs` runs of Vigie's call and of the OpenSSL command, in turns after one discarded
 * warm-up of each, so both see the same machine; OpenSSL's start-up (`startup`, measured in
 * this run) subtracted from each of its samples.
 */
const inTurns = async (
  vigie: () => Promise<unknown>,
  opensslArgs: string[],
  runs: number,
  startup: number,
): Promise<{ vigie: Stats; openssl: Stats }> => {
  const v: number[] = [];
  const o: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    await vigie();
    const ms = performance.now() - t;
    const base = opensslOnce(opensslArgs) - startup;
    if (i > 0) {
      v.push(ms);
      o.push(base);
    }
  }
  return { vigie: stats(v), openssl: stats(o) };
};

type Row = {
  case: string;
  vigie: Stats;
  openssl: Stats;
  baseline: string;
  target: string;
  met: boolean | null;
  note?: string;
  load: number;
  /** Why a missed target was missed, when more than the row's spread and the load was measured. */
  explanation?: string;
};

/** A run of this bundle in a fresh process, in one of its child modes; its JSON answer. */
const child = <T>(...args: string[]): T => {
  const r = spawnSync(process.execPath, [process.argv[1] ?? '', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench child ${args[0]}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '') as T;
};

const INSPECT_MS = 100;
const SEAL_MS = 1000;
const RSS_MIB = 300;

const main = async () => {
  const runStart = Number(process.env['VIGIE_BENCH_STARTED'] ?? NaN);
  const loadStart = load();
  const rows: Row[] = [];
  // Process start-up is not work: measure it and subtract it from OpenSSL's figures.
  const startupSamples = Array.from({ length: RUNS }, () => opensslOnce(['version']));
  const startup = stats(startupSamples);

  // 1. A large PEM bundle: the nine production CAs repeated to 900 certificates.
  const prodDir = join(VECTORS, 'igc-sante', 'prod');
  const pems = [
    'ACR_ELEMENTAIRE',
    'ACR_STANDARD',
    'ACR_FORT',
    'AC_ELEMENTAIRE_ORGANISATIONS',
    'AC_ELEMENTAIRE_PERSONNES',
    'AC_STANDARD_ORGANISATIONS',
    'AC_STANDARD_PERSONNES',
    'AC_FORT_ORGANISATIONS',
    'AC_FORT_PERSONNES',
  ].map((n) => openssl('x509', '-inform', 'DER', '-in', join(prodDir, `${n}_20130625.cer`)).toString());
  const bundlePath = join(work, 'bundle.pem');
  writeFileSync(bundlePath, Array.from({ length: 100 }, () => pems.join('')).join(''));
  const bundle = new Uint8Array(readFileSync(bundlePath));
  // The first read is the cold one: afterwards the parse cache (pki/certificate, by DER hash)
  // answers for the same bytes. So each cold sample is a fresh process's first read.
  const cold: number[] = [];
  const coldCpu: number[] = [];
  const crl2pkcs7: number[] = [];
  const crlArgs = ['crl2pkcs7', '-nocrl', '-certfile', bundlePath, '-out', '/dev/null'];
  opensslOnce(crlArgs);
  for (let i = 0; i < COLD_PROCESSES; i++) {
    const read = child<{ ms: number; cpuMs: number }>('--cold-bundle', bundlePath);
    cold.push(read.ms);
    coldCpu.push(read.cpuMs);
    crl2pkcs7.push(opensslOnce(crlArgs) - startup.median);
  }
  await parseAndDescribe(bundle);
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await parseAndDescribe(bundle);
    warm.push(performance.now() - t);
  }
  const coldStats = stats(cold);
  const coldCpuStats = stats(coldCpu);
  const loadCold = load();
  rows.push({
    case: 'PEM bundle, 900 RSA-4096 CA certificates (9 distinct): parse + describe, first read in a fresh process',
    vigie: coldStats,
    openssl: stats(crl2pkcs7),
    baseline: `openssl crl2pkcs7 (parse + re-encode); the same bytes read again in one process: ${num(stats(warm).median)} ms (${num(stats(warm).min)}–${num(stats(warm).max)}, parse cache)`,
    target: `< ${INSPECT_MS} ms`,
    met: coldStats.median < INSPECT_MS,
    load: loadCold,
    ...(coldStats.median < INSPECT_MS
      ? {}
      : {
          explanation: `in the fresh processes the read used ${num(coldCpuStats.median)} ms of CPU (${num(coldCpuStats.min)}–${num(coldCpuStats.max)}: parsing 900 certificates and describing them, on every thread of the process) for ${num(coldStats.median)} ms of wall time; ${noiseExplanation(coldStats, 'ms', loadCold, CORES)}`,
        }),
  });

  // 2. PKCS#12 opened with its password, modern and legacy profiles.
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'key.pem',
    '-out',
    'cert.pem',
    '-subj',
    '/CN=bench/O=Vigie/C=FR',
    '-days',
    '30',
  );
  const profiles: [string, string[]][] = [
    [
      'PKCS#12 AES-256-CBC / PBKDF2-SHA256 (2048 it.), open with password',
      ['-keypbe', 'AES-256-CBC', '-certpbe', 'AES-256-CBC', '-macalg', 'sha256'],
    ],
    ['PKCS#12 legacy 3DES + RC2-40 / SHA-1 MAC, open with password', ['-legacy']],
  ];
  for (const [label, flags] of profiles) {
    const file = join(work, `${rows.length}.p12`);
    openssl(
      'pkcs12',
      '-export',
      '-inkey',
      'key.pem',
      '-in',
      'cert.pem',
      '-passout',
      'pass:bench-password',
      '-out',
      file,
      ...flags,
    );
    const bytes = new Uint8Array(readFileSync(file));
    const legacy = flags.includes('-legacy') ? ['-legacy'] : [];
    const timed = await inTurns(
      async () => {
        const r = await readFile(bytes, { password: 'bench-password' });
        if (!r.ok) throw new Error(r.error.message);
      },
      ['pkcs12', '-in', file, '-passin', 'pass:bench-password', '-noout', ...legacy],
      RUNS,
      startup.median,
    );
    rows.push({
      case: label,
      ...timed,
      baseline: 'openssl pkcs12 -noout (MAC + decrypt)',
      target: `< ${INSPECT_MS} ms`,
      met: timed.vigie.median < INSPECT_MS,
      load: load(),
    });
  }

  // 3. Ordering. Key generation + CSR, the project's own path (a fresh RSA-2048 pair as
  // `vigie csr` and the vault make it, then the CSR built and signed), against
  // `openssl req -newkey` doing the same in one process.
  const subject = buildSubjectSpec('ORG_AUTH_CLI', {
    kind: 'structure',
    legalName: 'CENTRE DE SANTE RPPS22163',
    structureIdType: 'FINESS',
    structureId: '0B0221636',
    departement: '69',
    commonName: 'INSI-AUTO',
    dnsNames: [],
  });
  if (!subject.ok) throw new Error('bench subject');
  const opensslSubject = '/C=FR/ST=Rhône (69)/O=CENTRE DE SANTE RPPS22163/OU=10B0221636/CN=INSI-AUTO';
  const csrFor = async (key: Awaited<ReturnType<typeof createStandaloneKey>>) => {
    const r = await buildCsr({
      subject: subject.value,
      product: 'ORG_AUTH_CLI',
      spkiDer: key.spkiDer,
      sign: key.sign,
    });
    if (!r.ok) throw new Error(r.error.message);
  };
  const keygen = await inTurns(
    async () => csrFor(await createStandaloneKey(2048)),
    [
      'req',
      '-new',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      join(work, 'keygen.key'),
      '-utf8',
      '-subj',
      opensslSubject,
      '-out',
      join(work, 'keygen.csr'),
    ],
    KEYGEN_RUNS,
    startup.median,
  );
  rows.push({
    case: 'Generate an RSA-2048 key + build and sign an ORG_AUTH_CLI CSR',
    ...keygen,
    baseline: 'openssl req -newkey rsa:2048 -nodes -keyout … -subj … -out …',
    target: '—',
    met: null,
    note: `RSA key generation searches for primes: its time varies from sample to sample on both sides (${KEYGEN_RUNS} each).`,
    load: load(),
  });

  // Sealing a fresh key the way the vault does (PBES2, PBKDF2-SHA256 600,000 iterations,
  // AES-256-CBC), and building + signing a CSR with a loaded key, against OpenSSL.
  const key = await createStandaloneKey(2048);
  writeFileSync(join(work, 'plain.key'), key.plainPem());
  const seal = await inTurns(
    () => key.encryptedPem('bench-passphrase-0123'),
    [
      'pkcs8',
      '-topk8',
      '-in',
      join(work, 'plain.key'),
      '-v2',
      'aes-256-cbc',
      '-v2prf',
      'hmacWithSHA256',
      '-iter',
      '600000',
      '-passout',
      'pass:bench-passphrase-0123',
      '-out',
      '/dev/null',
    ],
    SEAL_RUNS,
    startup.median,
  );
  rows.push({
    case: 'Seal an RSA-2048 key: PBES2, PBKDF2-SHA256 600,000 it., AES-256-CBC',
    ...seal,
    baseline: 'openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 600000',
    target: `< ${SEAL_MS.toLocaleString('en')} ms`,
    met: seal.vigie.median < SEAL_MS,
    load: load(),
  });
  const csr = await inTurns(
    () => csrFor(key),
    ['req', '-new', '-key', join(work, 'plain.key'), '-utf8', '-subj', opensslSubject, '-out', '/dev/null'],
    RUNS,
    startup.median,
  );
  rows.push({
    case: 'Build and sign an ORG_AUTH_CLI CSR (key already loaded)',
    ...csr,
    baseline: 'openssl req -new -key',
    target: '—',
    met: null,
    load: load(),
  });

  // 4. Memory: peak RSS of a fresh process reading the largest accepted input (10 MiB PEM).
  const bigPath = join(work, 'big.pem');
  const big = Array.from({ length: 1200 }, () => pems.join(''))
    .join('')
    .slice(0, 10 * 1024 * 1024 - 4096);
  writeFileSync(bigPath, big.slice(0, big.lastIndexOf('-----END CERTIFICATE-----') + 26));
  const rssRuns = Array.from({ length: 3 }, () => ({
    read: child<{ maxRssMiB: number; certificates: number }>('--rss', bigPath),
    idle: child<{ maxRssMiB: number }>('--rss-idle'),
  }));
  const rss = stats(rssRuns.map((r) => r.read.maxRssMiB));
  const idleRss = stats(rssRuns.map((r) => r.idle.maxRssMiB));
  const rssCertificates = rssRuns[0]?.read.certificates ?? 0;
  const loadMemory = load();

  const commands = commandRows(work, 15);
  const loadCommands = load();
  // The same 10,000 files (work/scan-files) scanned by the app's services in fresh processes.
  const dist = join(process.cwd(), 'dist');
  const appScan = appScanBench(
    work,
    join(dist, 'bench', 'app-scan-core.mjs'),
    join(dist, 'dev-bridge', 'inspection-worker.mjs'),
    join(work, 'scan-files'),
  );
  appScan.load = load();
  const validation = await validationBench(join(process.cwd(), 'test', 'vectors'));
  const endpoints = await endpointBench(work, 5, CORES);
  const dashboard = await dashboardBench(work);
  const tokens = await tokenBench(work, join(dist, 'dev-bridge', 'token-worker.mjs'));
  // The scan rows left their inventory (10,000 certificates) in work/scan-data.
  const idleCore = await idleBench(
    join(process.cwd(), 'dist', 'bench', 'idle-core.mjs'),
    join(work, 'scan-data'),
  );

  // The summary: one line per goal, in the order of the sections below.
  const rowGoals: GoalLine[] = rows.map((r) => ({
    area: r.case.startsWith('PKCS#12') || r.case.startsWith('PEM') ? 'inspection' : 'keys and CSR',
    case: r.case,
    measured: r.vigie,
    unit: 'ms',
    baseline: { label: r.baseline.split(';')[0] ?? r.baseline, stats: r.openssl },
    ratio: r.vigie.median / r.openssl.median,
    target: r.target,
    met: r.met,
    ...(r.met === false
      ? { explanation: r.explanation ?? noiseExplanation(r.vigie, 'ms', r.load, CORES) }
      : {}),
  }));
  const rssMet = rss.median <= RSS_MIB;
  const goals: GoalLine[] = [
    ...rowGoals,
    {
      area: 'inspection',
      case: `Peak RSS reading a ${(big.length / 2 ** 20).toFixed(1)} MiB PEM (${rssCertificates} certificates), fresh process`,
      measured: rss,
      unit: 'MiB',
      baseline: { label: 'the same process idle', stats: idleRss },
      ratio: null,
      target: `a few hundred MiB (≤ ${RSS_MIB} MiB)`,
      met: rssMet,
      ...(rssMet ? {} : { explanation: noiseExplanation(rss, 'MiB', loadMemory, CORES) }),
    },
    ...commandGoals(commands, { first: appScan.first, rescan: appScan.rescan }, loadCommands, CORES),
    ...appScanGoals(appScan, CORES),
    ...endpointGoals(endpoints),
    ...dashboardGoals(dashboard, CORES),
    ...idleGoals(idleCore),
    ...validationGoals(validation, startup.median, CORES),
    ...tokenGoals(tokens, CORES),
  ];

  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${CORES}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version} (its own OpenSSL ${process.versions.openssl}, which Vigie's crypto uses), command-line ${openssl('version').toString().trim()}`;
  const table = [
    '| case | Vigie: min / **median** / max | OpenSSL, start-up subtracted: min / **median** / max | ratio of medians | target | met | baseline |',
    '|---|---:|---:|---:|---|:---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.case} | ${mmm(r.vigie)} | ${mmm(r.openssl)} | ${(r.vigie.median / r.openssl.median).toFixed(2)}× | ${r.target} | ${mark(r.met)} | ${r.baseline} |`,
    ),
  ].join('\n');
  const notes = rows.flatMap((r) => (r.note ? [`${r.case}: ${r.note}`] : []));
  const memory = `Peak RSS of a fresh process reading a ${(big.length / 2 ** 20).toFixed(1)} MiB PEM file (${rssCertificates} certificates), ${rss.n} processes: ${mmm(rss, 'MiB')}, against ${mmm(idleRss, 'MiB')} for the same process idle. Target: a few hundred MiB (read as ≤ ${RSS_MIB} MiB) ${mark(rssMet)}.`;
  const loadEnd = load();
  const took = Number.isFinite(runStart) ? (Date.now() - runStart) / 1000 : NaN;
  const duration = Number.isFinite(took)
    ? ` The whole \`npm run bench\` (builds included) took ${Math.floor(took / 60)} min ${Math.round(took % 60)} s.`
    : '';
  const report = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${machine}. 1-minute load average when the measures began: ${loadStart.toFixed(2)}; when they ended: ${loadEnd.toFixed(2)} (on ${CORES} cores; anything above the bench's own share is other work on the machine).${duration}

Every figure on this page comes from this run: each row's samples (n given with each), reduced to min / median / max, its baseline measured in the same run, the target set by the issue that asked for it, and ✓ when the median meets it. OpenSSL's process start-up (${mmm(startup)}, \`openssl version\`) is subtracted from the OpenSSL rows timed as processes against in-process Vigie calls.

## Summary: every goal

${summaryTable(goals)}

## Reading files, keys and CSRs against OpenSSL

Each Vigie call in process, in turns with the OpenSSL command after one discarded warm-up of each. The PEM bundle's cold read is one sample per fresh process (${COLD_PROCESSES} processes), since the parse cache answers for the same bytes afterwards.

${table}

${notes.join('\n\n')}

${memory}

## Whole commands against a native baseline

Each side is a whole process started the way a user starts it (Node start-up included on both sides), run in turns with the baseline (one run each, then again) after one discarded warm-up run of each, so both see the same machine; n runs each as given in each cell. Peak RSS from GNU time (\`/usr/bin/time -f %M\`). The inputs are generated in the run and signed in-process: a P-256 root, two CAs and their leaves for the many-files row; one Ed25519 CA and its leaves for the 10 MiB PEM (the smallest certificates, so the most objects under the size cap); 10,000 files of the first kind for the scans, each first scan into a new inventory. Both sides parse every certificate and print a row; Vigie also describes it in full (names, extensions, IGC-Santé recognition) and searches its chain. Neither checks signatures here: Vigie checks them on a path that reaches a trust anchor, and these generated chains have none.

${commandTable(commands)}

${appScanSection(appScan, CORES)}
${endpointSection(endpoints)}

${dashboardSection(dashboard)}

${idleSection(idleCore).trimEnd()}

${validationSection(validation, startup.median)}
${tokenSection(tokens)}
Goals outside the issues' rows: inspecting a file a person drops must feel instant (well under ${INSPECT_MS} ms for a real certificate file); the largest accepted input (10 MiB) must stay within a few hundred MiB; sealing a new key in the vault (600,000 PBKDF2 iterations, on the libuv pool so the UI never waits on it) must stay well under a second, close to OpenSSL doing the same. Key generation and CSR building have no target of their own: they are shown against OpenSSL.
`;
  writeFileSync(join(process.cwd(), 'docs', 'benchmarks.md'), report);
  console.log(report);
};

async function parseAndDescribe(bytes: Uint8Array) {
  const read = await readFile(bytes);
  if (!read.ok) throw new Error(read.error.message);
  for (const o of read.value.objects)
    if (o.type === 'certificate') await describeCertificate(o.der, new Date());
}

/** Child mode: the first read of the bundle in this fresh process. */
const coldBundleMode = async (path: string) => {
  const bytes = new Uint8Array(readFileSync(path));
  const cpu = process.cpuUsage();
  const t = performance.now();
  await parseAndDescribe(bytes);
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000 }));
};

const rssMode = async (path: string | undefined) => {
  let certificates = 0;
  if (path) {
    const read = await readFile(new Uint8Array(readFileSync(path)));
    if (!read.ok) throw new Error(read.error.message);
    for (const o of read.value.objects)
      if (o.type === 'certificate') {
        await describeCertificate(o.der, new Date());
        certificates++;
      }
  }
  console.log(JSON.stringify({ maxRssMiB: process.resourceUsage().maxRSS / 1024, certificates }));
};

const argAfter = (flag: string) => process.argv[process.argv.indexOf(flag) + 1];

try {
  if (process.argv.includes('--rss')) await rssMode(argAfter('--rss'));
  else if (process.argv.includes('--rss-idle')) await rssMode(undefined);
  else if (process.argv.includes('--cold-bundle')) await coldBundleMode(argAfter('--cold-bundle') ?? '');
  else if (process.argv.includes(TLS_SERVERS_FLAG)) await runTlsServers(argAfter(TLS_SERVERS_FLAG) ?? '');
  else await main();
} finally {
  rmSync(work, { recursive: true, force: true });
  // Folders the test helpers made (the CPS token fixture's key and certificate files).
  await removeTempDirs();
}
