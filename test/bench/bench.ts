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
import { commandRows, commandTable } from './cli-bench.js';
import { dashboardBench, dashboardSection } from './dashboard-bench.js';
import { appScanBench, appScanSection } from './app-scan-bench.js';
import { tokenBench, tokenSection } from './token-bench.js';
import { removeTempDirs } from '../helpers/temp-dir.js';
import { idleBench, idleSection } from './idle-bench.js';
import { validationBench, validationSection } from './validation-bench.js';
import { endpointBench, endpointSection, runTlsServers, TLS_SERVERS_FLAG } from './endpoint-bench.js';

/**
 * `npm run bench`: Vigie's reader against OpenSSL on the same inputs, in the same run,
 * on this machine. Every figure printed is measured here; nothing is hard-coded.
 */
const VECTORS = join(process.cwd(), 'test', 'vectors');
const work = mkdtempSync(join(tmpdir(), 'vigie-bench-'));
const RUNS = 7;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const timeAsync = async (fn: () => Promise<unknown>) => {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
};
const timeCommand = (args: string[]) => {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = spawnSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    samples.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr.toString()}`);
  }
  return median(samples);
};
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: work, stdio: 'pipe' });

type Row = { case: string; vigie: number; openssl: number; note: string };
const rows: Row[] = [];

const main = async () => {
  // Process start-up is not work: measure it and subtract it from OpenSSL's figures.
  const startup = timeCommand(['version']);

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
  const parseAndDescribe = async () => {
    const read = await readFile(bundle);
    if (!read.ok) throw new Error(read.error.message);
    for (const o of read.value.objects)
      if (o.type === 'certificate') await describeCertificate(o.der, new Date());
  };
  // The first read is the cold one: afterwards the parse cache (pki/certificate, by DER hash)
  // answers for the same bytes, so the median of repeats would measure the cache, not parsing.
  const coldStart = performance.now();
  await parseAndDescribe();
  const vigieBundle = performance.now() - coldStart;
  const warmBundle = await timeAsync(parseAndDescribe);
  const opensslBundle =
    timeCommand(['crl2pkcs7', '-nocrl', '-certfile', bundlePath, '-out', '/dev/null']) - startup;
  rows.push({
    case: 'PEM bundle, 900 RSA-4096 CA certificates (9 distinct): parse + describe, first read in the process',
    vigie: vigieBundle,
    openssl: opensslBundle,
    note: `openssl crl2pkcs7 (parse + re-encode); Vigie one sample, cold (the same bytes again: ${warmBundle.toFixed(1)} ms, parse cache)`,
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
    const vigie = await timeAsync(async () => {
      const r = await readFile(bytes, { password: 'bench-password' });
      if (!r.ok) throw new Error(r.error.message);
    });
    const legacy = flags.includes('-legacy') ? ['-legacy'] : [];
    const base =
      timeCommand(['pkcs12', '-in', file, '-passin', 'pass:bench-password', '-noout', ...legacy]) - startup;
    rows.push({ case: label, vigie, openssl: base, note: 'openssl pkcs12 -noout (MAC + decrypt)' });
  }

  // 3. Ordering: seal a fresh key the way the vault does (PBES2, PBKDF2-SHA256 600,000
  // iterations, AES-256-CBC), and build + sign a CSR, against OpenSSL doing the same.
  const key = await createStandaloneKey(2048);
  const sealVigie = await timeAsync(() => key.encryptedPem('bench-passphrase-0123'));
  writeFileSync(join(work, 'plain.key'), key.plainPem());
  const sealOpenssl =
    timeCommand([
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
    ]) - startup;
  rows.push({
    case: 'Seal an RSA-2048 key: PBES2, PBKDF2-SHA256 600,000 it., AES-256-CBC',
    vigie: sealVigie,
    openssl: sealOpenssl,
    note: 'openssl pkcs8 -topk8 -v2 aes-256-cbc -iter 600000',
  });
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
  const csrVigie = await timeAsync(async () => {
    const r = await buildCsr({
      subject: subject.value,
      product: 'ORG_AUTH_CLI',
      spkiDer: key.spkiDer,
      sign: key.sign,
    });
    if (!r.ok) throw new Error(r.error.message);
  });
  const csrOpenssl =
    timeCommand([
      'req',
      '-new',
      '-key',
      join(work, 'plain.key'),
      '-utf8',
      '-subj',
      '/C=FR/ST=Rhône (69)/O=CENTRE DE SANTE RPPS22163/OU=10B0221636/CN=INSI-AUTO',
      '-out',
      '/dev/null',
    ]) - startup;
  rows.push({
    case: 'Build and sign an ORG_AUTH_CLI CSR (key already loaded)',
    vigie: csrVigie,
    openssl: csrOpenssl,
    note: 'openssl req -new -key',
  });

  // 4. Memory: peak RSS of a fresh process reading the largest accepted input (10 MiB PEM).
  const bigPath = join(work, 'big.pem');
  const big = Array.from({ length: 1200 }, () => pems.join(''))
    .join('')
    .slice(0, 10 * 1024 * 1024 - 4096);
  writeFileSync(bigPath, big.slice(0, big.lastIndexOf('-----END CERTIFICATE-----') + 26));
  const self = process.argv[1] ?? '';
  const child = spawnSync(process.execPath, [self, '--rss', bigPath], { encoding: 'utf8' });
  const idle = spawnSync(process.execPath, [self, '--rss-idle'], { encoding: 'utf8' });
  const rss = JSON.parse(child.stdout) as { maxRssMiB: number; certificates: number };
  const idleRss = JSON.parse(idle.stdout) as { maxRssMiB: number };

  const commands = commandRows(work, 15);
  // The same 10,000 files (work/scan-files) scanned by the app's services in one process.
  const dist = join(process.cwd(), 'dist');
  const appScan = appScanBench(
    work,
    join(dist, 'bench', 'app-scan-core.mjs'),
    join(dist, 'dev-bridge', 'inspection-worker.mjs'),
    join(work, 'scan-files'),
  );
  const validation = await validationBench(join(process.cwd(), 'test', 'vectors'));
  const endpoints = await endpointBench(work, 3);
  const dashboard = await dashboardBench(work);
  const tokens = await tokenBench(work, join(dist, 'dev-bridge', 'token-worker.mjs'));
  // The scan rows left their inventory (10,000 certificates) in work/scan-data.
  const idleCore = await idleBench(
    join(process.cwd(), 'dist', 'bench', 'idle-core.mjs'),
    join(work, 'scan-data'),
  );

  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${openssl('version').toString().trim()}`;
  const table = [
    '| case | Vigie (ms, median of 7) | OpenSSL (ms, median of 7, start-up subtracted) | ratio | baseline |',
    '|---|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.case} | ${r.vigie.toFixed(1)} | ${r.openssl.toFixed(1)} | ${(r.vigie / r.openssl).toFixed(2)}× | ${r.note} |`,
    ),
  ].join('\n');
  const memory = `Peak RSS reading a ${(big.length / 2 ** 20).toFixed(1)} MiB PEM file (${rss.certificates} certificates): **${rss.maxRssMiB.toFixed(0)} MiB**, against ${idleRss.maxRssMiB.toFixed(0)} MiB for the same process idle.`;
  const report = `# Benchmarks\n\nMeasured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.\n\nMachine: ${machine}. OpenSSL process start-up (${startup.toFixed(1)} ms, \`openssl version\`) is subtracted from OpenSSL's figures.\n\n${table}\n\n${memory}\n\n## Whole commands against a native baseline\n\nEach side is a whole process started the way a user starts it (Node start-up included on both sides), run in turns with the baseline (one run each, then again) after one discarded warm-up run of each, so both see the same machine; medians of 15 runs (3 for the 10 MiB file, 5 for the scans). Peak RSS from GNU time (\`/usr/bin/time -f %M\`). The inputs are generated in the run and signed in-process: a P-256 root, two CAs and their leaves for the many-files row; one Ed25519 CA and its leaves for the 10 MiB PEM (the smallest certificates, so the most objects under the size cap); 10,000 files of the first kind for the scans, each first scan into a new inventory. Both sides parse every certificate and print a row; Vigie also describes it in full (names, extensions, IGC-Santé recognition) and searches its chain. Neither checks signatures here: Vigie checks them on a path that reaches a trust anchor, and these generated chains have none.\n\n${commandTable(commands)}\n\n${appScanSection(appScan)}\n${endpointSection(endpoints)}\n\n${dashboardSection(dashboard)}\n\n${idleSection(idleCore)}\n\n${validationSection(validation)}\n${tokenSection(tokens)}\nGoals: inspecting a file a person drops must feel instant (well under 100 ms for a real certificate file); the largest accepted input (10 MiB) must stay within a few hundred MiB; sealing a new key in the vault (600,000 PBKDF2 iterations, on the libuv pool so the UI never waits on it) must stay well under a second, close to OpenSSL doing the same.\n`;
  writeFileSync(join(process.cwd(), 'docs', 'benchmarks.md'), report);
  console.log(report);
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

try {
  if (process.argv.includes('--rss')) await rssMode(process.argv[process.argv.indexOf('--rss') + 1]);
  else if (process.argv.includes('--rss-idle')) await rssMode(undefined);
  else if (process.argv.includes(TLS_SERVERS_FLAG))
    await runTlsServers(process.argv[process.argv.indexOf(TLS_SERVERS_FLAG) + 1] ?? '');
  else await main();
} finally {
  rmSync(work, { recursive: true, force: true });
  // Folders the test helpers made (the CPS token fixture's key and certificate files).
  await removeTempDirs();
}
